#pragma once
// The counts behind every threshold curve (scikit-learn's _binary_clf_curve):
// the scores sorted from high to low, and at each distinct score the number of
// true and false positives among the samples scoring at least that much. Ties
// share one point, so a curve over tied scores steps diagonally and its area is
// the exact Mann-Whitney statistic. Used by RocCurve and PrecisionRecallCurve.
#include <span>
#include <vector>

namespace nw {

struct ThresholdCounts {
    std::vector<double> truePositives; // cumulative, one per distinct score, high to low
    std::vector<double> falsePositives;
    std::vector<double> thresholds; // the distinct scores, decreasing
};

// `positive[i]` is non-zero when sample i belongs to the positive class. Throws
// std::invalid_argument when the spans differ in length, are empty, or a score is NaN.
ThresholdCounts thresholdCounts(std::span<const int> positive, std::span<const double> scores);

// One-vs-rest views of multiclass data: labels in [0, classes), scores row-major [N, classes].
std::vector<int> oneVsRestLabels(std::span<const int> labels, int positiveClass);
std::vector<double> classColumn(std::span<const double> scores, int classes, int column);

} // namespace nw
