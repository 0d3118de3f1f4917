#include "metrics/RocCurve.h"
#include "metrics/ThresholdCounts.h"

#include "FixtureValues.h"

#include <cmath>
#include <stdexcept>
#include <vector>

using namespace nw;
using namespace nw::test;

namespace {
std::vector<double> withoutFirst(const std::vector<double>& v)
{
    return { v.begin() + 1, v.end() };
}

void expectCurve(const RocCurve& curve, const OracleFixture& f, const std::string& suffix, const std::string& what)
{
    expectValuesNear(curve.fpr, values(f, "roc_fpr_" + suffix), what + " fpr");
    expectValuesNear(curve.tpr, values(f, "roc_tpr_" + suffix), what + " tpr");
    ASSERT_FALSE(curve.thresholds.empty());
    EXPECT_TRUE(std::isinf(curve.thresholds[0]) && curve.thresholds[0] > 0) << what;
    expectValuesNear(withoutFirst(curve.thresholds), values(f, "roc_thresholds_" + suffix), what + " thresholds");
}
} // namespace

TEST(RocCurve, PerClassCurvesAndAucMatchScikitLearn)
{
    for (const std::string& name : classificationCases()) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const auto labels = intValues(f, "labels");
        const auto scores = values(f, "scores");
        const int classes = f.tensor("scores").dim(1);
        const MulticlassRoc roc = MulticlassRoc::compute(labels, scores, classes);
        const auto aucs = values(f, "roc_auc");
        ASSERT_EQ(roc.perClass.size(), static_cast<std::size_t>(classes));
        for (int c = 0; c < classes; ++c) {
            expectCurve(
                roc.perClass[static_cast<std::size_t>(c)], f, std::to_string(c), name + " class " + std::to_string(c));
            EXPECT_NEAR(roc.perClass[static_cast<std::size_t>(c)].auc, aucs[static_cast<std::size_t>(c)], 1e-6) << name;
        }
        EXPECT_NEAR(roc.macroAuc, f.scalar("roc_macro_auc"), 1e-6) << name;
    }
}

TEST(RocCurve, MicroAverageIsTheCurveOfTheFlattenedOneHotLabels)
{
    for (const std::string& name : classificationCases()) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const MulticlassRoc roc
            = MulticlassRoc::compute(intValues(f, "labels"), values(f, "scores"), f.tensor("scores").dim(1));
        expectCurve(roc.micro, f, "micro", name + " micro");
        EXPECT_NEAR(roc.micro.auc, f.scalar("roc_micro_auc"), 1e-6) << name;
    }
}

TEST(RocCurve, TiesCountOneHalf)
{
    // Every score tied: the curve is the diagonal and the AUC exactly 0.5.
    const std::vector<int> positive { 1, 0, 1, 0 };
    const std::vector<double> scores { 0.3, 0.3, 0.3, 0.3 };
    const RocCurve curve = RocCurve::compute(positive, scores);
    EXPECT_DOUBLE_EQ(curve.auc, 0.5);
    EXPECT_EQ(curve.fpr, (std::vector<double> { 0.0, 1.0 }));
    EXPECT_EQ(curve.tpr, (std::vector<double> { 0.0, 1.0 }));
}

TEST(RocCurve, PerfectRankingHasAreaOneAndDropsCollinearPoints)
{
    const std::vector<int> positive { 0, 0, 0, 1, 1, 1 };
    const std::vector<double> scores { 0.1, 0.2, 0.3, 0.7, 0.8, 0.9 };
    const RocCurve curve = RocCurve::compute(positive, scores);
    EXPECT_DOUBLE_EQ(curve.auc, 1.0);
    EXPECT_EQ(curve.fpr, (std::vector<double> { 0.0, 0.0, 0.0, 1.0 }));
    EXPECT_EQ(curve.tpr, (std::vector<double> { 0.0, 1.0 / 3.0, 1.0, 1.0 }));
}

TEST(RocCurve, OneClassOnlyIsUndefinedAndLeftOutOfTheMacroMean)
{
    const std::vector<int> positive { 1, 1 };
    const std::vector<double> scores { 0.2, 0.9 };
    EXPECT_FALSE(RocCurve::compute(positive, scores).defined());
    // Class 2 has no samples: the macro AUC is the mean of classes 0 and 1.
    const std::vector<int> labels { 0, 1, 0, 1 };
    const std::vector<double> probabilities { 0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.6, 0.3, 0.1, 0.4, 0.5, 0.1 };
    const MulticlassRoc roc = MulticlassRoc::compute(labels, probabilities, 3);
    EXPECT_FALSE(roc.perClass[2].defined());
    EXPECT_DOUBLE_EQ(roc.macroAuc, 1.0);
}

TEST(RocCurve, RefusesMismatchedInput)
{
    const std::vector<int> labels { 0, 1 };
    const std::vector<double> scores { 0.5, 0.5, 0.5 };
    EXPECT_THROW(MulticlassRoc::compute(labels, scores, 2), std::invalid_argument);
    EXPECT_THROW(RocCurve::compute(std::vector<int> {}, std::vector<double> {}), std::invalid_argument);
    EXPECT_THROW(RocCurve::compute(labels, std::vector<double> { 0.1, std::nan("") }), std::invalid_argument);
}

TEST(MulticlassScores, OneHotLabelsLineUpWithTheScoreRows)
{
    const std::vector<int> labels { 2, 0, 1 };
    EXPECT_EQ(oneHotLabels(labels, 3), (std::vector<int> { 0, 0, 1, 1, 0, 0, 0, 1, 0 }));
    EXPECT_THROW(oneHotLabels(std::vector<int> { 3 }, 3), std::out_of_range);
    EXPECT_THROW(checkMulticlassScores(labels, std::vector<double>(8, 0.0), 3, "ROC curves"), std::invalid_argument);
    EXPECT_THROW(checkMulticlassScores(labels, std::vector<double>(3, 0.0), 1, "ROC curves"), std::invalid_argument);
    EXPECT_NO_THROW(checkMulticlassScores(labels, std::vector<double>(9, 0.0), 3, "ROC curves"));
}
