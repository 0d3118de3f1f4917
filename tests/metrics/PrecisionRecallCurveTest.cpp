#include "metrics/PrecisionRecallCurve.h"

#include "FixtureValues.h"

#include <vector>

using namespace nw;
using namespace nw::test;

namespace {
void expectCurve(
    const PrecisionRecallCurve& curve, const OracleFixture& f, const std::string& suffix, const std::string& what)
{
    expectValuesNear(curve.precision, values(f, "pr_precision_" + suffix), what + " precision");
    expectValuesNear(curve.recall, values(f, "pr_recall_" + suffix), what + " recall");
    expectValuesNear(curve.thresholds, values(f, "pr_thresholds_" + suffix), what + " thresholds");
}
} // namespace

TEST(PrecisionRecallCurve, PerClassCurvesAndAveragePrecisionMatchScikitLearn)
{
    for (const std::string& name : classificationCases()) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const int classes = f.tensor("scores").dim(1);
        const auto pr = MulticlassPrecisionRecall::compute(intValues(f, "labels"), values(f, "scores"), classes);
        const auto aps = values(f, "ap");
        for (int c = 0; c < classes; ++c) {
            const auto& curve = pr.perClass[static_cast<std::size_t>(c)];
            expectCurve(curve, f, std::to_string(c), name + " class " + std::to_string(c));
            EXPECT_NEAR(curve.averagePrecision, aps[static_cast<std::size_t>(c)], 1e-6) << name << " class " << c;
        }
        EXPECT_NEAR(pr.macroAveragePrecision, f.scalar("ap_macro"), 1e-6) << name;
    }
}

TEST(PrecisionRecallCurve, MicroAverageMatchesScikitLearn)
{
    for (const std::string& name : classificationCases()) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const auto pr = MulticlassPrecisionRecall::compute(
            intValues(f, "labels"), values(f, "scores"), f.tensor("scores").dim(1));
        expectCurve(pr.micro, f, "micro", name + " micro");
        EXPECT_NEAR(pr.micro.averagePrecision, f.scalar("ap_micro"), 1e-6) << name;
    }
}

TEST(PrecisionRecallCurve, AveragePrecisionIsStepwiseWithoutInterpolation)
{
    // Ranked: +, -, +. Precision at the two recall steps is 1 and 2/3: AP = 0.5 * 1 + 0.5 * 2/3.
    const std::vector<int> positive { 1, 0, 1 };
    const std::vector<double> scores { 0.9, 0.8, 0.7 };
    const auto curve = PrecisionRecallCurve::compute(positive, scores);
    EXPECT_NEAR(curve.averagePrecision, 0.5 + 1.0 / 3.0, 1e-12);
    EXPECT_EQ(curve.recall.back(), 0.0);
    EXPECT_EQ(curve.precision.back(), 1.0);
    EXPECT_EQ(curve.thresholds, (std::vector<double> { 0.7, 0.8, 0.9 }));
}

TEST(PrecisionRecallCurve, NoPositivesIsUndefined)
{
    const auto curve = PrecisionRecallCurve::compute(std::vector<int> { 0, 0 }, std::vector<double> { 0.1, 0.4 });
    EXPECT_FALSE(curve.defined());
}
