#pragma once
// Precision-recall curves and average precision with scikit-learn's semantics
// (precision_recall_curve, average_precision_score): one point per distinct
// score, recall decreasing, ending at (recall 0, precision 1) which has no
// threshold; precision is 0 where nothing is predicted positive. AP is the
// step-wise sum of precision times the recall increase, without interpolation.
// Multiclass: per class one-vs-rest, micro over the flattened one-hot labels,
// and macro AP (mean of the per-class APs).
#include <span>
#include <vector>

namespace nw {

struct PrecisionRecallCurve {
    std::vector<double> precision; // thresholds.size() + 1 values
    std::vector<double> recall; // decreasing to 0
    std::vector<double> thresholds; // increasing
    // NaN when the labels hold no positive sample (scikit-learn then sets recall to 1
    // everywhere and returns AP -0.0, which means nothing).
    double averagePrecision = 0.0;

    bool defined() const { return averagePrecision == averagePrecision; }

    // Binary: `positive[i]` non-zero for samples of the positive class.
    static PrecisionRecallCurve compute(std::span<const int> positive, std::span<const double> scores);
};

struct MulticlassPrecisionRecall {
    std::vector<PrecisionRecallCurve> perClass;
    PrecisionRecallCurve micro;
    double macroAveragePrecision = 0.0; // over the classes with positive samples

    static MulticlassPrecisionRecall compute(std::span<const int> labels, std::span<const double> scores, int classes);
};

} // namespace nw
