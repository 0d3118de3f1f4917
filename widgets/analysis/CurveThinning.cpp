#include "CurveThinning.h"

#include <algorithm>
#include <cmath>

namespace nw {

QList<QPointF> thinCurve(const std::vector<double>& xs, const std::vector<double>& ys, double step)
{
    QList<QPointF> points;
    const std::size_t n = std::min(xs.size(), ys.size());
    std::size_t lastFinite = n;
    for (std::size_t k = 0; k < n; ++k) {
        if (!std::isfinite(xs[k]) || !std::isfinite(ys[k]))
            continue;
        lastFinite = k;
        if (points.isEmpty() || std::abs(xs[k] - points.back().x()) >= step
            || std::abs(ys[k] - points.back().y()) >= step)
            points.append(QPointF(xs[k], ys[k]));
    }
    // The end of the curve is where it must end, even if it moved less than a step.
    if (lastFinite < n && (points.isEmpty() || points.back() != QPointF(xs[lastFinite], ys[lastFinite])))
        points.append(QPointF(xs[lastFinite], ys[lastFinite]));
    return points;
}

} // namespace nw
