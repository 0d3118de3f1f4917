#include "ProjectionJob.h"

#include "data/Dataset.h"
#include "explain/Explainer.h"
#include "explain/ExplainModel.h"

#include <algorithm>

namespace nw {

ProjectionScatter::Points projectSamples(ExplainModel& model, const Dataset& dataset,
    const std::vector<std::size_t>& indices, const std::string& node, const QStringList& classNames)
{
    Tensor samples, targets;
    dataset.fillBatch(indices, samples, targets);
    const Explanation projection = explainProjection(model, samples, node);
    const Tensor scores = model.scores(samples);
    const std::size_t n = indices.size();
    const std::size_t outputs = n ? std::max<std::size_t>(1, scores.size() / n) : 1;
    // One true class per sample: not a tagging task, whose labels are per position.
    const bool classes = dataset.task() == TaskKind::Classification && !dataset.hasPositionLabels();
    ProjectionScatter::Points points;
    points.classNames = classNames;
    for (std::size_t i = 0; i < n; ++i) {
        points.x.push_back(projection.map[2 * i]);
        points.y.push_back(projection.map[2 * i + 1]);
        points.trueClasses.push_back(classes ? dataset.label(indices[i]) : -1);
        // One output is a binary logit (class 1 when positive), as the evaluation reads it.
        const float* row = scores.data() + i * outputs;
        const int predicted
            = outputs == 1 ? (row[0] > 0.0f ? 1 : 0) : static_cast<int>(std::max_element(row, row + outputs) - row);
        points.predictedClasses.push_back(classes ? predicted : -1);
    }
    if (projection.explainedVariance.size() >= 2) {
        points.varianceX = projection.explainedVariance[0];
        points.varianceY = projection.explainedVariance[1];
    }
    return points;
}

int wrongPredictions(const ProjectionScatter::Points& points)
{
    int wrong = 0;
    for (std::size_t i = 0; i < points.trueClasses.size() && i < points.predictedClasses.size(); ++i)
        wrong += points.trueClasses[i] >= 0 && points.trueClasses[i] != points.predictedClasses[i];
    return wrong;
}

} // namespace nw
