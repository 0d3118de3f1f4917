// The second half of StepFormulas: the backward pass (the chain rule at each node)
// and the optimizer's update.
#include "StepFormulas.h"

#include "StepFormulaText.h"

#include "engine/StepThroughTrace.h"

#include <algorithm>
#include <cmath>

namespace nw {

using namespace stepformula;

namespace {

// How many nodes read `id`: a gradient is the sum over them, so a formula written
// for one consumer equals the node's gradient only when there is one.
int consumers(const StepThroughTrace& trace, const std::string& id)
{
    int n = 0;
    for (const NodeTrace& node : trace.nodes)
        n += static_cast<int>(std::count(node.inputs.begin(), node.inputs.end(), id));
    return n;
}

QString partial(const QString& of)
{
    return QStringLiteral("∂<i>L</i>/∂") + of;
}

// Elements of a parameter shown in the update: the highlighted unit's row of a
// matrix (its first few weights), or the first few values.
QList<std::size_t> updateElements(const ParameterTrace& p, int unit)
{
    QList<std::size_t> elements;
    const std::size_t rows = p.value.rank() >= 2 ? static_cast<std::size_t>(p.value.dim(0)) : p.value.size();
    const std::size_t perRow = rows > 0 ? p.value.size() / rows : 0;
    const std::size_t row = unit >= 0 && static_cast<std::size_t>(unit) < rows ? static_cast<std::size_t>(unit) : 0;
    const std::size_t first = p.value.rank() >= 2 ? row * perRow : row;
    const std::size_t last = p.value.rank() >= 2 ? first + perRow : p.value.size();
    for (std::size_t i = first; i < last && elements.size() < 4; ++i)
        elements.append(i);
    return elements;
}

QString element(const ParameterTrace& p, std::size_t i)
{
    const QString name = p.shortName == "bias" ? QStringLiteral("b") : QStringLiteral("w");
    if (p.value.rank() == 2)
        return QStringLiteral("<i>%1</i><sub>%2,%3</sub>").arg(name).arg(i / p.value.dim(1) + 1).arg(i % p.value.dim(1) + 1);
    return indexed(name, static_cast<int>(i));
}

} // namespace

QString StepFormulas::backward(const StepThroughTrace& trace, const NodeTrace& node, int unit)
{
    QString html;
    const Tensor& g = node.outputGrad;
    const bool isOutput = node.id == trace.outputId;
    if (isOutput && trace.lossName == "cross_entropy" && trace.target.size() == 1) {
        const int y = static_cast<int>(trace.target[0]);
        // The target the loss compares with: one-hot, or with label smoothing ε
        // (1 − ε) on the true class plus ε/K on every class.
        const double epsilon = trace.labelSmoothing;
        const double off = epsilon / static_cast<double>(g.size());
        if (epsilon > 0.0)
            html += line(tr("The loss's gradient at the scores: the probability minus the smoothed target, "
                            "%1 at the true class and %2 elsewhere (label smoothing %3).")
                             .arg(number(static_cast<float>(1.0 - epsilon + off)), number(static_cast<float>(off)),
                                 number(static_cast<float>(epsilon))));
        else
            html += line(tr("The loss's gradient at the scores: the probability minus 1 at the true class, minus 0 "
                            "elsewhere."));
        const Tensor& z = node.output;
        double total = 0;
        for (std::size_t i = 0; i < z.size(); ++i)
            total += std::exp(static_cast<double>(z[i]));
        for (int j : unitsToShow(g.size(), unit)) {
            const float p = static_cast<float>(std::exp(static_cast<double>(z[static_cast<std::size_t>(j)])) / total);
            html += line(partial(indexed(QStringLiteral("z"), j)) + QStringLiteral(" = ") + number(p)
                + QStringLiteral(" − ") + number(static_cast<float>((j == y ? 1.0 - epsilon : 0.0) + off))
                + QStringLiteral(" = <b>") + number(g[static_cast<std::size_t>(j)])
                + QStringLiteral("</b>"));
        }
    } else if (isOutput) {
        html += line(tr("The loss's gradient at the network's output:"));
        for (int j : unitsToShow(g.size(), unit))
            html += line(partial(indexed(QStringLiteral("y"), j)) + QStringLiteral(" = <b>")
                + number(g[static_cast<std::size_t>(j)]) + QStringLiteral("</b>"));
    } else {
        html += line(tr("The gradient that arrives at this node's output from the layers after it:"));
        for (int j : unitsToShow(g.size(), unit))
            html += line(partial(indexed(QStringLiteral("y"), j)) + QStringLiteral(" = <b>")
                + number(g[static_cast<std::size_t>(j)]) + QStringLiteral("</b>"));
    }
    html += unitNote(g.size(), unit);
    if (node.inputs.empty())
        return html + line(tr("This is the gradient at the input: how the loss would change with each input value "
                              "(what a saliency map shows)."));

    const NodeTrace* input = trace.node(node.inputs.front());
    const ParameterTrace* w = parameter(node, "weight");
    const ParameterTrace* b = parameter(node, "bias");
    const bool oneConsumer = input && node.inputs.size() == 1 && consumers(trace, input->id) == 1;
    if (node.type == "Dense" && w && w->value.rank() == 2 && input
        && input->output.size() == static_cast<std::size_t>(w->value.dim(1)) && g.size() == static_cast<std::size_t>(w->value.dim(0))) {
        const int in = w->value.dim(1);
        const int j = unit >= 0 && static_cast<std::size_t>(unit) < g.size() ? unit : 0; // the highlighted unit's row
        html += line(tr("<b>Chain rule for y = W·x + b</b>: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y."));
        if (w->trainable)
            for (int i = 0; i < std::min(in, 4); ++i) {
                const std::size_t at = static_cast<std::size_t>(j * in + i);
                html += line(partial(QStringLiteral("<i>w</i><sub>%1,%2</sub>").arg(j + 1).arg(i + 1)) + QStringLiteral(" = ")
                    + product(g[static_cast<std::size_t>(j)], input->output[static_cast<std::size_t>(i)])
                    + QStringLiteral(" = <b>") + number(w->grad[at]) + QStringLiteral("</b>"));
            }
        if (b && b->trainable)
            html += line(partial(indexed(QStringLiteral("b"), j)) + QStringLiteral(" = ") + partial(indexed(QStringLiteral("y"), j))
                + QStringLiteral(" = <b>") + number(b->grad[static_cast<std::size_t>(j)]) + QStringLiteral("</b>"));
        if (oneConsumer && input->hasGradient)
            for (int i : unitsToShow(static_cast<std::size_t>(in), largestUnit(input->outputGrad))) {
                QStringList terms;
                for (std::size_t r = 0; r < g.size(); ++r)
                    terms << product(w->value[r * static_cast<std::size_t>(in) + static_cast<std::size_t>(i)], g[r]);
                html += line(partial(indexed(QStringLiteral("x"), i)) + QStringLiteral(" = ") + sum(terms)
                    + QStringLiteral(" = <b>") + number(input->outputGrad[static_cast<std::size_t>(i)]) + QStringLiteral("</b>"));
            }
    } else if (oneConsumer && input->hasGradient && (node.type == "Flatten" || node.type == "Reshape"
                   || (node.type == "Dropout" && !trace.training))) {
        html += line(tr("<b>%1</b> passes the gradient back unchanged, in the input's shape.")
                         .arg(QString::fromStdString(node.type)));
    } else if (oneConsumer && input->hasGradient && input->output.size() == g.size() && node.parameters.empty()) {
        // f′ written with the numbers of this unit: x is the layer's input, y its output.
        const auto derivative = [&](float x, float y) {
            if (node.type == "Tanh")
                return QStringLiteral("(1 − ") + factor(y) + QStringLiteral("²)");
            if (node.type == "ReLU")
                return QStringLiteral("[") + number(x) + QStringLiteral(" > 0]");
            if (node.type == "Sigmoid")
                return factor(y) + QStringLiteral("·(1 − ") + number(y) + QStringLiteral(")");
            return QStringLiteral("f′(") + number(x) + QStringLiteral(")");
        };
        QString rule = tr("<b>Chain rule</b>: ∂L/∂x = ∂L/∂y · f′(x)");
        if (node.type == "Tanh")
            rule = tr("<b>Chain rule through tanh</b>: ∂L/∂x = ∂L/∂y · (1 − y²)");
        else if (node.type == "ReLU")
            rule = tr("<b>Chain rule through ReLU</b>: the gradient passes where x > 0 and stops elsewhere.");
        else if (node.type == "Sigmoid")
            rule = tr("<b>Chain rule through σ</b>: ∂L/∂x = ∂L/∂y · y(1 − y)");
        html += line(rule);
        for (int j : unitsToShow(g.size(), unit)) {
            const std::size_t at = static_cast<std::size_t>(j);
            html += line(partial(indexed(QStringLiteral("x"), j)) + QStringLiteral(" = ") + factor(g[at])
                + QStringLiteral(" · ") + derivative(input->output[at], node.output[at])
                + QStringLiteral(" = <b>") + number(input->outputGrad[at]) + QStringLiteral("</b>"));
        }
    } else if (node.type == "Conv2D" && b && b->trainable && g.rank() == 4) {
        const int channels = g.dim(1);
        const std::size_t plane = g.size() / static_cast<std::size_t>(channels);
        html += line(tr("<b>Chain rule for a convolution</b>: each weight's gradient sums ∂L/∂y times the input it "
                        "met, over every position of the window; each bias's gradient sums ∂L/∂y over its channel."));
        for (int c = 0; c < channels && c < kNumbersUpTo; ++c) {
            double total = 0;
            for (std::size_t i = 0; i < plane; ++i)
                total += g[static_cast<std::size_t>(c) * plane + i];
            html += line(partial(indexed(QStringLiteral("b"), c)) + QStringLiteral(" = Σ ")
                + partial(QStringLiteral("<i>y</i>")) + QStringLiteral(" = ") + number(static_cast<float>(total))
                + QStringLiteral(" → <b>") + number(b->grad[static_cast<std::size_t>(c)]) + QStringLiteral("</b>"));
        }
    }
    for (const ParameterTrace& p : node.parameters)
        if (p.trainable && !(node.type == "Dense" && w && w->value.rank() == 2))
            html += line(tr("%1: %2 gradients (the update stage shows them).")
                             .arg(QString::fromStdString(p.name))
                             .arg(p.grad.size()));
    if (trace.penalty != 0.0f || trace.clipped)
        html += line(QStringLiteral("<span style=\"color:#666\">")
            + tr("Parameter gradients include the L1/L2 penalty's share and any clipping (the update uses them so).")
            + QStringLiteral("</span>"));
    return html;
}

QString StepFormulas::update(const StepThroughTrace& trace, const NodeTrace& node, int unit)
{
    const OptimizerSettings& s = trace.optimizerSettings;
    const QString lr = number(trace.learningRate);
    QString html;
    const QString name = QString::fromStdString(trace.optimizerName);
    const std::string& rule = trace.optimizerName;
    if (rule == "SGD" && s.momentum == 0.0f) {
        html += line(tr("<b>SGD</b>: each parameter moves against its gradient, by the learning rate %1.").arg(lr));
        html += line(QStringLiteral("<b><i>w</i> ← <i>w</i> − lr·<i>g</i></b>"));
    } else if (rule == "SGD") {
        html += line(tr("<b>SGD with momentum %1</b>, learning rate %2:").arg(number(s.momentum), lr));
        html += line(QStringLiteral("<b><i>v</i> ← μ·<i>v</i> + <i>g</i>, &nbsp; <i>w</i> ← <i>w</i> − lr·<i>v</i></b>"));
    } else if (rule == "Adam" || rule == "AdamW") {
        html += line(tr("<b>%1</b>, step t = %2, learning rate %3, β₁ = %4, β₂ = %5:")
                         .arg(name)
                         .arg(trace.optimizerStep)
                         .arg(lr, number(s.beta1), number(s.beta2)));
        html += line(QStringLiteral("<i>m</i> ← β₁·<i>m</i> + (1 − β₁)·<i>g</i>, &nbsp; <i>v</i> ← β₂·<i>v</i> + (1 − β₂)·<i>g</i>²"));
        html += line(QStringLiteral("<b><i>w</i> ← <i>w</i> − lr · (<i>m</i> / (1 − β₁<sup>t</sup>)) / "
                                    "(√(<i>v</i> / (1 − β₂<sup>t</sup>)) + ε)</b>"));
        if (trace.optimizerStep == 1)
            html += line(tr("On the first step the moments start at 0, so each weight moves by about the learning "
                            "rate, against the sign of its gradient."));
    } else {
        html += line(tr("<b>%1</b>, learning rate %2:").arg(name, lr));
        html += line(QStringLiteral("<i>v</i> ← α·<i>v</i> + (1 − α)·<i>g</i>², &nbsp; <b><i>w</i> ← <i>w</i> − lr·<i>g</i> / "
                                    "(√<i>v</i> + ε)</b>"));
    }
    for (const ParameterTrace& p : node.parameters) {
        if (!p.trainable)
            continue;
        html += line(QStringLiteral("<u>%1</u>").arg(QString::fromStdString(p.name)));
        for (std::size_t i : updateElements(p, unit)) {
            QString text = element(p, i) + QStringLiteral(": <i>g</i> = ") + number(p.grad[i]);
            for (const auto& [slot, value] : p.slots) {
                const QString symbol = slot == "exp_avg" ? QStringLiteral("<i>m</i>")
                    : slot == "exp_avg_sq" || slot == "square_avg" ? QStringLiteral("<i>v</i>")
                                                                  : QStringLiteral("<i>v</i>");
                text += QStringLiteral(", ") + symbol + QStringLiteral(" = ") + number(value[i]);
            }
            text += QStringLiteral(", ") + number(p.value[i]) + QStringLiteral(" → <b>") + number(p.after[i])
                + QStringLiteral("</b> (") + tr("step %1").arg(number(p.after[i] - p.value[i])) + QStringLiteral(")");
            html += line(text);
        }
    }
    if (trace.clipped)
        html += line(tr("The gradients were clipped: their norm %1 was above the limit.").arg(number(trace.gradientNorm)));
    return html;
}

} // namespace nw
