// The decision-boundary dock and the unit pictures of hovered cards, on the spiral
// example: points from the prepared project's splits, a live field while training,
// hidden for data that is not 2-D, clicks select samples, and hovering a card shows
// one picture per unit. Screenshots of both land in the build tree (docs/screenshots
// with NETWRIGHT_UPDATE_SCREENSHOTS=1).
#include "GuiTestSupport.h"
#include "ShownWindow.h"
#include "support/ScreenshotChecks.h"

#include "MainWindow.h"
#include "TrainingController.h"

#include "charts/DecisionBoundaryPanel.h"
#include "charts/DecisionBoundaryWidget.h"
#include "charts/NeuronFieldsHover.h"
#include "charts/NeuronFieldsPopup.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "model/NetworkDocument.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 20000;

struct Window : test::ShownWindow {
    DecisionBoundaryPanel* panel() const { return window.decisionBoundary(); }
    void openSpiral(int epochs = 100000)
    {
        ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
        TrainingConfig config = window.document()->trainingConfig();
        config.epochs = epochs; // runs until stopped
        window.document()->setTrainingConfig(config);
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel()->isPlanar() && !panel()->isLoading(); }, kTimeoutMs));
    }
    void trainThenPause(int fields)
    {
        window.action(QStringLiteral("actionTrainStart"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel()->fieldsShown() >= fields; }, 60000));
        window.action(QStringLiteral("actionTrainPause"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.training()->session()->isPaused(); }, kTimeoutMs));
    }
    // Moves the pointer onto a card of the graph editor (or off every card).
    void hover(const QString& nodeId)
    {
        GraphView* view = window.editor()->view();
        QPoint at(4, 4);
        if (!nodeId.isEmpty()) {
            NodeItem* item = window.editor()->scene()->nodeItem(nodeId);
            ASSERT_NE(item, nullptr);
            at = view->mapFromScene(item->sceneBoundingRect().center());
        }
        QTest::mouseMove(view->viewport(), at);
        QApplication::processEvents();
    }
};

} // namespace

TEST(DecisionBoundaryDock, ShowsSpiralPointsAndHidesForOtherData)
{
    Window w;
    EXPECT_FALSE(w.window.decisionBoundaryDock()->isVisible()); // an empty project
    w.openSpiral();
    EXPECT_TRUE(w.window.decisionBoundaryDock()->isVisible());
    // spiral: 600 samples, 60% train, 20% test (validation is not drawn).
    EXPECT_EQ(w.panel()->trainPoints().size(), 360);
    EXPECT_EQ(w.panel()->testPoints().size(), 120);
    const QRectF domain = w.panel()->fieldDomain();
    ASSERT_TRUE(domain.isValid());
    for (const QPointF& p : w.panel()->trainPoints())
        EXPECT_TRUE(domain.contains(p));
    EXPECT_TRUE(w.window.training()->session()->isDecisionFieldEnabled());

    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("iris")))); // 4 features
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.panel()->isPlanar() && !w.panel()->isLoading(); }, kTimeoutMs));
    EXPECT_FALSE(w.window.decisionBoundaryDock()->isVisible());
    EXPECT_FALSE(w.window.training()->session()->isDecisionFieldEnabled());
    EXPECT_TRUE(w.panel()->trainPoints().isEmpty());
}

TEST(DecisionBoundaryDock, FieldUpdatesLiveWhileTrainingAndClicksSelectSamples)
{
    Window w;
    w.openSpiral();
    QSignalSpy fields(w.window.training()->session(), &TrainingSession::decisionFieldReady);
    w.trainThenPause(3);
    DecisionBoundaryWidget* boundary = w.panel()->boundary();
    EXPECT_TRUE(boundary->hasField());
    EXPECT_EQ(boundary->fieldImage().size(), QSize(DecisionBoundaryPanel::kFieldColumns,
                                                  DecisionBoundaryPanel::kFieldRows));
    EXPECT_GE(fields.size(), 3);
    EXPECT_EQ(fields.first().at(0).value<DecisionField>().domain, w.panel()->fieldDomain());

    QSignalSpy selected(w.panel(), &DecisionBoundaryPanel::sampleSelected);
    const QPointF point = w.panel()->trainPoints().at(7);
    QTest::mouseClick(boundary, Qt::LeftButton, {}, boundary->mapToWidget(point).toPoint());
    ASSERT_EQ(selected.size(), 1);
    EXPECT_GE(selected.at(0).at(0).toInt(), 0);
}

TEST(NeuronFields, HoveringACardShowsOnePicturePerUnit)
{
    Window w;
    w.openSpiral();
    NeuronFieldsHover* hover = w.window.neuronFieldsHover();
    EXPECT_TRUE(hover->isEnabled());
    // Before any training there is no network on the worker to ask: a sentence.
    w.hover(QStringLiteral("act1"));
    EXPECT_EQ(hover->hoveredNode(), QStringLiteral("act1"));
    w.hover(QString());
    EXPECT_TRUE(hover->hoveredNode().isEmpty());

    w.trainThenPause(2);
    QSignalSpy units(w.window.training()->session(), &TrainingSession::neuronFieldsReady);
    w.hover(QStringLiteral("act1")); // Tanh over Dense(24): the first 16 units
    ASSERT_TRUE(units.wait(kTimeoutMs));
    EXPECT_EQ(units.at(0).at(0).toString(), QStringLiteral("act1"));
    NeuronFieldsPopup* popup = hover->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, kTimeoutMs));
    EXPECT_EQ(popup->tileCount(), 16);

    w.hover(QString());
    EXPECT_FALSE(popup->isVisible());
    w.hover(QStringLiteral("out")); // Dense(2)
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible() && popup->tileCount() == 2; }, kTimeoutMs));
}

TEST(Screenshots, WindowDecisionBoundary)
{
    Window w;
    w.openSpiral();
    w.trainThenPause(12);
    QTest::qWait(300); // the charts' paced redraw
    w.window.editor()->fitToView();
    QApplication::processEvents();
    const QImage image = w.window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("window-decision-boundary.png"))));
    // The boundary dock is on show with a coloured field and its points in it.
    ASSERT_TRUE(w.window.decisionBoundary()->isVisible());
    EXPECT_GT(test::distinctColours(image, test::areaIn(&w.window, w.window.decisionBoundary())), 60);
    EXPECT_EQ(test::itemsOutsideView(w.window.editor()->view()), 0);
}

TEST(Screenshots, NeuronFields)
{
    Window w;
    w.openSpiral();
    w.trainThenPause(12);
    w.window.editor()->fitToView();
    QApplication::processEvents();
    w.hover(QStringLiteral("act1"));
    NeuronFieldsPopup* popup = w.window.neuronFieldsHover()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible() && popup->tileCount() > 0; }, kTimeoutMs));
    QTest::qWait(50);
    // The popup is a window of its own: draw it where it stands over the window.
    QImage image = w.window.grab().toImage();
    QPainter painter(&image);
    painter.drawPixmap(popup->pos() - w.window.mapToGlobal(QPoint(0, 0)), popup->grab());
    painter.end();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("neuron-fields.png"))));
}

// After a run, changing a setting reloads the points; the picture of the trained
// network comes back rather than leaving an empty plane (lesson steps and the
// Training dock change settings all the time).
TEST(DecisionBoundaryDock, ThePictureComesBackAfterASettingChangesOnceTheRunEnded)
{
    Window w;
    w.openSpiral(3);
    QSignalSpy ended(w.window.training(), &TrainingController::runEnded);
    w.window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() == 1; }, 60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.panel()->boundary()->hasField(); }, kTimeoutMs));
    TrainingConfig config = w.window.document()->trainingConfig();
    config.learningRate *= 2;
    w.window.document()->setTrainingConfig(config);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.panel()->isLoading() || !w.panel()->boundary()->hasField(); }, kTimeoutMs));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !w.panel()->isLoading() && w.panel()->boundary()->hasField(); }, kTimeoutMs));
}
