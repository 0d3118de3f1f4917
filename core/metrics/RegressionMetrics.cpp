#include "RegressionMetrics.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace nw {

RegressionMetrics RegressionMetrics::compute(
    std::span<const double> predictions, std::span<const double> targets, int outputs)
{
    if (outputs < 1 || predictions.size() != targets.size() || predictions.empty()
        || predictions.size() % static_cast<std::size_t>(outputs) != 0)
        throw std::invalid_argument("expected predictions and targets of N x " + std::to_string(outputs)
            + " values, got " + std::to_string(predictions.size()) + " and " + std::to_string(targets.size()));
    const auto d = static_cast<std::size_t>(outputs);
    const std::size_t n = predictions.size() / d;
    std::vector<double> mean(d, 0.0), residual(d, 0.0), total(d, 0.0);
    RegressionMetrics m;
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        const double e = predictions[i] - targets[i];
        m.meanSquaredError += e * e;
        m.meanAbsoluteError += std::abs(e);
        residual[i % d] += e * e;
        mean[i % d] += targets[i];
    }
    m.meanSquaredError /= static_cast<double>(predictions.size());
    m.meanAbsoluteError /= static_cast<double>(predictions.size());
    for (double& v : mean)
        v /= static_cast<double>(n);
    for (std::size_t i = 0; i < targets.size(); ++i)
        total[i % d] += (targets[i] - mean[i % d]) * (targets[i] - mean[i % d]);
    for (std::size_t k = 0; k < d; ++k)
        m.r2 += total[k] > 0.0 ? 1.0 - residual[k] / total[k] : (residual[k] == 0.0 ? 1.0 : 0.0);
    m.r2 /= static_cast<double>(d);
    return m;
}

} // namespace nw
