#pragma once
// How far a classifier's confidence can be trusted: a reliability diagram over
// the top-class confidence (n equal-width bins on [0, 1]; a confidence in
// [i/n, (i+1)/n) falls in bin i, 1.0 in the last bin, as in scikit-learn's
// calibration_curve), the expected calibration error, the Brier score and a
// histogram of confidences split into right and wrong predictions.
#include <cstddef>
#include <span>
#include <vector>

namespace nw {

struct CalibrationBin {
    double lower = 0.0, upper = 0.0;
    std::size_t count = 0;
    std::size_t correct = 0; // the histogram: count - correct were wrong
    double meanConfidence = 0.0; // 0 for an empty bin
    double accuracy = 0.0; // 0 for an empty bin
};

struct Calibration {
    std::vector<CalibrationBin> bins;
    // sum over bins of count/N * |accuracy - mean confidence| (Guo et al. 2017).
    double expectedCalibrationError = 0.0;
    // Largest |accuracy - mean confidence| over non-empty bins.
    double maximumCalibrationError = 0.0;
    double brierScore = 0.0;

    // labels in [0, classes), probabilities row-major [N, classes] (rows sum to 1).
    // The predicted class is the most probable one (the first on ties). Two classes
    // use the binary Brier score, more the multiclass one (see below).
    // Throws std::invalid_argument on mismatched sizes, no samples or bins < 1.
    static Calibration compute(
        std::span<const int> labels, std::span<const double> probabilities, int classes, int bins = 10);
};

// Mean over samples of sum_k (p_k - y_k)^2 with y one-hot: 0 is perfect, 2 the worst.
double multiclassBrierScore(std::span<const int> labels, std::span<const double> probabilities, int classes);
// scikit-learn's brier_score_loss: mean of (p - y)^2 with p the probability of
// the positive class and y 1 for positives; half the multiclass score of two classes.
double binaryBrierScore(std::span<const int> positive, std::span<const double> positiveProbability);

} // namespace nw
