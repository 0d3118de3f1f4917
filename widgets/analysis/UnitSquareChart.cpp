#include "UnitSquareChart.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace nw {

QValueAxis* unitAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0.0, 1.0);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setTitleText(title);
    return axis;
}

std::size_t nearestCurvePoint(const std::vector<double>& xs, const std::vector<double>& ys, QPointF point)
{
    std::size_t best = 0;
    double bestDistance = HUGE_VAL;
    for (std::size_t k = 0; k < std::min(xs.size(), ys.size()); ++k) {
        const double d = std::hypot(xs[k] - point.x(), ys[k] - point.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best;
}

} // namespace nw
