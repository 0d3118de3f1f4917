#pragma once
// Error measures of a regression model, as scikit-learn defines them:
// mean_squared_error, mean_absolute_error and r2_score, each averaged uniformly
// over the outputs (a multi-output model counts every output equally).
#include <span>

namespace nw {

struct RegressionMetrics {
    double meanSquaredError = 0.0;
    double meanAbsoluteError = 0.0;
    // 1 - SS_res / SS_tot per output; an output whose targets are constant scores
    // 1 when predicted exactly, else 0 (scikit-learn's force_finite). Can be negative.
    double r2 = 0.0;

    // predictions and targets row-major [N, outputs]. Throws std::invalid_argument
    // on mismatched sizes or no samples.
    static RegressionMetrics compute(
        std::span<const double> predictions, std::span<const double> targets, int outputs = 1);
};

} // namespace nw
