#include "metrics/ConfusionMatrix.h"

#include <gtest/gtest.h>

#include <vector>

using namespace nw;

namespace {
// y_true = [0,0,0,1,1,2,2,2,2], y_pred = [0,1,0,1,2,2,2,0,2]; the expected numbers are
// sklearn.metrics.classification_report(y_true, y_pred, output_dict=True).
ConfusionMatrix example()
{
    ConfusionMatrix m(3);
    const std::vector<int> t{0, 0, 0, 1, 1, 2, 2, 2, 2};
    const std::vector<int> p{0, 1, 0, 1, 2, 2, 2, 0, 2};
    m.addAll(t, p);
    return m;
}
} // namespace

TEST(ConfusionMatrix, CountsPairs)
{
    const ConfusionMatrix m = example();
    EXPECT_EQ(m.total(), 9u);
    EXPECT_EQ(m.count(0, 0), 2u);
    EXPECT_EQ(m.count(0, 1), 1u);
    EXPECT_EQ(m.count(2, 0), 1u);
    EXPECT_EQ(m.count(1, 2), 1u);
    EXPECT_NEAR(m.accuracy(), 6.0 / 9.0, 1e-12);
}

TEST(ConfusionMatrix, PerClassMatchesScikitLearn)
{
    const ConfusionMatrix m = example();
    EXPECT_NEAR(m.classMetrics(0).precision, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(m.classMetrics(0).recall, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(m.classMetrics(1).precision, 0.5, 1e-12);
    EXPECT_NEAR(m.classMetrics(1).recall, 0.5, 1e-12);
    EXPECT_NEAR(m.classMetrics(2).precision, 0.75, 1e-12);
    EXPECT_NEAR(m.classMetrics(2).recall, 0.75, 1e-12);
    EXPECT_EQ(m.classMetrics(2).support, 4u);
    EXPECT_NEAR(m.macroAverage().f1, (2.0 / 3.0 + 0.5 + 0.75) / 3.0, 1e-12);
    EXPECT_NEAR(m.weightedAverage().f1, (3 * 2.0 / 3.0 + 2 * 0.5 + 4 * 0.75) / 9.0, 1e-12);
    EXPECT_NEAR(m.microAverage().precision, 6.0 / 9.0, 1e-12);
}

TEST(ConfusionMatrix, ClassWithoutPredictionsHasZeroPrecision)
{
    ConfusionMatrix m(2);
    m.add(1, 0);
    m.add(0, 0);
    EXPECT_EQ(m.classMetrics(1).precision, 0.0);
    EXPECT_EQ(m.classMetrics(1).f1, 0.0);
}

TEST(ConfusionMatrix, RefusesClassesOutOfRange)
{
    ConfusionMatrix m(2);
    EXPECT_THROW(m.add(2, 0), std::out_of_range);
    EXPECT_THROW(m.add(0, -1), std::out_of_range);
    EXPECT_THROW(ConfusionMatrix(0), std::invalid_argument);
}
