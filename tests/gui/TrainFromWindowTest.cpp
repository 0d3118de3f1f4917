// Training from the window's Train menu on the spiral example: the actions drive
// the session, follow its state, feed the progress display, and the trained weights
// end up in the document. Quitting mid-run returns within a second.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "TrainingController.h"
#include "TrainingProgressWidget.h"

#include "charts/TrainingChartsWidget.h"
#include "charts/TrainingHistory.h"
#include "io/ProjectFile.h"
#include "model/NetworkDocument.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 20000;

long long batchCount(const QSignalSpy& spy)
{
    long long n = 0;
    for (const QList<QVariant>& args : spy)
        n += args.at(0).value<QVector<BatchReport>>().size();
    return n;
}

// The spiral example, long enough that a run never ends on its own during a test.
void openLongSpiral(MainWindow& window)
{
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = 100000;
    window.document()->setTrainingConfig(config);
}

} // namespace

TEST(TrainFromWindow, StartPauseStepResumeStopFromTheTrainMenu)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    openLongSpiral(window);
    TrainingSession* session = window.training()->session();
    QSignalSpy started(session, &TrainingSession::started);
    QSignalSpy batches(session, &TrainingSession::batchesReady);
    QSignalSpy finished(session, &TrainingSession::finished);
    QAction* start = window.action(QStringLiteral("actionTrainStart"));
    QAction* pause = window.action(QStringLiteral("actionTrainPause"));
    QAction* resume = window.action(QStringLiteral("actionTrainResume"));
    QAction* step = window.action(QStringLiteral("actionTrainStep"));
    QAction* stop = window.action(QStringLiteral("actionTrainStop"));

    QElapsedTimer clock;
    clock.start();
    start->trigger();
    EXPECT_FALSE(start->isEnabled()); // at once, while the data loads
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) > 0; }, kTimeoutMs));
    // "One click on Train and the charts move within 2 seconds."
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_EQ(started.count(), 1);
    EXPECT_EQ(session->state(), TrainingSession::State::Running);
    EXPECT_TRUE(pause->isEnabled());
    EXPECT_TRUE(stop->isEnabled());
    EXPECT_FALSE(resume->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.progress()->value() > 0; }, kTimeoutMs));
    EXPECT_TRUE(window.progress()->text().startsWith(QStringLiteral("Epoch ")));

    pause->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->state() == TrainingSession::State::Paused; }, kTimeoutMs));
    EXPECT_TRUE(resume->isEnabled());
    EXPECT_FALSE(pause->isEnabled());
    QTest::qWait(100); // the pause flush arrives
    const long long atPause = batchCount(batches);
    QTest::qWait(150);
    EXPECT_EQ(batchCount(batches), atPause); // paused means paused

    step->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) == atPause + 1; }, kTimeoutMs));
    QTest::qWait(100);
    EXPECT_EQ(batchCount(batches), atPause + 1); // exactly one batch
    EXPECT_EQ(session->state(), TrainingSession::State::Paused);

    resume->trigger();
    EXPECT_EQ(session->state(), TrainingSession::State::Running);
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) > atPause + 10; }, kTimeoutMs));

    stop->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, kTimeoutMs));
    EXPECT_EQ(finished.at(0).at(0).value<TrainingResult>().status, TrainingStatus::Stopped);
    EXPECT_TRUE(start->isEnabled());
    EXPECT_FALSE(stop->isEnabled());
    // The trained weights belong to the document now, and make it modified.
    EXPECT_FALSE(window.document()->weights().empty());
    EXPECT_TRUE(window.document()->weights().count("fc1.weight"));
    EXPECT_TRUE(window.isWindowModified());
    // The charts got every batch and show points.
    EXPECT_EQ(window.history()->batchesReceived(), batchCount(batches));
    EXPECT_FALSE(window.history()->points(TrainingHistory::Series::BatchLoss).isEmpty());
    EXPECT_FALSE(window.charts()->isShowingPlaceholder());

    // Saving writes the weights next to the project.
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(window.saveTo(dir.filePath(QStringLiteral("spiral.nwproj")), &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("spiral.safetensors"))));
    QString readError;
    const std::optional<Project> written = ProjectFile::read(dir.filePath(QStringLiteral("spiral.nwproj")), &readError);
    ASSERT_TRUE(written.has_value()) << readError.toStdString();
    EXPECT_EQ(written->weights, QStringLiteral("spiral.safetensors")); // relative: the folder moves as a whole

    window.action(QStringLiteral("actionTrainReset"))->trigger();
    EXPECT_TRUE(window.document()->weights().empty());
    EXPECT_TRUE(window.isWindowModified());
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}

TEST(TrainFromWindow, EditsAfterStartDoNotReachTheRun)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    openLongSpiral(window);
    TrainingSession* session = window.training()->session();
    QSignalSpy batches(session, &TrainingSession::batchesReady);
    QSignalSpy finished(session, &TrainingSession::finished);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    // Break the network while it trains: the run has its own snapshot.
    window.document()->model()->removeNode(QStringLiteral("fc1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) > 20; }, kTimeoutMs));
    window.training()->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, kTimeoutMs));
}

TEST(TrainFromWindow, QuittingDuringTrainingReturnsWithinASecond)
{
    QTemporaryDir autosave;
    auto* window = new MainWindow;
    test::isolateAutosave(*window, autosave.path());
    window->show();
    openLongSpiral(*window);
    QSignalSpy batches(window->training()->session(), &TrainingSession::batchesReady);
    window->action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) > 0; }, kTimeoutMs));

    QElapsedTimer clock;
    clock.start();
    // Quit: close() asks about the changed settings; the destructor joins the worker.
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window->action(QStringLiteral("actionQuit"))->trigger();
    delete window;
    EXPECT_LT(clock.elapsed(), 1000);
}

TEST(TrainFromWindow, ABrokenNetworkReportsInsteadOfTraining)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    window.document()->model()->removeNode(QStringLiteral("fc1"));
    QSignalSpy failed(window.training(), &TrainingController::runFailed);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, kTimeoutMs));
    EXPECT_TRUE(window.action(QStringLiteral("actionTrainStart"))->isEnabled());
}

TEST(TrainFromWindow, LoadingFashionMnistNeverFreezesThePainting)
{
    if (!QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("fashion-mlp"))));
    QSignalSpy batches(window.training()->session(), &TrainingSession::batchesReady);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(window.training()->isPreparing());
    // Qt's raster engine hands parts of a paint to the global thread pool and waits
    // for them: the 60,000 images load on the window's own pool instead.
    EXPECT_EQ(QThreadPool::globalInstance()->activeThreadCount(), 0);
    long long longestPaintMs = 0;
    int paints = 0;
    while (window.training()->isPreparing()) {
        QElapsedTimer clock;
        clock.start();
        window.grab(); // paints every widget, group-box frames included
        longestPaintMs = std::max(longestPaintMs, clock.elapsed());
        ++paints;
        QTest::qWait(10);
    }
    EXPECT_GT(paints, 3); // the load takes a while on any machine
    EXPECT_LT(longestPaintMs, 250) << "a paint waited " << longestPaintMs << " ms for the data to load";
    window.training()->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.training()->isBusy(); }, kTimeoutMs));
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}
