// The parts the ROC, precision-recall and calibration panels share.
#include "analysis/UnitSquareChart.h"

#include <gtest/gtest.h>

#include <QValueAxis>

#include <memory>

using namespace nw;

TEST(UnitSquareChart, AxesRunFromZeroToOneInFifths)
{
    const std::unique_ptr<QValueAxis> axis(unitAxis(QStringLiteral("Recall")));
    EXPECT_EQ(axis->min(), 0.0);
    EXPECT_EQ(axis->max(), 1.0);
    EXPECT_EQ(axis->tickCount(), 6);
    EXPECT_EQ(axis->labelFormat(), QStringLiteral("%.1f"));
    EXPECT_EQ(axis->titleText(), QStringLiteral("Recall"));
}

TEST(UnitSquareChart, TheNearestPointOfACurveIsFoundInBothDirections)
{
    const std::vector<double> x { 0.0, 0.1, 0.5, 0.5, 1.0 };
    const std::vector<double> y { 0.0, 0.6, 0.6, 0.9, 1.0 };
    EXPECT_EQ(nearestCurvePoint(x, y, QPointF(0.12, 0.55)), 1u);
    EXPECT_EQ(nearestCurvePoint(x, y, QPointF(0.49, 0.85)), 3u);
    EXPECT_EQ(nearestCurvePoint(x, y, QPointF(2.0, 2.0)), 4u);
    EXPECT_EQ(nearestCurvePoint({}, {}, QPointF(0.5, 0.5)), 0u);
}
