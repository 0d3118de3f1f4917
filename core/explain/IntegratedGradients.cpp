// Integrated Gradients (Sundararajan et al. 2017): (x - x') times the mean
// gradient along the straight path from the baseline x' to x, the mean taken by
// the trapezoid rule over the N + 1 points alpha = 0, 1/N, ..., 1. Completeness
// says the attributions sum to score(x) - score(x'); the gap is reported so a
// user sees when N is too small.
#include "AttributionMethods.h"
#include "Baseline.h"
#include "ExplainModel.h"
#include "Explainer.h"

#include <cmath>

namespace nw {

Explanation integratedGradients(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context)
{
    const int steps = options.steps;
    if (steps < 1)
        throw ExplainError(ExplainProblem::TooFewSteps, { std::to_string(steps) });
    const Tensor baseline = makeBaseline(options.baseline, sample, context);
    const std::size_t size = sample.size();
    Shape shape{ steps + 1 };
    shape.insert(shape.end(), sample.shape().begin(), sample.shape().end());
    Tensor path(shape);
    for (int k = 0; k <= steps; ++k) {
        const float alpha = static_cast<float>(k) / static_cast<float>(steps);
        float* dst = path.data() + static_cast<std::size_t>(k) * size;
        for (std::size_t i = 0; i < size; ++i)
            dst[i] = baseline[i] + alpha * (sample[i] - baseline[i]);
    }
    const ExplainModel::Gradients g = model.gradients(path, target);

    Explanation e;
    e.map = Tensor(sample.shape());
    double total = 0.0;
    for (std::size_t i = 0; i < size; ++i) {
        // Trapezoid rule: the end points count half.
        double sum = 0.5 * (g.input[i] + g.input[static_cast<std::size_t>(steps) * size + i]);
        for (int k = 1; k < steps; ++k)
            sum += g.input[static_cast<std::size_t>(k) * size + i];
        const double attribution = (sample[i] - baseline[i]) * sum / steps;
        e.map[i] = static_cast<float>(attribution);
        total += attribution;
    }
    const float baselineScore = g.scores.front();
    const float sampleScore = g.scores.back();
    e.baselineScore = baselineScore;
    e.completenessGap = static_cast<float>(std::abs(total - (static_cast<double>(sampleScore) - baselineScore)));
    return e;
}

} // namespace nw
