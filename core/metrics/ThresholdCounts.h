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
// Checks a multiclass problem for `what` ("ROC curves"): at least two classes and
// scores [N, classes] for N labels. Throws std::invalid_argument.
void checkMulticlassScores(std::span<const int> labels, std::span<const double> scores, int classes, const char* what);
// Every class's one-vs-rest labels side by side, row-major [N, classes] like the scores:
// the micro average takes each (sample, class) pair as one binary decision. Throws
// std::out_of_range for a label outside [0, classes).
std::vector<int> oneHotLabels(std::span<const int> labels, int classes);

} // namespace nw
