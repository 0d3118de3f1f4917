#include "DecisionField.h"

#include "engine/EngineError.h"
#include "engine/ExecutionContext.h"
#include "engine/Graph.h"
#include "engine/Predictor.h"
#include "engine/TensorBatchSource.h"

#include <algorithm>
#include <cmath>

namespace nw {

QVector<QPointF> decisionGridPoints(const QRectF& domain, int columns, int rows)
{
    QVector<QPointF> points;
    if (columns <= 0 || rows <= 0)
        return points;
    points.reserve(qsizetype(columns) * rows);
    const double dx = domain.width() / columns;
    const double dy = domain.height() / rows;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            points.append(QPointF(domain.left() + (c + 0.5) * dx, domain.top() + (r + 0.5) * dy));
    return points;
}

DecisionField computeDecisionField(Graph& graph, ThreadPool& pool, const QRectF& domain, int columns, int rows,
    int batchSize)
{
    if (!graph.isCompiled())
        throw EngineError("the decision boundary needs a compiled network");
    if (graph.inputIds().size() != 1 || graph.inputShape(0) != Shape{2})
        throw EngineError("the decision boundary needs a network with one input of 2 features");
    const Shape outShape = graph.outputShape();
    if (outShape.size() != 1 || outShape[0] < 1)
        throw EngineError("the decision boundary needs a network that outputs one score per class");
    if (columns <= 0 || rows <= 0)
        throw EngineError("the decision boundary needs a grid of at least one cell");

    const QVector<QPointF> grid = decisionGridPoints(domain, columns, rows);
    const int n = int(grid.size());
    Tensor inputs(Shape{n, 2});
    for (int i = 0; i < n; ++i) {
        inputs[std::size_t(i) * 2] = float(grid[i].x());
        inputs[std::size_t(i) * 2 + 1] = float(grid[i].y());
    }
    const TensorBatchSource source(std::move(inputs), Tensor(Shape{n}));
    const Predictions predictions = predictAll(graph, source, pool, batchSize);

    const int scores = outShape[0];
    const Layer* last = graph.layer(graph.outputId());
    const std::string lastType = last ? last->typeName() : std::string();

    DecisionField field;
    field.domain = domain;
    field.columns = columns;
    field.rows = rows;
    field.classes = std::max(2, scores);
    const float* out = predictions.outputs.data();
    if (scores == 1) {
        // One score: binary cross-entropy on a logit, or a network ending in Sigmoid.
        field.probabilities.resize(n);
        for (int i = 0; i < n; ++i) {
            const float s = out[i];
            const float p = lastType == "Sigmoid" ? s : 1.0f / (1.0f + std::exp(-s));
            field.probabilities[i] = std::clamp(p, 0.0f, 1.0f);
        }
        return field;
    }
    const Tensor probabilities = lastType == "Softmax" ? predictions.outputs : softmaxRows(predictions.outputs);
    const float* p = probabilities.data();
    if (scores == 2) {
        field.probabilities.resize(n);
        for (int i = 0; i < n; ++i)
            field.probabilities[i] = p[std::size_t(i) * 2 + 1];
    } else {
        field.probabilities = QVector<float>(p, p + std::size_t(n) * scores);
    }
    return field;
}

bool isPlaneClassifier(const Graph& graph)
{
    if (!graph.isCompiled() || graph.inputIds().size() != 1 || graph.inputShape(0) != Shape{2})
        return false;
    const Shape out = graph.outputShape();
    return out.size() == 1 && out[0] >= 1;
}

QVector<DecisionField> computeNodeFields(Graph& graph, ThreadPool& pool, const std::string& nodeId,
    const QRectF& domain, int columns, int rows, int maxUnits)
{
    if (!graph.isCompiled() || graph.inputIds().size() != 1 || graph.inputShape(0) != Shape{2})
        throw EngineError("unit fields need a network with one input of 2 features");
    const std::vector<std::string> ids = graph.nodeIds();
    if (std::find(ids.begin(), ids.end(), nodeId) == ids.end())
        throw EngineError("the network has no node '" + nodeId + "'");
    if (columns <= 0 || rows <= 0)
        throw EngineError("unit fields need a grid of at least one cell");

    const QVector<QPointF> grid = decisionGridPoints(domain, columns, rows);
    const int n = int(grid.size());
    Tensor inputs(Shape{n, 2});
    for (int i = 0; i < n; ++i) {
        inputs[std::size_t(i) * 2] = float(grid[i].x());
        inputs[std::size_t(i) * 2 + 1] = float(grid[i].y());
    }
    ExecutionContext ctx{&pool, false, 0};
    graph.forward(inputs, ctx);
    const Tensor& out = graph.nodeOutput(nodeId);
    if (out.shape().size() != 2 || out.shape()[0] != n)
        throw EngineError("'" + nodeId + "' does not give a flat vector per sample");
    const int width = out.shape()[1];
    const int units = std::min(width, std::max(0, maxUnits));
    const Layer* layer = graph.layer(nodeId);
    const std::string type = layer ? layer->typeName() : std::string();
    const bool asIs = type == "Sigmoid" || type == "Softmax";
    float scale = 1.0f;
    if (type != "Tanh" && !asIs) {
        scale = 0.0f;
        for (std::size_t i = 0; i < out.size(); ++i)
            if (std::isfinite(out[i]))
                scale = std::max(scale, std::abs(out[i]));
        scale = std::max(scale, 1e-6f);
    }
    QVector<DecisionField> fields;
    fields.reserve(units);
    for (int u = 0; u < units; ++u) {
        DecisionField field;
        field.domain = domain;
        field.columns = columns;
        field.rows = rows;
        field.classes = 2;
        field.probabilities.resize(n);
        for (int i = 0; i < n; ++i) {
            const float v = out[std::size_t(i) * width + u];
            const float p = asIs ? v : 0.5f + 0.5f * v / scale;
            field.probabilities[i] = std::isfinite(p) ? std::clamp(p, 0.0f, 1.0f) : 0.5f;
        }
        fields.append(std::move(field));
    }
    return fields;
}

} // namespace nw
