#include "PrecisionRecallCurve.h"

#include "ThresholdCounts.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace nw {

PrecisionRecallCurve PrecisionRecallCurve::compute(std::span<const int> positive, std::span<const double> scores)
{
    const ThresholdCounts c = thresholdCounts(positive, scores);
    const std::size_t n = c.thresholds.size();
    const double positives = c.truePositives.back();
    PrecisionRecallCurve curve;
    // Reversed, so recall decreases and thresholds increase.
    for (std::size_t j = n; j-- > 0;) {
        const double predicted = c.truePositives[j] + c.falsePositives[j];
        curve.precision.push_back(predicted > 0.0 ? c.truePositives[j] / predicted : 0.0);
        curve.recall.push_back(positives > 0.0 ? c.truePositives[j] / positives : 1.0);
        curve.thresholds.push_back(c.thresholds[j]);
    }
    curve.precision.push_back(1.0);
    curve.recall.push_back(0.0);
    if (positives <= 0.0) {
        curve.averagePrecision = std::numeric_limits<double>::quiet_NaN();
        return curve;
    }
    // sum of (recall step) x precision, with the recall steps kept as true-positive
    // counts and divided once, so a perfect ranking scores exactly 1.
    double ap = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
        const double step = c.truePositives[j] - (j > 0 ? c.truePositives[j - 1] : 0.0);
        const double predicted = c.truePositives[j] + c.falsePositives[j];
        ap += step * c.truePositives[j] / predicted;
    }
    curve.averagePrecision = ap / positives;
    return curve;
}

MulticlassPrecisionRecall MulticlassPrecisionRecall::compute(
    std::span<const int> labels, std::span<const double> scores, int classes)
{
    checkMulticlassScores(labels, scores, classes, "precision-recall curves");
    MulticlassPrecisionRecall pr;
    double sum = 0.0;
    int defined = 0;
    for (int c = 0; c < classes; ++c) {
        pr.perClass.push_back(
            PrecisionRecallCurve::compute(oneVsRestLabels(labels, c), classColumn(scores, classes, c)));
        if (pr.perClass.back().defined()) {
            sum += pr.perClass.back().averagePrecision;
            ++defined;
        }
    }
    pr.macroAveragePrecision = defined ? sum / defined : std::numeric_limits<double>::quiet_NaN();
    pr.micro = PrecisionRecallCurve::compute(oneHotLabels(labels, classes), scores);
    return pr;
}

} // namespace nw
