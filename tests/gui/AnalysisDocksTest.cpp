// The Evaluation and Sample docks as a person uses them: the panels refresh after
// every epoch while on show (and cost nothing while hidden), the split selector
// evaluates that split, the last result is exactly what an independent evaluation
// of the trained weights gives, a confusion cell and a point of the decision
// boundary open their sample in the inspector, and weights that no longer fit the
// edited network say so instead of crashing. A screenshot of the window with both
// docks lands in the build tree (docs/screenshots with NETWRIGHT_UPDATE_SCREENSHOTS=1).
#include "GuiTestSupport.h"

#include "AnalysisController.h"
#include "AnalysisDocks.h"
#include "MainWindow.h"
#include "TrainingController.h"

#include "analysis/ConfusionMatrixPanel.h"
#include "analysis/EvaluationDock.h"
#include "analysis/ProbabilityBars.h"
#include "analysis/SampleGallery.h"
#include "analysis/SampleInspector.h"
#include "charts/DecisionBoundaryPanel.h"
#include "charts/DecisionBoundaryWidget.h"
#include "graph/GraphEditorWidget.h"
#include "io/GraphWeights.h"
#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"
#include "model/commands/SetParameterCommand.h"
#include "training/PreparedDataCache.h"
#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QAction>
#include <QLabel>
#include <QLineF>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 30000;

struct Window {
    test::FirstStartLayout layout;
    QTemporaryDir autosave;
    MainWindow window;
    Window()
    {
        test::isolateAutosave(window, autosave.path());
        window.resize(1500, 920);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window)); // the dock tabs settle on show
    }
    ~Window()
    {
        window.training()->stop();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window.training()->isBusy(); }, kTimeoutMs));
        if (window.document()->isModified())
            test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
        window.close();
    }
    AnalysisController* controller() const { return window.analysis()->controller(); }
    EvaluationDock* dock() const { return window.analysis()->evaluation(); }
    SampleInspector* inspector() const { return window.analysis()->inspector(); }

    void open(const QString& example, int epochs)
    {
        ASSERT_TRUE(window.openExample(test::examplePath(example)));
        TrainingConfig config = window.document()->trainingConfig();
        config.epochs = epochs;
        window.document()->setTrainingConfig(config);
    }
    void showEvaluation()
    {
        window.analysis()->evaluationDock()->show();
        window.analysis()->evaluationDock()->raise();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller()->isShown(); }, kTimeoutMs));
    }
    // Waits for the next result after `delivered`, and no evaluation in flight.
    void waitForResult(int delivered)
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return controller()->evaluationsDelivered() > delivered && !controller()->isBusy(); }, kTimeoutMs))
            << dock()->statusText().toStdString();
    }
    void trainToTheEnd()
    {
        QSignalSpy ended(window.training(), &TrainingController::runEnded);
        window.action(QStringLiteral("actionTrainStart"))->trigger();
        ASSERT_TRUE(ended.wait(120000));
    }
};

// "after epoch 12" in the dock's status line -> 12; -1 otherwise.
int epochOf(const QString& status)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("after epoch (\\d+)")).match(status);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The report an independent evaluation of `weights` on the document gives.
EvaluationReport evaluateIndependently(MainWindow& window, DataPart part)
{
    QString error;
    PreparedProject::Options options;
    options.loadWeights = false;
    auto prepared = PreparedProject::fromProject(window.document()->project(),
        window.training()->dataProjectPath(), options, &error);
    EXPECT_TRUE(prepared) << error.toStdString();
    EXPECT_TRUE(applyWeights(prepared->graph(), window.document()->weights(), &error)) << error.toStdString();
    return evaluateProject(*prepared, part);
}

} // namespace

// The dataset preview, the decision boundary, training and evaluation all read the
// window's one PreparedDataCache: the spiral's points are made once, not four times.
TEST(AnalysisDocks, TheWindowPreparesItsDataOnce)
{
    Window w;
    w.open(QStringLiteral("spiral"), 3);
    w.showEvaluation();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.window.decisionBoundary()->isPlanar(); }, kTimeoutMs));
    const int delivered = w.controller()->evaluationsDelivered();
    w.trainToTheEnd();
    w.waitForResult(delivered);
    const int afterTraining = w.controller()->evaluationsDelivered();
    w.dock()->refreshButton()->click(); // Evaluate, on the window's weights now
    w.waitForResult(afterTraining);
    EXPECT_EQ(w.window.training()->dataCache()->datasetLoads(), 1);
}

TEST(AnalysisDocks, RefreshAfterEveryEpochWhileShownAndEndOnTheTrainedWeights)
{
    Window w;
    w.open(QStringLiteral("iris"), 1000000); // thousands of epochs a second: stopped by hand
    w.showEvaluation();
    QStringList statuses;
    QObject::connect(w.controller(), &AnalysisController::resultReady, w.dock(),
        [&](const std::shared_ptr<const EvaluationResult>& result) {
            if (result)
                statuses << w.dock()->statusText();
        });
    w.waitForResult(0); // coming on show evaluates the untrained network
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_TRUE(statuses.at(0).contains(QStringLiteral("untrained"))) << statuses.at(0).toStdString();

    QSignalSpy ended(w.window.training(), &TrainingController::runEnded);
    w.window.action(QStringLiteral("actionTrainStart"))->trigger();
    // Results keep coming while training, each of a later epoch than the one before.
    ASSERT_TRUE(QTest::qWaitFor([&] { return statuses.size() >= 5; }, kTimeoutMs));
    ASSERT_TRUE(w.window.training()->session()->isRunning())
        << "the run ended by itself: " << (ended.isEmpty() ? QString() : ended.first().first().toString()).toStdString();
    w.window.action(QStringLiteral("actionTrainStop"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, kTimeoutMs));
    int previous = 0;
    for (int i = 1; i < 5; ++i) {
        const int epoch = epochOf(statuses.at(i));
        EXPECT_GT(epoch, previous) << statuses.at(i).toStdString();
        previous = epoch;
    }

    // The run's end brings one more: the trained weights, as evaluate would report them.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return statuses.last().contains(QStringLiteral("trained weights")) && !w.controller()->isBusy(); },
        kTimeoutMs))
        << statuses.last().toStdString();
    const auto shown = w.controller()->result();
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->part, DataPart::Test);
    const EvaluationReport expected = evaluateIndependently(w.window, DataPart::Test);
    EXPECT_EQ(shown->report.samples, expected.samples);
    EXPECT_DOUBLE_EQ(shown->report.accuracy, expected.accuracy);
    EXPECT_NEAR(shown->report.loss, expected.loss, 1e-9);
    for (int t = 0; t < expected.confusion->classCount(); ++t)
        for (int p = 0; p < expected.confusion->classCount(); ++p)
            EXPECT_EQ(shown->report.confusion->count(t, p), expected.confusion->count(t, p));
}

TEST(AnalysisDocks, FastEpochsRefreshAFewTimesASecondNotEveryEpoch)
{
    Window w;
    w.open(QStringLiteral("xor"), 1000000); // thousands of epochs a second: stopped by hand
    w.showEvaluation();
    w.waitForResult(0);
    QSignalSpy epochs(w.window.training()->session(), &TrainingSession::epochFinished);
    const int before = w.controller()->evaluationsDelivered();
    QElapsedTimer clock;
    clock.start();
    w.window.action(QStringLiteral("actionTrainStart"))->trigger();
    QTest::qWait(1500);
    const int delivered = w.controller()->evaluationsDelivered() - before;
    const qint64 elapsed = clock.elapsed();
    w.window.action(QStringLiteral("actionTrainStop"))->trigger();
    ASSERT_GT(epochs.count(), 50) << "xor trained too slowly for this test to mean anything";
    EXPECT_GE(delivered, 2); // it does refresh while training...
    // ...but at most once per interval (plus the one the run started with).
    EXPECT_LE(delivered, elapsed / AnalysisController::kMinIntervalWhileTrainingMs + 2);
}

TEST(AnalysisDocks, HiddenDockCostsTheRunNothingAndCatchesUpWhenShown)
{
    Window w;
    w.open(QStringLiteral("iris"), 30);
    // First start: the Evaluation tab sits behind the charts.
    EXPECT_FALSE(w.controller()->isShown());
    w.trainToTheEnd();
    QTest::qWait(200);
    EXPECT_EQ(w.controller()->evaluationsDelivered(), 0);
    EXPECT_FALSE(w.controller()->isBusy());
    EXPECT_TRUE(w.controller()->isOutdated());

    w.showEvaluation();
    w.waitForResult(0);
    EXPECT_TRUE(w.dock()->statusText().contains(QStringLiteral("trained weights")));
    EXPECT_DOUBLE_EQ(w.controller()->result()->report.accuracy,
        evaluateIndependently(w.window, DataPart::Test).accuracy);
}

TEST(AnalysisDocks, TheSplitSelectorEvaluatesThatSplit)
{
    Window w;
    w.open(QStringLiteral("digits"), 2);
    w.trainToTheEnd();
    w.showEvaluation();
    w.waitForResult(0);
    QString error;
    PreparedProject::Options options;
    auto prepared = PreparedProject::fromProject(
        w.window.document()->project(), w.window.training()->dataProjectPath(), options, &error);
    ASSERT_TRUE(prepared) << error.toStdString();
    for (const DataPart part : { DataPart::Validation, DataPart::Train, DataPart::Test }) {
        const int delivered = w.controller()->evaluationsDelivered();
        QComboBox* selector = w.dock()->partSelector();
        selector->setCurrentIndex(selector->findData(static_cast<int>(part)));
        w.waitForResult(delivered);
        const auto result = w.controller()->result();
        EXPECT_EQ(result->part, part);
        EXPECT_EQ(result->sampleCount(), prepared->partSize(part));
        EXPECT_EQ(result->datasetIndices, prepared->partIndices(part));
        EXPECT_DOUBLE_EQ(result->report.accuracy, evaluateIndependently(w.window, part).accuracy);
    }
    // Evaluate on request: the same weights give the same figures, computed anew.
    const int delivered = w.controller()->evaluationsDelivered();
    const double accuracy = w.controller()->result()->report.accuracy;
    QTest::mouseClick(w.dock()->refreshButton(), Qt::LeftButton);
    EXPECT_TRUE(w.controller()->isBusy()); // off the GUI thread: the click returned at once
    w.waitForResult(delivered);
    EXPECT_DOUBLE_EQ(w.controller()->result()->report.accuracy, accuracy);
}

TEST(AnalysisDocks, AConfusionCellLeadsToItsSamplesAndTheInspector)
{
    Window w;
    w.open(QStringLiteral("digits"), 2);
    w.trainToTheEnd();
    w.showEvaluation();
    w.waitForResult(0);
    const auto result = w.controller()->result();
    ConfusionMatrixPanel* confusion = w.dock()->confusion();
    // The first off-diagonal cell with samples: a mistake worth looking at.
    int trueClass = -1, predicted = -1;
    for (int t = 0; t < result->classCount && trueClass < 0; ++t)
        for (int p = 0; p < result->classCount; ++p)
            if (t != p && !result->samplesIn(t, p).empty()) {
                trueClass = t;
                predicted = p;
                break;
            }
    ASSERT_GE(trueClass, 0);
    confusion->activateCell(trueClass, predicted);
    std::vector<std::size_t> expected;
    for (std::size_t position : result->samplesIn(trueClass, predicted))
        expected.push_back(result->datasetIndices[position]);
    std::vector<std::size_t> shown = confusion->gallery()->datasetIndices();
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(shown, expected);

    QListWidget* list = confusion->gallery()->list();
    ASSERT_GT(list->count(), 0);
    const QPoint at = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    const std::size_t sample = confusion->gallery()->datasetIndices()[0];
    ASSERT_EQ(w.inspector()->currentSample(), sample);
    EXPECT_TRUE(w.window.analysis()->sampleDock()->isVisible());
    const long long position = result->positionOf(sample);
    EXPECT_EQ(result->trueClasses[static_cast<std::size_t>(position)], trueClass);
    EXPECT_EQ(result->predictedClasses[static_cast<std::size_t>(position)], predicted);
    EXPECT_TRUE(w.inspector()->details()->text().contains(result->className(trueClass)));

    // The next result (Evaluate again) keeps the cell open and the sample inspected.
    const int delivered = w.controller()->evaluationsDelivered();
    w.controller()->refresh();
    w.waitForResult(delivered);
    EXPECT_TRUE(confusion->gallery()->isVisible());
    EXPECT_EQ(w.inspector()->currentSample(), sample);
}

TEST(AnalysisDocks, APointOfTheDecisionBoundaryOpensThatSample)
{
    Window w;
    w.open(QStringLiteral("spiral"), 20);
    DecisionBoundaryPanel* boundary = w.window.decisionBoundary();
    ASSERT_TRUE(QTest::qWaitFor([&] { return boundary->isPlanar() && !boundary->isLoading(); }, kTimeoutMs));
    w.trainToTheEnd();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.window.decisionBoundaryDock()->isVisible(); }, kTimeoutMs));
    QString error;
    auto prepared = PreparedProject::fromProject(
        w.window.document()->project(), w.window.training()->dataProjectPath(), {}, &error);
    ASSERT_TRUE(prepared) << error.toStdString();

    // A test point (a ring), then a training point (a dot): the dock follows to their
    // split. Each is one with no other point within 3 pixels, so the click can only
    // mean it (the spiral's centre packs points closer than a pixel in a small dock).
    DecisionBoundaryWidget* view = boundary->boundary();
    const auto isolated = [&](bool test) {
        const QVector<QPointF>& own = test ? boundary->testPoints() : boundary->trainPoints();
        for (int i = 0; i < own.size(); ++i) {
            const QPointF at = view->mapToWidget(own[i]);
            bool alone = true;
            for (const QVector<QPointF>* set : { &boundary->testPoints(), &boundary->trainPoints() })
                for (int j = 0; j < set->size() && alone; ++j)
                    if (!(set == &own && j == i) && QLineF(view->mapToWidget(set->at(j)), at).length() < 3)
                        alone = false;
            if (alone)
                return i;
        }
        return -1;
    };
    struct Case {
        bool test;
        int index;
    };
    for (const Case c : { Case { true, isolated(true) }, Case { false, isolated(false) } }) {
        ASSERT_GE(c.index, 0) << "no point stands alone in the boundary view";
        const QPointF point = c.test ? boundary->testPoints().at(c.index) : boundary->trainPoints().at(c.index);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->mapToWidget(point).toPoint());
        const DataPart part = c.test ? DataPart::Test : DataPart::Train;
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.inspector()->currentSample().has_value(); }, kTimeoutMs));
        EXPECT_EQ(w.dock()->part(), part);
        // The click picks the nearest sample; it must be the one under the cursor or
        // one drawn at the same spot, and the inspector shows it with its split's result.
        const std::size_t sample = *w.inspector()->currentSample();
        const std::vector<std::size_t> indices = prepared->partIndices(part);
        const auto it = std::find(indices.begin(), indices.end(), sample);
        ASSERT_NE(it, indices.end());
        const QVector<QPointF>& points = c.test ? boundary->testPoints() : boundary->trainPoints();
        const QPointF shown = points.at(static_cast<int>(it - indices.begin()));
        EXPECT_LT(QLineF(shown, point).length(), 0.05);
        EXPECT_EQ(w.controller()->result()->part, part);
        EXPECT_TRUE(w.inspector()->bars()->isVisible());
        w.inspector()->setResult(nullptr); // the next case starts from an empty inspector
    }
}

TEST(AnalysisDocks, WeightsThatNoLongerFitTheEditedNetworkSaySoAndNothingBreaks)
{
    Window w;
    w.open(QStringLiteral("iris"), 5);
    w.trainToTheEnd();
    w.showEvaluation();
    w.waitForResult(0);
    ASSERT_TRUE(w.controller()->result());
    // Widen the hidden layer: the trained weights have the old shape.
    NetworkGraphModel* model = w.window.document()->model();
    QString hidden;
    for (const QString& id : model->nodeIds())
        if (model->node(id)->type == QStringLiteral("Dense")) {
            hidden = id;
            break;
        }
    ASSERT_FALSE(hidden.isEmpty());
    w.window.document()->undoStack()->push(
        new SetParameterCommand(model, hidden, QStringLiteral("units"), 33));
    QSignalSpy failed(w.controller(), &AnalysisController::failed);
    QTest::mouseClick(w.dock()->refreshButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("train it again")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(w.dock()->statusText().contains(QStringLiteral("do not fit")));
    EXPECT_TRUE(w.dock()->refreshButton()->isEnabled());

    // Undo: the weights fit again and the panels come back.
    w.window.document()->undoStack()->undo();
    const int delivered = w.controller()->evaluationsDelivered();
    QTest::mouseClick(w.dock()->refreshButton(), Qt::LeftButton);
    w.waitForResult(delivered);
    EXPECT_TRUE(w.dock()->statusText().contains(QStringLiteral("trained weights")));
}

TEST(AnalysisDocks, OpeningAnotherProjectClearsThePanels)
{
    Window w;
    w.open(QStringLiteral("iris"), 3);
    w.showEvaluation();
    w.waitForResult(0);
    ASSERT_TRUE(w.controller()->result());
    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("digits"))));
    // Shown, so the new project is evaluated at once (untrained); until then nothing stale is on show.
    EXPECT_TRUE(!w.controller()->result() || w.controller()->result()->classCount == 10);
    w.waitForResult(1);
    EXPECT_EQ(w.controller()->result()->classCount, 10);
    EXPECT_TRUE(w.dock()->statusText().contains(QStringLiteral("untrained")));
}

TEST(AnalysisDocks, FashionMnistTestSetKeepsTheWindowResponsive)
{
    if (!QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    Window w;
    w.open(QStringLiteral("fashion-mlp"), 1);
    w.dock()->setRefreshesEachEpoch(false); // nothing before the click below
    w.showEvaluation();
    // The whole path a click takes: load the data, evaluate 10,000 images, show every tab.
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    timer.start();
    QTest::mouseClick(w.dock()->refreshButton(), Qt::LeftButton);
    // The cause of an earlier freeze: Qt's raster engine borrows the global pool's
    // threads while it paints and waits for them, so long jobs must not occupy it.
    EXPECT_TRUE(w.controller()->isBusy());
    EXPECT_EQ(QThreadPool::globalInstance()->activeThreadCount(), 0);
    w.waitForResult(0);
    for (int tab = 0; tab < w.dock()->tabs()->count(); ++tab) {
        w.dock()->tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
    }
    timer.stop();
    EXPECT_EQ(w.controller()->result()->sampleCount(), 10000u);
    EXPECT_GT(ticks, 10);
    EXPECT_LT(maxGap, 250) << "the GUI thread stalled for " << maxGap << " ms over " << clock.elapsed() << " ms";
}

TEST(Screenshots, WindowEvaluationDocks)
{
    Window w;
    w.open(QStringLiteral("digits"), 8);
    w.trainToTheEnd();
    w.showEvaluation();
    w.waitForResult(0);
    const auto result = w.controller()->result();
    int trueClass = -1, predicted = -1;
    for (int t = 0; t < result->classCount && trueClass < 0; ++t)
        for (int p = 0; p < result->classCount; ++p)
            if (t != p && !result->samplesIn(t, p).empty()) {
                trueClass = t;
                predicted = p;
                break;
            }
    ASSERT_GE(trueClass, 0);
    w.dock()->confusion()->activateCell(trueClass, predicted);
    QListWidget* list = w.dock()->confusion()->gallery()->list();
    ASSERT_GT(list->count(), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    ASSERT_TRUE(w.inspector()->currentSample().has_value());
    w.window.editor()->fitToView();
    QTest::qWait(200);
    const QImage image = w.window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("window-evaluation.png"))));
    // Each tab as it sits in the dock at the first-start size.
    const QStringList names = { QStringLiteral("confusion"), QStringLiteral("roc"), QStringLiteral("pr"),
        QStringLiteral("calibration"), QStringLiteral("classes") };
    QDockWidget* dock = w.window.analysis()->evaluationDock();
    for (int tab = 0; tab < names.size(); ++tab) {
        w.dock()->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        EXPECT_TRUE(dock->grab().save(test::screenshotPath(QStringLiteral("window-evaluation-%1.png").arg(names[tab]))));
    }
}
