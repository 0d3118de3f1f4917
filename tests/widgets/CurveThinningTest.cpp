// thinCurve: what the ROC and PR panels draw of a long curve. Both ends stay, no
// dropped point is a step or more from the point drawn before it, non-finite points
// are skipped, and a monotone curve of 100,000 points comes down to at most 2/step.
#include "analysis/CurveThinning.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace nw;

namespace {

// A ROC-like staircase: n steps right or up at random, from (0,0) to (1,1).
void staircase(std::size_t n, std::vector<double>& xs, std::vector<double>& ys)
{
    std::mt19937 random(7);
    std::size_t right = 0, up = 0;
    xs = { 0.0 };
    ys = { 0.0 };
    for (std::size_t i = 0; i < 2 * n; ++i) {
        const bool goRight = up == n || (right < n && random() % 2 == 0);
        (goRight ? right : up)++;
        xs.push_back(static_cast<double>(right) / static_cast<double>(n));
        ys.push_back(static_cast<double>(up) / static_cast<double>(n));
    }
}

} // namespace

TEST(CurveThinning, KeepsTheEndsAndNeverSkipsAStep)
{
    std::vector<double> xs, ys;
    staircase(50000, xs, ys);
    const QList<QPointF> thin = thinCurve(xs, ys);
    ASSERT_GE(thin.size(), 2);
    EXPECT_EQ(thin.front(), QPointF(0, 0));
    EXPECT_EQ(thin.back(), QPointF(1, 1));
    EXPECT_LE(thin.size(), static_cast<qsizetype>(2 / kCurveStep) + 2);
    // Walk the full curve alongside: every point lies within a step of the last drawn one.
    qsizetype drawn = 0;
    for (std::size_t k = 0; k < xs.size(); ++k) {
        if (drawn + 1 < thin.size() && QPointF(xs[k], ys[k]) == thin[drawn + 1])
            ++drawn;
        EXPECT_LT(std::abs(xs[k] - thin[drawn].x()), kCurveStep + 1e-12);
        EXPECT_LT(std::abs(ys[k] - thin[drawn].y()), kCurveStep + 1e-12);
    }
    EXPECT_EQ(drawn, thin.size() - 1);
}

TEST(CurveThinning, ShortCurvesStayAsTheyAreAndNonFinitePointsGo)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<QPointF> thin = thinCurve({ 0.0, 0.5, nan, 1.0 }, { 1.0, 0.5, 0.2, 0.0 });
    ASSERT_EQ(thin.size(), 3);
    EXPECT_EQ(thin[1], QPointF(0.5, 0.5));
    EXPECT_TRUE(thinCurve({}, {}).isEmpty());
    // A last point less than a step from the one before is still where the curve ends.
    const QList<QPointF> end = thinCurve({ 0.0, 0.5, 0.5001 }, { 0.0, 0.5, 0.5 });
    EXPECT_EQ(end.back(), QPointF(0.5001, 0.5));
}
