// The ROC panel draws the report's curves with their AUCs, and for a two-class
// model its threshold slider moves an operating point whose confusion matrix is
// counted from the samples' probabilities.
#include "analysis/RocPanel.h"

#include "analysis/ConfusionHeatmap.h"
#include "AnalysisTestSupport.h"

#include <gtest/gtest.h>
#include <QLineSeries>
#include <QSlider>

using namespace nw;

TEST(RocPanel, OneCurvePerClassAndBothAveragesWithTheirAuc)
{
    const auto r = test::trainedEvaluation(QStringLiteral("iris"));
    ASSERT_TRUE(r);
    RocPanel panel;
    panel.setResult(r);
    EXPECT_FALSE(panel.isBinary());
    const auto curves = panel.curves();
    ASSERT_EQ(curves.size(), 5); // 3 classes, micro, macro
    const MulticlassRoc& roc = *r->report.roc;
    for (int c = 0; c < 3; ++c) {
        EXPECT_TRUE(curves[c]->name().contains(QString::number(roc.perClass[static_cast<std::size_t>(c)].auc, 'f', 3)));
        EXPECT_TRUE(curves[c]->name().startsWith(r->className(c)));
        EXPECT_EQ(curves[c]->count(), static_cast<int>(roc.perClass[static_cast<std::size_t>(c)].fpr.size()));
    }
    EXPECT_TRUE(curves[3]->name().contains(QString::number(roc.micro.auc, 'f', 3)));
    EXPECT_TRUE(curves[4]->name().contains(QString::number(roc.macroAuc, 'f', 3)));
    // The macro curve runs from (0, 0) to (1, 1).
    EXPECT_EQ(curves[4]->at(curves[4]->count() - 1), QPointF(1.0, 1.0));
    EXPECT_FALSE(panel.slider()->isVisibleTo(&panel));
    EXPECT_TRUE(panel.csv().startsWith(QStringLiteral("series,fpr,tpr,threshold\n")));
}

TEST(RocPanel, BinaryThresholdGivesTheMatrixAtThatThreshold)
{
    const auto r = test::trainedEvaluation(QStringLiteral("circle"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->classCount, 2);
    RocPanel panel;
    panel.setResult(r);
    ASSERT_TRUE(panel.isBinary());
    ASSERT_EQ(panel.curves().size(), 1);
    // At 0.5 the operating point is the model's own decision (argmax of two).
    panel.setThreshold(0.5);
    auto counts = panel.thresholdCounts();
    const ConfusionMatrix& cm = *r->report.confusion;
    EXPECT_EQ(counts[0], cm.count(0, 0));
    EXPECT_EQ(counts[1], cm.count(0, 1));
    EXPECT_EQ(counts[2], cm.count(1, 0));
    EXPECT_EQ(counts[3], cm.count(1, 1));
    EXPECT_EQ(panel.thresholdMatrix()->count(1, 1), cm.count(1, 1));
    // Threshold 0: everything is predicted positive.
    panel.slider()->setValue(0);
    EXPECT_DOUBLE_EQ(panel.threshold(), 0.0);
    counts = panel.thresholdCounts();
    EXPECT_EQ(counts[0] + counts[2], 0u);
    EXPECT_EQ(counts[1] + counts[3], r->sampleCount());
    // Moving the threshold up never predicts more positives.
    std::size_t previous = r->sampleCount();
    for (int step = 0; step <= 10; ++step) {
        panel.setThreshold(step / 10.0);
        const auto c = panel.thresholdCounts();
        EXPECT_LE(c[1] + c[3], previous);
        previous = c[1] + c[3];
    }
}
