#include "metrics/Calibration.h"

#include "FixtureValues.h"

#include <vector>

using namespace nw;
using namespace nw::test;

TEST(Calibration, BinsAndExpectedCalibrationErrorMatchTheReference)
{
    for (const std::string& name : classificationCases()) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const Calibration cal
            = Calibration::compute(intValues(f, "labels"), values(f, "scores"), f.tensor("scores").dim(1), 10);
        ASSERT_EQ(cal.bins.size(), 10u);
        std::vector<double> count, confidence, accuracy;
        for (const CalibrationBin& b : cal.bins) {
            count.push_back(static_cast<double>(b.count));
            confidence.push_back(b.meanConfidence);
            accuracy.push_back(b.accuracy);
        }
        expectValuesNear(count, values(f, "bin_count"), name + " count");
        expectValuesNear(confidence, values(f, "bin_confidence"), name + " confidence");
        expectValuesNear(accuracy, values(f, "bin_accuracy"), name + " accuracy");
        EXPECT_NEAR(cal.expectedCalibrationError, f.scalar("ece"), 1e-6) << name;
    }
}

TEST(Calibration, BrierScoreMatchesScikitLearn)
{
    for (const std::string& name : classificationCases()) {
        const OracleFixture f = OracleFixture::load("metrics/" + name + ".txt");
        const Calibration cal
            = Calibration::compute(intValues(f, "labels"), values(f, "scores"), f.tensor("scores").dim(1));
        EXPECT_NEAR(cal.brierScore, f.scalar("brier"), 1e-6) << name;
    }
}

TEST(Calibration, BinaryBrierIsHalfTheMulticlassFormula)
{
    const std::vector<int> labels { 0, 1, 1 };
    const std::vector<double> p { 0.7, 0.3, 0.2, 0.8, 0.6, 0.4 };
    EXPECT_NEAR(binaryBrierScore(labels, std::vector<double> { 0.3, 0.8, 0.4 }), (0.09 + 0.04 + 0.36) / 3, 1e-12);
    EXPECT_NEAR(multiclassBrierScore(labels, p, 2), 2 * (0.09 + 0.04 + 0.36) / 3, 1e-12);
}

TEST(Calibration, ConfidenceOfOneFallsInTheLastBinAndHistogramSplitsRightAndWrong)
{
    const std::vector<int> labels { 0, 1, 0 };
    const std::vector<double> p { 1.0, 0.0, 0.55, 0.45, 0.45, 0.55 };
    const Calibration cal = Calibration::compute(labels, p, 2, 4);
    EXPECT_EQ(cal.bins[3].count, 1u);
    EXPECT_EQ(cal.bins[3].correct, 1u);
    EXPECT_EQ(cal.bins[2].count, 2u);
    EXPECT_EQ(cal.bins[2].correct, 0u);
    EXPECT_NEAR(cal.bins[2].meanConfidence, 0.55, 1e-12);
    EXPECT_NEAR(cal.expectedCalibrationError, 2.0 / 3.0 * 0.55, 1e-12);
    EXPECT_NEAR(cal.maximumCalibrationError, 0.55, 1e-12);
}

TEST(Calibration, RefusesBadInput)
{
    const std::vector<int> labels { 0, 2 };
    const std::vector<double> p { 0.5, 0.5, 0.5, 0.5 };
    EXPECT_THROW(Calibration::compute(labels, p, 2), std::out_of_range);
    EXPECT_THROW(Calibration::compute(std::vector<int> { 0 }, p, 2), std::invalid_argument);
    EXPECT_THROW(Calibration::compute(std::vector<int> { 0, 1 }, p, 2, 0), std::invalid_argument);
}
