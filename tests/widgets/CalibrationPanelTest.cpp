// The calibration panel draws the report's bins: one reliability point per
// non-empty bin, and a histogram whose right and wrong bars add up to the bins.
#include "analysis/CalibrationPanel.h"

#include "AnalysisTestSupport.h"

#include <gtest/gtest.h>
#include <QBarSet>
#include <QLineSeries>
#include <QStackedBarSeries>

using namespace nw;

TEST(CalibrationPanel, ReliabilityPointsAndHistogramMatchTheBins)
{
    const auto r = test::trainedEvaluation(QStringLiteral("iris"));
    ASSERT_TRUE(r);
    CalibrationPanel panel;
    panel.setResult(r);
    const Calibration& c = *r->report.calibration;
    ASSERT_EQ(c.bins.size(), 10u);
    ASSERT_TRUE(panel.reliability());
    int point = 0;
    std::size_t total = 0;
    const QList<QBarSet*> sets = panel.histogram()->barSets();
    ASSERT_EQ(sets.size(), 2);
    for (int b = 0; b < 10; ++b) {
        const CalibrationBin& bin = c.bins[static_cast<std::size_t>(b)];
        EXPECT_EQ(sets[0]->at(b), static_cast<double>(bin.correct));
        EXPECT_EQ(sets[1]->at(b), static_cast<double>(bin.count - bin.correct));
        total += bin.count;
        if (bin.count == 0)
            continue;
        EXPECT_EQ(panel.reliability()->at(point), QPointF(bin.meanConfidence, bin.accuracy));
        ++point;
    }
    EXPECT_EQ(panel.reliability()->count(), point);
    EXPECT_EQ(total, r->sampleCount());
    EXPECT_TRUE(panel.title().contains(QString::number(c.expectedCalibrationError, 'f', 4)));
    EXPECT_EQ(panel.csv().trimmed().split(QLatin1Char('\n')).size(), 11);

    panel.setResult(nullptr);
    EXPECT_EQ(panel.reliability(), nullptr);
}
