// EvaluationDock: the split selector and the buttons say what the person asked
// for; a result reaches the tab in front at once and the others when they come
// forward (a refresh per epoch costs one panel); the status line names the split,
// the weights and the figures; a class row opens that class's samples.
#include "AnalysisTestSupport.h"

#include "analysis/ClassMetricsTable.h"
#include "analysis/ConfusionMatrixPanel.h"
#include "analysis/EvaluationDock.h"
#include "analysis/RocPanel.h"
#include "analysis/SampleGallery.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace nw;

TEST(EvaluationDock, TheSplitSelectorAndTheButtonsAskForEvaluations)
{
    EvaluationDock dock;
    EXPECT_EQ(dock.part(), DataPart::Test); // what a trained model is judged on
    QSignalSpy part(&dock, &EvaluationDock::partChanged);
    QSignalSpy refresh(&dock, &EvaluationDock::refreshRequested);
    QSignalSpy eachEpoch(&dock, &EvaluationDock::refreshesEachEpochChanged);
    QComboBox* selector = dock.partSelector();
    selector->setCurrentIndex(selector->findData(static_cast<int>(DataPart::Validation)));
    ASSERT_EQ(part.count(), 1);
    EXPECT_EQ(part.at(0).at(0).value<DataPart>(), DataPart::Validation);
    dock.setPart(DataPart::Validation); // unchanged: no second request
    EXPECT_EQ(part.count(), 1);
    QTest::mouseClick(dock.refreshButton(), Qt::LeftButton);
    EXPECT_EQ(refresh.count(), 1);
    dock.setBusy(true);
    EXPECT_FALSE(dock.refreshButton()->isEnabled());
    dock.setBusy(false);
    EXPECT_TRUE(dock.refreshesEachEpoch());
    dock.setRefreshesEachEpoch(false);
    ASSERT_EQ(eachEpoch.count(), 1);
    EXPECT_FALSE(eachEpoch.at(0).at(0).toBool());
}

TEST(EvaluationDock, OnlyTheTabInFrontTakesAResultAtOnce)
{
    const auto result = test::trainedEvaluation(QStringLiteral("iris"));
    ASSERT_TRUE(result);
    EvaluationDock dock;
    dock.resize(1000, 400);
    dock.show();
    dock.setResult(result, QStringLiteral("after epoch 3"));
    EXPECT_EQ(dock.confusion()->result(), result);
    EXPECT_TRUE(dock.roc()->curves().isEmpty()); // behind another tab: not built yet
    EXPECT_EQ(dock.classMetrics()->table()->rowCount(), 0);
    dock.tabs()->setCurrentIndex(EvaluationDock::RocTab);
    EXPECT_EQ(dock.roc()->curves().size(), 5); // 3 classes, micro and macro
    // The status line: split, weights, samples, figures.
    const QString status = dock.statusText();
    EXPECT_TRUE(status.startsWith(QStringLiteral("Test split · after epoch 3 · 30 sample(s) · accuracy ")))
        << status.toStdString();

    // A class row opens the samples of that class the model got right.
    dock.tabs()->setCurrentIndex(EvaluationDock::ClassMetricsTab);
    ASSERT_EQ(dock.classMetrics()->table()->rowCount(), 6); // 3 classes, macro, micro and weighted averages
    Q_EMIT dock.classMetrics()->classActivated(2);
    EXPECT_EQ(dock.tabs()->currentIndex(), EvaluationDock::ConfusionTab);
    EXPECT_EQ(static_cast<std::size_t>(dock.confusion()->gallery()->shownCount()), result->samplesIn(2, 2).size());

    // A problem replaces the status; the panels keep the last result.
    dock.showProblem(QStringLiteral("the weights do not fit"));
    EXPECT_TRUE(dock.statusText().contains(QStringLiteral("do not fit")));
    EXPECT_EQ(dock.confusion()->result(), result);
}
