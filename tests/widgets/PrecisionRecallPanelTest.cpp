// The precision-recall panel draws the report's curves with their AP.
#include "analysis/PrecisionRecallPanel.h"

#include "AnalysisTestSupport.h"

#include <gtest/gtest.h>
#include <QLineSeries>

using namespace nw;

TEST(PrecisionRecallPanel, OneCurvePerClassAndTheMicroAverageWithTheirAp)
{
    const auto r = test::trainedEvaluation(QStringLiteral("iris"));
    ASSERT_TRUE(r);
    PrecisionRecallPanel panel;
    panel.setResult(r);
    const auto curves = panel.curves();
    ASSERT_EQ(curves.size(), 4);
    const MulticlassPrecisionRecall& pr = *r->report.precisionRecall;
    for (int c = 0; c < 3; ++c) {
        const PrecisionRecallCurve& curve = pr.perClass[static_cast<std::size_t>(c)];
        EXPECT_TRUE(curves[c]->name().contains(QString::number(curve.averagePrecision, 'f', 3)));
        ASSERT_EQ(curves[c]->count(), static_cast<int>(curve.recall.size()));
        EXPECT_EQ(curves[c]->at(0), QPointF(curve.recall[0], curve.precision[0]));
    }
    EXPECT_TRUE(curves[3]->name().contains(QString::number(pr.micro.averagePrecision, 'f', 3)));
    EXPECT_TRUE(panel.title().contains(QString::number(pr.macroAveragePrecision, 'f', 3)));
    std::size_t points = 0;
    for (const auto& c : pr.perClass)
        points += c.recall.size();
    points += pr.micro.recall.size();
    EXPECT_EQ(static_cast<std::size_t>(panel.csv().trimmed().split(QLatin1Char('\n')).size()), points + 1);
}

TEST(PrecisionRecallPanel, BinaryShowsThePositiveClassOnly)
{
    const auto r = test::trainedEvaluation(QStringLiteral("circle"));
    ASSERT_TRUE(r);
    PrecisionRecallPanel panel;
    panel.setResult(r);
    ASSERT_EQ(panel.curves().size(), 1);
    EXPECT_TRUE(panel.curves()[0]->name().startsWith(r->className(1)));
}
