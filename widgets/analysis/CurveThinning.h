#pragma once
// What a chart needs of a curve with thousands of points: the points that move it
// by at least `step` (in axis units, both axes spanning 0..1) since the last one
// kept, plus both ends. With step = 1/500 no drawn point is more than 2 pixels off
// on a chart 1,000 pixels wide, and a 10,000-sample ROC or PR curve (100,000 points
// for a micro average over 10 classes) costs the GUI thread at most 1,000 points:
// Qt Charts builds a hover outline per point, so points are what a result costs to
// show. Non-finite points are skipped. Hover and CSV export read the full curve.
#include <QList>
#include <QPointF>

#include <vector>

namespace nw {

inline constexpr double kCurveStep = 1.0 / 500.0;

QList<QPointF> thinCurve(const std::vector<double>& xs, const std::vector<double>& ys, double step = kCurveStep);

} // namespace nw
