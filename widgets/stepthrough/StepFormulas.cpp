#include "StepFormulas.h"

#include "StepFormulaText.h"

#include "engine/StepThroughTrace.h"

#include <cmath>
#include <optional>

namespace nw {

using namespace stepformula;

Tensor sampleValues(const Tensor& batchOfOne)
{
    Shape shape = batchOfOne.shape();
    if (!shape.empty() && shape.front() == 1)
        shape.erase(shape.begin());
    return Tensor(shape, std::vector<float>(batchOfOne.data(), batchOfOne.data() + batchOfOne.size()));
}

QString StepFormulas::title(const StepThroughTrace& trace, const StepStage& stage)
{
    const NodeTrace* node = trace.node(stage.node.toStdString());
    const QString what = node ? QStringLiteral("%1 (%2)").arg(stage.node, QString::fromStdString(node->type)) : QString();
    switch (stage.kind) {
    case StepStage::Kind::Forward:
        return tr("Forward: %1").arg(what);
    case StepStage::Kind::Loss:
        return tr("Loss");
    case StepStage::Kind::Backward:
        return tr("Backward: %1").arg(what);
    case StepStage::Kind::Update:
        return tr("Update: %1").arg(what);
    }
    return {};
}

Tensor StepFormulas::values(const StepThroughTrace& trace, const StepStage& stage)
{
    const NodeTrace* node = trace.node(stage.node.toStdString());
    switch (stage.kind) {
    case StepStage::Kind::Forward:
        return node ? sampleValues(node->output) : Tensor();
    case StepStage::Kind::Loss:
        return sampleValues(trace.prediction());
    case StepStage::Kind::Backward:
        return node ? sampleValues(node->outputGrad) : Tensor();
    case StepStage::Kind::Update:
        if (node)
            for (const ParameterTrace& p : node->parameters)
                if (p.trainable) {
                    Tensor step(p.value.shape());
                    for (std::size_t i = 0; i < step.size(); ++i)
                        step[i] = p.after[i] - p.value[i];
                    return step;
                }
        return {};
    }
    return {};
}

int StepFormulas::defaultUnit(const StepThroughTrace& trace, const StepStage& stage)
{
    const NodeTrace* node = trace.node(stage.node.toStdString());
    if (!node)
        return largestUnit(trace.prediction());
    // The update and the backward pass highlight the unit the forward pass did, so one
    // neuron can be followed through the whole step.
    return largestUnit(node->output);
}

int StepFormulas::valueIndex(const StepThroughTrace& trace, const StepStage& stage, int unit)
{
    if (unit < 0)
        unit = defaultUnit(trace, stage);
    const NodeTrace* node = trace.node(stage.node.toStdString());
    if (stage.kind != StepStage::Kind::Update || !node)
        return unit;
    for (const ParameterTrace& p : node->parameters)
        if (p.trainable) {
            if (p.value.rank() < 2)
                return unit;
            const int rows = p.value.dim(0);
            const int row = unit < rows ? unit : 0;
            return row * static_cast<int>(p.value.size() / static_cast<std::size_t>(rows));
        }
    return unit;
}

QString StepFormulas::html(const StepThroughTrace& trace, const StepStage& stage, int unit, const QStringList& classNames)
{
    const NodeTrace* node = trace.node(stage.node.toStdString());
    if (unit < 0)
        unit = defaultUnit(trace, stage);
    switch (stage.kind) {
    case StepStage::Kind::Forward:
        return node ? forward(trace, *node, unit, classNames) : QString();
    case StepStage::Kind::Loss:
        return loss(trace, classNames);
    case StepStage::Kind::Backward:
        return node ? backward(trace, *node, unit) : QString();
    case StepStage::Kind::Update:
        return node ? update(trace, *node, unit) : QString();
    }
    return {};
}

QString StepFormulas::forward(const StepThroughTrace& trace, const NodeTrace& node, int unit, const QStringList& classNames)
{
    const std::size_t count = node.output.size();
    if (node.inputs.empty()) {
        QString html = line(tr("The sample enters the network: %1 values.").arg(count));
        if (count <= static_cast<std::size_t>(kNumbersUpTo)) {
            QStringList values;
            for (std::size_t i = 0; i < count; ++i)
                values << number(node.output[i]);
            html += line(QStringLiteral("<i>x</i> = [") + values.join(QStringLiteral(", ")) + QStringLiteral("]"));
        }
        if (trace.target.size() == 1 && !classNames.isEmpty()) {
            const int target = static_cast<int>(trace.target[0]);
            html += line(tr("Its class: %1").arg(target >= 0 && target < classNames.size() ? classNames[target]
                                                                                           : QString::number(target)));
        }
        return html;
    }
    if (node.type == "Dense") {
        const QString html = dense(trace, node, unit);
        if (!html.isEmpty())
            return html;
    }
    if (node.type == "Conv2D") {
        const QString html = convolution(trace, node, unit);
        if (!html.isEmpty())
            return html;
    }
    if (node.type == "Softmax")
        return softmax(trace, node, unit);
    const NodeTrace* input = trace.node(node.inputs.front());
    if (node.inputs.size() == 1 && input && input->output.size() == count && node.parameters.empty())
        return activation(trace, node, unit);
    return line(tr("%1 turns its input into %2 values; the strip and the card show them.")
                    .arg(QString::fromStdString(node.type))
                    .arg(count));
}

QString StepFormulas::dense(const StepThroughTrace& trace, const NodeTrace& node, int unit)
{
    const ParameterTrace* w = parameter(node, "weight");
    const ParameterTrace* b = parameter(node, "bias");
    const NodeTrace* input = trace.node(node.inputs.front());
    if (!w || w->value.rank() != 2 || !input)
        return {};
    const int out = w->value.dim(0), in = w->value.dim(1);
    const Tensor& x = input->output;
    // A Dense over a sequence runs per step: the formula below is for flat inputs only.
    if (x.size() != static_cast<std::size_t>(in) || node.output.size() != static_cast<std::size_t>(out))
        return {};
    QString html = line(b ? QStringLiteral("<b><i>y</i> = <i>W</i>·<i>x</i> + <i>b</i></b>")
                          : QStringLiteral("<b><i>y</i> = <i>W</i>·<i>x</i></b>"));
    for (int j : unitsToShow(static_cast<std::size_t>(out), unit)) {
        QStringList terms;
        for (int i = 0; i < in; ++i)
            terms << product(w->value[static_cast<std::size_t>(j * in + i)], x[static_cast<std::size_t>(i)]);
        QString rhs = sum(terms);
        if (b)
            rhs += QStringLiteral(" + ") + factor(b->value[static_cast<std::size_t>(j)]);
        html += line(indexed(QStringLiteral("y"), j) + QStringLiteral(" = ") + rhs + QStringLiteral(" = <b>")
            + number(node.output[static_cast<std::size_t>(j)]) + QStringLiteral("</b>"));
    }
    return html + unitNote(static_cast<std::size_t>(out), unit);
}

QString StepFormulas::activation(const StepThroughTrace& trace, const NodeTrace& node, int unit)
{
    const Tensor& x = trace.node(node.inputs.front())->output;
    QString rule = QStringLiteral("%1(%2)").arg(QString::fromStdString(node.type));
    QString header = QStringLiteral("<b><i>y</i> = %1(<i>x</i>)</b>").arg(QString::fromStdString(node.type));
    if (node.type == "ReLU") {
        rule = QStringLiteral("max(0, %1)");
        header = QStringLiteral("<b><i>y</i> = max(0, <i>x</i>)</b>");
    } else if (node.type == "Tanh") {
        rule = QStringLiteral("tanh(%1)");
        header = QStringLiteral("<b><i>y</i> = tanh(<i>x</i>)</b>");
    } else if (node.type == "Sigmoid") {
        rule = QStringLiteral("σ(%1)");
        header = QStringLiteral("<b><i>y</i> = σ(<i>x</i>) = 1 / (1 + e<sup>−<i>x</i></sup>)</b>");
    } else if (node.type == "Dropout" || node.type == "Flatten" || node.type == "Reshape") {
        header = node.type == "Dropout" && trace.training
            ? tr("<b>Dropout</b> (training mode): each value is kept and scaled, or set to 0.")
            : tr("<b>%1</b> passes every value on unchanged.").arg(QString::fromStdString(node.type));
        rule = QStringLiteral("%1");
    }
    QString html = line(header);
    for (int j : unitsToShow(node.output.size(), unit)) {
        const QString arg = number(x[static_cast<std::size_t>(j)]);
        html += line(indexed(QStringLiteral("y"), j) + QStringLiteral(" = ") + rule.arg(arg) + QStringLiteral(" = <b>")
            + number(node.output[static_cast<std::size_t>(j)]) + QStringLiteral("</b>"));
    }
    return html + unitNote(node.output.size(), unit);
}

QString StepFormulas::softmax(const StepThroughTrace& trace, const NodeTrace& node, int unit)
{
    const Tensor& z = trace.node(node.inputs.front())->output;
    double total = 0;
    for (std::size_t i = 0; i < z.size(); ++i)
        total += std::exp(static_cast<double>(z[i]));
    QString html = line(QStringLiteral("<b><i>p</i><sub><i>j</i></sub> = e<sup><i>z</i><sub><i>j</i></sub></sup> / "
                                       "Σ<sub><i>k</i></sub> e<sup><i>z</i><sub><i>k</i></sub></sup></b>"));
    for (int j : unitsToShow(node.output.size(), unit))
        html += line(indexed(QStringLiteral("p"), j) + QStringLiteral(" = e<sup>") + number(z[static_cast<std::size_t>(j)])
            + QStringLiteral("</sup> / ") + number(static_cast<float>(total)) + QStringLiteral(" = <b>")
            + number(node.output[static_cast<std::size_t>(j)]) + QStringLiteral("</b>"));
    return html + unitNote(node.output.size(), unit);
}

QString StepFormulas::convolution(const StepThroughTrace& trace, const NodeTrace& node, int unit)
{
    const ParameterTrace* w = parameter(node, "weight");
    const ParameterTrace* b = parameter(node, "bias");
    const NodeTrace* input = trace.node(node.inputs.front());
    if (!w || w->value.rank() != 4 || !input || input->output.rank() != 4 || node.output.rank() != 4)
        return {};
    const int ic = w->value.dim(1), k = w->value.dim(2);
    const int h = input->output.dim(2), wd = input->output.dim(3);
    const int oh = node.output.dim(2), ow = node.output.dim(3);
    if (unit < 0 || static_cast<std::size_t>(unit) >= node.output.size())
        unit = 0;
    const int c = unit / (oh * ow), i = unit / ow % oh, j = unit % ow;
    const float y = node.output[static_cast<std::size_t>(unit)];
    // Stride and padding are not in the trace: the pair that reproduces the engine's
    // output at this position (and its size) is the layer's. The engine's value is
    // what is shown either way.
    const auto terms = [&](int stride, int pad, double* total) {
        QStringList list;
        *total = b ? b->value[static_cast<std::size_t>(c)] : 0.0;
        for (int ci = 0; ci < ic; ++ci)
            for (int u = 0; u < k; ++u)
                for (int v = 0; v < k; ++v) {
                    const int r = i * stride + u - pad, s = j * stride + v - pad;
                    if (r < 0 || r >= h || s < 0 || s >= wd)
                        continue; // zero padding adds nothing
                    const float wv = w->value[static_cast<std::size_t>(((c * ic + ci) * k + u) * k + v)];
                    const float xv = input->output[static_cast<std::size_t>((ci * h + r) * wd + s)];
                    *total += static_cast<double>(wv) * xv;
                    list << product(wv, xv);
                }
        return list;
    };
    std::optional<QStringList> shown;
    for (int stride = 1; stride <= k && !shown; ++stride)
        for (int pad = 0; pad <= k && !shown; ++pad) {
            if ((h + 2 * pad - k) / stride + 1 != oh || (wd + 2 * pad - k) / stride + 1 != ow)
                continue;
            double total = 0;
            QStringList list = terms(stride, pad, &total);
            if (std::abs(total - y) <= 1e-4 * (1.0 + std::abs(y)))
                shown = list;
        }
    if (!shown)
        return {};
    QString html = line(tr("<b>Convolution</b>: each output is the bias plus the sum over a %1×%2 window of all %3 "
                           "input channels, weight times input.")
                            .arg(k)
                            .arg(k)
                            .arg(ic));
    html += line(tr("Output channel %1, row %2, column %3 (highlighted):").arg(c + 1).arg(i + 1).arg(j + 1));
    QString rhs = sum(*shown);
    if (b)
        rhs += QStringLiteral(" + ") + factor(b->value[static_cast<std::size_t>(c)]);
    html += line(QStringLiteral("<i>y</i> = ") + rhs + QStringLiteral(" = <b>") + number(y) + QStringLiteral("</b>"));
    return html;
}

QString StepFormulas::loss(const StepThroughTrace& trace, const QStringList& classNames)
{
    const Tensor& z = trace.prediction();
    QString html;
    if (trace.lossName == "cross_entropy" && trace.target.size() == 1) {
        const int y = static_cast<int>(trace.target[0]);
        double total = 0;
        for (std::size_t i = 0; i < z.size(); ++i)
            total += std::exp(static_cast<double>(z[i]));
        QStringList probabilities;
        for (std::size_t i = 0; i < z.size() && i < static_cast<std::size_t>(kNumbersUpTo); ++i)
            probabilities << number(static_cast<float>(std::exp(static_cast<double>(z[i])) / total));
        const float py = static_cast<float>(std::exp(static_cast<double>(z[static_cast<std::size_t>(y)])) / total);
        html += line(tr("<b>Cross-entropy</b>: softmax turns the scores into probabilities, and the loss is minus "
                        "the log of the true class's probability."));
        html += line(QStringLiteral("<i>p</i> = softmax(<i>z</i>) = [") + probabilities.join(QStringLiteral(", "))
            + (z.size() > static_cast<std::size_t>(kNumbersUpTo) ? QStringLiteral(", …]") : QStringLiteral("]")));
        const QString name = y >= 0 && y < classNames.size() ? classNames[y] : QString::number(y);
        html += line(tr("True class: %1 (output %2)").arg(name).arg(y + 1));
        if (trace.labelSmoothing > 0.0f) {
            // PyTorch's label smoothing: the target keeps 1 − ε on the true class and
            // spreads ε evenly, so L = (1 − ε)·(−log p_y) + ε·mean(−log p).
            double meanNll = 0;
            for (std::size_t i = 0; i < z.size(); ++i)
                meanNll -= std::log(std::exp(static_cast<double>(z[i])) / total);
            meanNll /= static_cast<double>(z.size());
            const float epsilon = trace.labelSmoothing;
            html += line(tr("With label smoothing ε = %1 the target keeps 1 − ε on the true class and spreads ε "
                            "evenly over all %2 classes.")
                             .arg(number(epsilon))
                             .arg(z.size()));
            html += line(QStringLiteral("<i>L</i> = (1 − ε)·(−log <i>p</i><sub><i>y</i></sub>) + ε·mean(−log <i>p</i>) = ")
                + number(1.0f - epsilon) + QStringLiteral(" · ") + number(-std::log(py)) + QStringLiteral(" + ")
                + number(epsilon) + QStringLiteral(" · ") + number(static_cast<float>(meanNll))
                + QStringLiteral(" = <b>") + number(trace.dataLoss) + QStringLiteral("</b>"));
        } else {
            html += line(QStringLiteral("<i>L</i> = −log <i>p</i><sub><i>y</i></sub> = −log ") + number(py)
                + QStringLiteral(" = <b>") + number(trace.dataLoss) + QStringLiteral("</b>"));
        }
    } else if (trace.lossName == "mse") {
        QStringList terms;
        for (std::size_t i = 0; i < z.size(); ++i)
            terms << QStringLiteral("(%1 − %2)²").arg(number(z[i]), number(trace.target[i]));
        html += line(tr("<b>Mean squared error</b>: the mean of the squared differences from the target."));
        html += line(QStringLiteral("<i>L</i> = (") + sum(terms) + QStringLiteral(") / %1 = <b>").arg(z.size())
            + number(trace.dataLoss) + QStringLiteral("</b>"));
    } else if (trace.lossName == "bce_with_logits") {
        html += line(tr("<b>Binary cross-entropy</b> on the sigmoid of each score:"));
        html += line(QStringLiteral("<i>L</i> = −[<i>y</i>·log σ(<i>z</i>) + (1 − <i>y</i>)·log(1 − σ(<i>z</i>))] = <b>")
            + number(trace.dataLoss) + QStringLiteral("</b>"));
    } else {
        html += line(QStringLiteral("<i>L</i> = <b>") + number(trace.dataLoss) + QStringLiteral("</b>"));
    }
    if (trace.penalty != 0.0f)
        html += line(tr("Plus the L1/L2 penalty on the weights: %1; the loss trained on is %2.")
                         .arg(number(trace.penalty), number(trace.loss())));
    return html;
}

} // namespace nw
