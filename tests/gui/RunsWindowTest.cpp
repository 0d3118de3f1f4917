// Run history in the window as a class uses it on the spiral: train, change the
// learning rate, train again; the Runs dock lists both with what changed, Show lays
// a run's curves over the charts, two selected runs are compared; the timeline
// rewinds the model to an earlier epoch (the document's weights become that
// epoch's) and "Branch from Here" trains a new run recorded as a branch of it.
// Saving writes the runs into runs/ beside the project, and reopening the project
// lists them again. Screenshots of the Runs dock and the charts with the timeline.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "RunsController.h"
#include "TrainingController.h"

#include "charts/RunTimeline.h"
#include "charts/TrainingChartsWidget.h"
#include "io/RunStore.h"
#include "model/NetworkDocument.h"
#include "panels/RunsPanel.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 30000;

void train(MainWindow& window)
{
    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    QSignalSpy failed(window.training(), &TrainingController::runFailed);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() + failed.count() > 0; }, kTimeoutMs));
    ASSERT_EQ(failed.count(), 0) << failed.first().first().toString().toStdString();
}

void setTraining(MainWindow& window, int epochs, double learningRate)
{
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = epochs;
    config.learningRate = learningRate;
    window.document()->setTrainingConfig(config);
}

bool sameWeights(const std::map<std::string, Tensor>& a, const std::map<std::string, Tensor>& b)
{
    if (a.size() != b.size())
        return false;
    for (const auto& [name, t] : a) {
        const auto it = b.find(name);
        if (it == b.end() || it->second.size() != t.size()
            || std::memcmp(it->second.data(), t.data(), t.size() * sizeof(float)) != 0)
            return false;
    }
    return true;
}

QString cellText(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST(RunsWindow, TrainCompareRewindBranchSaveAndReopen)
{
    QTemporaryDir dir, autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1500, 950);
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    RunsController* runs = window.runs();
    ASSERT_NE(runs, nullptr);
    RunsPanel* panel = runs->panel();
    QStringList messages;
    QObject::connect(runs, &RunsController::statusMessage, [&](const QString& m) { messages << m; });
    QTableWidget* table = panel->table();
    EXPECT_EQ(table->rowCount(), 0);

    setTraining(window, 12, 0.01);
    train(window);
    setTraining(window, 12, 0.03);
    window.action(QStringLiteral("actionTrainReset"))->trigger(); // a fresh start, not a branch
    train(window);
    ASSERT_EQ(runs->runCount(), 2);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(cellText(table, 0, 1), QStringLiteral("Run 1"));
    EXPECT_TRUE(table->item(0, 1)->font().italic()) << "an example copy has no folder yet: not saved";
    EXPECT_EQ(cellText(table, 1, 3), QStringLiteral("learning_rate: 0.01 → 0.03"));
    EXPECT_EQ(cellText(table, 1, 2), QStringLiteral("—")) << "after Reset Weights it is no branch";
    EXPECT_EQ(cellText(table, 1, 4), QStringLiteral("12"));
    EXPECT_EQ(runs->run(1).snapshots.epochs().size(), 12u) << "a small model keeps every epoch";

    // Show: the first run's curves over the live ones, in its colour.
    table->item(0, 0)->setCheckState(Qt::Checked);
    EXPECT_EQ(window.charts()->overlayCount(), 1);
    EXPECT_EQ(window.charts()->overlaySeries().size(), 4) << "training and validation loss and accuracy";
    // Two selected runs: where they differ.
    panel->selectRuns({ runs->run(0).record.id, runs->run(1).record.id });
    QTableWidget* comparison = panel->comparison();
    ASSERT_GE(comparison->rowCount(), 2);
    EXPECT_EQ(cellText(comparison, 0, 0), QStringLiteral("learning_rate"));
    EXPECT_EQ(cellText(comparison, 0, 1), QStringLiteral("0.01"));
    EXPECT_EQ(cellText(comparison, 0, 2), QStringLiteral("0.03"));

    // Save: both runs go into runs/ beside the project, numbered in order.
    const QString path = dir.filePath(QStringLiteral("spiral.nwproj"));
    ASSERT_TRUE(window.saveTo(path));
    QStringList problems;
    const std::vector<RunRecord> saved = RunStore(path).list(&problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char(10)).toStdString();
    ASSERT_EQ(saved.size(), 2u) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(saved[0].id, QStringLiteral("spiral-001"));
    EXPECT_EQ(saved[1].origin, QStringLiteral("window"));
    EXPECT_EQ(saved[1].history.size(), 12u);
    EXPECT_EQ(cellText(table, 1, 1), QStringLiteral("Run 2"));
    EXPECT_FALSE(table->item(1, 1)->font().italic());
    // A double-click on the name renames the run, in runs/ too.
    table->item(0, 1)->setText(QStringLiteral("slow start"));
    QCoreApplication::processEvents(); // the rename is queued: the table is rebuilt after the edit
    EXPECT_EQ(runs->run(0).record.name, QStringLiteral("slow start"));
    EXPECT_EQ(RunStore(path).list().front().name, QStringLiteral("slow start"));
    table->item(0, 1)->setText(QStringLiteral("  "));
    QCoreApplication::processEvents();
    EXPECT_EQ(runs->run(0).record.name, QStringLiteral("slow start")) << "an empty name is refused";
    EXPECT_EQ(cellText(table, 0, 1), QStringLiteral("slow start"));

    // The timeline: rewind the second run to epoch 4; the model is as it was then.
    RunTimeline* timeline = runs->timeline();
    ASSERT_TRUE(timeline->slider()->isVisible());
    ASSERT_TRUE(timeline->slider()->isEnabled());
    EXPECT_EQ(timeline->shownEpoch(), 11);
    timeline->slider()->setValue(3);
    EXPECT_EQ(timeline->shownEpoch(), 3);
    EXPECT_TRUE(sameWeights(window.document()->weights(), *runs->run(1).snapshots.at(3)));
    EXPECT_EQ(timeline->text(), QStringLiteral("Run 2: rewound to epoch 4 of 12"));
    // The session's graph has them too: the decision boundary is drawn from it.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return sameWeights(window.training()->session()->weightsSnapshot(), *runs->run(1).snapshots.at(3)); },
        kTimeoutMs));
    if (QDockWidget* charts = window.findChild<QDockWidget*>(QStringLiteral("chartsDock")))
        charts->raise();
    QTest::qWait(100);
    window.charts()->flush();
    EXPECT_TRUE(window.grab().save(test::screenshotPath(QStringLiteral("runs-window-rewound.png"))));

    // Branch from Here: a third run from epoch 4's weights, recorded as a branch of run 2.
    setTraining(window, 5, 0.01);
    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    QTest::mouseClick(timeline->branchButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() == 1; }, kTimeoutMs));
    ASSERT_EQ(runs->runCount(), 3);
    const RunRecord& branch = runs->run(2).record;
    EXPECT_EQ(branch.id, QStringLiteral("spiral-003")) << "a saved project keeps each run as it ends";
    EXPECT_EQ(branch.parent, QStringLiteral("spiral-002"));
    EXPECT_EQ(branch.branchEpoch, 4);
    EXPECT_EQ(branch.changes, (QStringList { QStringLiteral("epochs: 12 → 5"), QStringLiteral("learning_rate: 0.03 → 0.01") }));
    EXPECT_EQ(cellText(table, 2, 2), QStringLiteral("spiral-002, epoch 4"));
    // Its epochs are numbered on from the parent's: 5 to 9, as a resumed CLI run's are.
    EXPECT_EQ(runs->run(2).record.history.front().epoch, 4);
    EXPECT_EQ(runs->run(2).snapshots.epochs().back(), 8);
    panel->selectRuns({ QStringLiteral("spiral-002"), QStringLiteral("spiral-003") });
    EXPECT_EQ(cellText(panel->comparison(), 0, 0), QStringLiteral("epochs"));
    if (QDockWidget* dock = window.runsDock())
        dock->raise();
    QTest::qWait(100);
    EXPECT_TRUE(panel->grab().save(test::screenshotPath(QStringLiteral("runs-dock.png"))));

    // Reopened, the project lists its runs again (without snapshots: only final weights are on disk).
    MainWindow again;
    test::isolateAutosave(again, autosave.path());
    ASSERT_TRUE(again.openFile(path));
    ASSERT_EQ(again.runs()->runCount(), 3);
    EXPECT_EQ(again.runs()->run(2).record.parent, QStringLiteral("spiral-002"));
    EXPECT_EQ(again.runs()->run(0).record.name, QStringLiteral("slow start"));
    EXPECT_TRUE(again.runs()->run(2).snapshots.empty());
    EXPECT_FALSE(again.runs()->timeline()->slider()->isVisible());
}

// Many runs of a big model stay within the window's memory: past the budget for all
// runs, the oldest runs let their epochs go (the newest keeps its own), and the
// timeline says why it cannot rewind them.
TEST(RunsWindow, OlderRunsLetTheirEpochsGoPastTheMemoryBudget)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    RunsController* runs = window.runs();
    setTraining(window, 4, 0.01);
    train(window);
    const std::size_t oneRun = runs->snapshotBytes();
    ASSERT_GT(oneRun, 0u);
    runs->setTotalSnapshotBudget(oneRun + oneRun / 2); // room for one run and a half
    train(window);
    EXPECT_TRUE(runs->run(0).snapshots.empty()) << "the older run let its epochs go";
    EXPECT_EQ(runs->run(1).snapshots.epochs().size(), 4u) << "the newest keeps all of its own";
    EXPECT_LE(runs->snapshotBytes(), oneRun + oneRun / 2);
    runs->setTimelineRun(runs->run(0).record.id);
    EXPECT_FALSE(runs->timeline()->slider()->isVisible());
    EXPECT_TRUE(runs->timeline()->text().contains(QStringLiteral("memory"))) << runs->timeline()->text().toStdString();
}
