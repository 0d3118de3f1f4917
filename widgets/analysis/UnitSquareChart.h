#pragma once
// What the ROC, precision-recall and calibration panels share: axes over [0, 1] with
// the same ticks, and finding the point of a curve nearest to where the pointer is
// (the hover of a thinned series reports a point of the drawn line, not of the data).
#include <QPointF>
#include <QString>

#include <cstddef>
#include <vector>

class QValueAxis;

namespace nw {

// A new axis from 0 to 1, six ticks labelled to one decimal; the caller's chart owns it.
QValueAxis* unitAxis(const QString& title);

// The index of the (xs[k], ys[k]) nearest to `point`; 0 for an empty curve.
std::size_t nearestCurvePoint(const std::vector<double>& xs, const std::vector<double>& ys, QPointF point);

} // namespace nw
