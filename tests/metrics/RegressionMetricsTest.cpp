#include "metrics/RegressionMetrics.h"

#include "FixtureValues.h"

#include <vector>

using namespace nw;
using namespace nw::test;

TEST(RegressionMetrics, MatchScikitLearn)
{
    for (const std::string name : { "regression_single", "regression_multi" }) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const Tensor& targets = f.tensor("targets");
        const int outputs = targets.rank() == 2 ? targets.dim(1) : 1;
        const RegressionMetrics m = RegressionMetrics::compute(values(f, "predictions"), values(f, "targets"), outputs);
        EXPECT_NEAR(m.meanSquaredError, f.scalar("mse"), 1e-6) << name;
        EXPECT_NEAR(m.meanAbsoluteError, f.scalar("mae"), 1e-6) << name;
        EXPECT_NEAR(m.r2, f.scalar("r2"), 1e-6) << name;
    }
}

TEST(RegressionMetrics, PerfectPredictionsScoreOneEvenForConstantTargets)
{
    const std::vector<double> y { 2.0, 2.0, 2.0 };
    const RegressionMetrics m = RegressionMetrics::compute(y, y);
    EXPECT_EQ(m.meanSquaredError, 0.0);
    EXPECT_EQ(m.r2, 1.0);
    EXPECT_EQ(RegressionMetrics::compute(std::vector<double> { 1.0, 2.0, 3.0 }, y).r2, 0.0);
}

TEST(RegressionMetrics, PredictingTheMeanScoresZero)
{
    const RegressionMetrics m
        = RegressionMetrics::compute(std::vector<double> { 2.0, 2.0, 2.0 }, std::vector<double> { 1.0, 2.0, 3.0 });
    EXPECT_NEAR(m.r2, 0.0, 1e-12);
    EXPECT_NEAR(m.meanSquaredError, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(m.meanAbsoluteError, 2.0 / 3.0, 1e-12);
}

TEST(RegressionMetrics, RefusesMismatchedSizes)
{
    EXPECT_THROW(RegressionMetrics::compute(std::vector<double> { 1.0 }, std::vector<double> { 1.0, 2.0 }),
        std::invalid_argument);
    EXPECT_THROW(
        RegressionMetrics::compute(std::vector<double> { 1.0, 2.0, 3.0 }, std::vector<double> { 1.0, 2.0, 3.0 }, 2),
        std::invalid_argument);
}
