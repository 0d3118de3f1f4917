#include "RocCurve.h"

#include "ThresholdCounts.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace nw {

double trapezoidArea(std::span<const double> x, std::span<const double> y)
{
    double area = 0.0;
    for (std::size_t i = 1; i < x.size() && i < y.size(); ++i)
        area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
    return area;
}

RocCurve RocCurve::compute(std::span<const int> positive, std::span<const double> scores)
{
    const ThresholdCounts c = thresholdCounts(positive, scores);
    const std::size_t n = c.thresholds.size();
    RocCurve curve;
    std::vector<double> tps { 0.0 }, fps { 0.0 };
    curve.thresholds.push_back(std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < n; ++i) {
        // Keep the ends and every corner: a point whose neighbours' second
        // difference is zero in both counts lies on a straight segment.
        const bool corner = n <= 2 || i == 0 || i + 1 == n
            || c.falsePositives[i + 1] - 2 * c.falsePositives[i] + c.falsePositives[i - 1] != 0.0
            || c.truePositives[i + 1] - 2 * c.truePositives[i] + c.truePositives[i - 1] != 0.0;
        if (!corner)
            continue;
        tps.push_back(c.truePositives[i]);
        fps.push_back(c.falsePositives[i]);
        curve.thresholds.push_back(c.thresholds[i]);
    }
    const double p = tps.back(), f = fps.back();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < tps.size(); ++i) {
        curve.fpr.push_back(f > 0.0 ? fps[i] / f : nan);
        curve.tpr.push_back(p > 0.0 ? tps[i] / p : nan);
    }
    // The trapezoid over the counts, divided once at the end: whole numbers until
    // then, so a perfect ranking scores exactly 1 (the rates would sum rounding errors).
    curve.auc = p > 0.0 && f > 0.0 ? trapezoidArea(fps, tps) / (p * f) : nan;
    return curve;
}

MulticlassRoc MulticlassRoc::compute(std::span<const int> labels, std::span<const double> scores, int classes)
{
    checkMulticlassScores(labels, scores, classes, "ROC curves");
    MulticlassRoc roc;
    double sum = 0.0;
    int defined = 0;
    for (int c = 0; c < classes; ++c) {
        roc.perClass.push_back(RocCurve::compute(oneVsRestLabels(labels, c), classColumn(scores, classes, c)));
        if (roc.perClass.back().defined()) {
            sum += roc.perClass.back().auc;
            ++defined;
        }
    }
    roc.macroAuc = defined ? sum / defined : std::numeric_limits<double>::quiet_NaN();
    roc.micro = RocCurve::compute(oneHotLabels(labels, classes), scores);
    return roc;
}

} // namespace nw
