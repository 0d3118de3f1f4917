// View ▸ Presentation Mode and View ▸ Colour-Blind-Safe Colours as a teacher uses
// them on the spiral example: larger text, only the editor, charts and boundary
// on show, thick lines and high-contrast class colours; leaving gives back the
// font and exactly the docks there were. Screenshots of the window in presentation
// mode, and of the boundary in colour-blind-safe colours, which a person looked at.
#include "GuiTestSupport.h"
#include "ShownWindow.h"
#include "MainWindow.h"
#include "PresentationMode.h"
#include "TrainingController.h"
#include "charts/DecisionBoundaryPanel.h"
#include "charts/DecisionBoundaryWidget.h"
#include "charts/TrainingChartsWidget.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphView.h"
#include "graph/GraphStyle.h"
#include "model/NetworkDocument.h"
#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"
#include "support/ScreenshotChecks.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 20000;

struct Window : test::ShownWindow {
    ~Window()
    {
        window.presentation()->setActive(false);
        DisplayPreferences::instance().setColourBlindSafe(false);
    }

    void openSpiralAndTrain()
    {
        ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
        DecisionBoundaryPanel* panel = window.decisionBoundary();
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel->isPlanar() && !panel->isLoading(); }, kTimeoutMs));
        TrainingConfig config = window.document()->trainingConfig();
        config.epochs = 100000; // runs until paused
        window.document()->setTrainingConfig(config);
        window.action(QStringLiteral("actionTrainStart"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel->fieldsShown() >= 10; }, 60000));
        window.action(QStringLiteral("actionTrainPause"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.training()->session()->isPaused(); }, kTimeoutMs));
    }

    QStringList visibleDocks() const
    {
        QStringList names;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            if (dock->isVisible())
                names << dock->objectName();
        }
        names.sort();
        return names;
    }
};

} // namespace

TEST(PresentationMode, EnlargesTextKeepsTheMainViewsAndGivesEverythingBackOnLeaving)
{
    Window w;
    QApplication::processEvents();
    const QStringList deskDocks = w.visibleDocks();
    ASSERT_GT(deskDocks.size(), 3);
    const QFont deskFont = QApplication::font();
    const qreal deskEdge = GraphStyle::instance().edgePen.widthF();
    QAction* action = w.window.action(QStringLiteral("presentationModeAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    action->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(action->isChecked());
    EXPECT_TRUE(DisplayPreferences::instance().presentationMode());
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), deskFont.pointSizeF() * 1.5);
    EXPECT_DOUBLE_EQ(GraphStyle::instance().edgePen.widthF(), deskEdge * 2);
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::HighContrast);
    // Only the training charts and the decision boundary may stay beside the editor.
    for (const QString& name : w.visibleDocks()) {
        QDockWidget* dock = w.window.findChild<QDockWidget*>(name);
        EXPECT_TRUE(dock == w.window.decisionBoundaryDock() || dock->isAncestorOf(w.window.charts()))
            << name.toStdString() << " is still on show";
    }

    action->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(DisplayPreferences::instance().presentationMode());
    EXPECT_EQ(QApplication::font(), deskFont);
    EXPECT_DOUBLE_EQ(GraphStyle::instance().edgePen.widthF(), deskEdge);
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::Standard);
    EXPECT_EQ(w.visibleDocks(), deskDocks);
}

TEST(PresentationMode, ColourBlindSafeColoursRepaintTheBoundaryAndPersist)
{
    Window w;
    w.openSpiralAndTrain();
    DecisionBoundaryWidget* boundary = w.window.decisionBoundary()->findChild<DecisionBoundaryWidget*>();
    ASSERT_NE(boundary, nullptr);
    ASSERT_TRUE(boundary->hasField());
    // The field of the paused weights may still arrive after the pause: let it.
    DecisionBoundaryPanel* panel = w.window.decisionBoundary();
    for (int shown = -1; shown != panel->fieldsShown();) {
        shown = panel->fieldsShown();
        QTest::qWait(400);
    }
    const int fields = panel->fieldsShown();
    const QImage standardField = boundary->fieldImage();

    QAction* action = w.window.action(QStringLiteral("colourBlindAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(DisplayPreferences::instance().colourBlindSafe());
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::ColourBlindSafe);
    // The same field, painted again in the other palette.
    EXPECT_EQ(boundary->fieldImage().size(), standardField.size());
    EXPECT_NE(boundary->fieldImage(), standardField);
    EXPECT_TRUE(QSettings().value(QStringLiteral("display/colourBlindSafe")).toBool());
    w.window.editor()->fitToView();
    QApplication::processEvents();
    const QImage image = w.window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("window-colour-blind-safe.png"))));

    action->trigger();
    EXPECT_FALSE(QSettings().value(QStringLiteral("display/colourBlindSafe")).toBool());
    ASSERT_EQ(panel->fieldsShown(), fields); // the same field throughout
    EXPECT_EQ(boundary->fieldImage(), standardField);
}

TEST(Screenshots, WindowInPresentationMode)
{
    Window w;
    w.openSpiralAndTrain();
    w.window.action(QStringLiteral("presentationModeAction"))->trigger();
    QTest::qWait(300); // the charts' paced redraw
    w.window.editor()->fitToView();
    QApplication::processEvents();
    const QImage image = w.window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("window-presentation-mode.png"))));
    EXPECT_GT(test::distinctColours(image, test::areaIn(&w.window, w.window.decisionBoundary())), 60);
    EXPECT_EQ(test::itemsOutsideView(w.window.editor()->view()), 0);
}
