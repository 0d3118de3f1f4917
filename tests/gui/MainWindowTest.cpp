// The window itself: docks, menus, the file workflow (examples as untitled copies,
// save/load, the modified mark, the unsaved-changes question), help dialogs.
#include "GuiTestSupport.h"
#include "support/ScreenshotChecks.h"

#include "ExampleGallery.h"
#include "ExampleProjects.h"
#include "ExportMenu.h"
#include "KeyboardShortcutsDialog.h"
#include "LayerReferenceDialog.h"
#include "MainWindow.h"
#include "RecentFiles.h"

#include "graph/GraphEditorWidget.h"
#include "model/LayerRegistry.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace nw;

namespace {

struct Window {
    QTemporaryDir autosave;
    MainWindow window;
    Window()
    {
        test::isolateAutosave(window, autosave.path());
        window.show();
    }
};

} // namespace

TEST(MainWindow, OpensWithEveryDockAndMenu)
{
    Window w;
    const QStringList names = { QStringLiteral("paletteDock"), QStringLiteral("inspectorDock"),
        QStringLiteral("problemsDock"), QStringLiteral("datasetDock"), QStringLiteral("trainingDock"),
        QStringLiteral("chartsDock") };
    QStringList found;
    for (QDockWidget* dock : w.window.docks()) {
        ASSERT_NE(dock, nullptr);
        found << dock->objectName();
        EXPECT_TRUE(dock->toggleViewAction()->isChecked()) << dock->objectName().toStdString();
        EXPECT_EQ(w.window.dockWidgetArea(dock) == Qt::NoDockWidgetArea, false);
    }
    for (const QString& name : names)
        EXPECT_TRUE(found.contains(name)) << name.toStdString();
    for (const char* action : { "actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionExportWeights",
             "actionExportImage", "actionQuit", "actionUndo", "actionRedo", "actionZoomIn", "actionZoomOut",
             "actionFit", "actionTrainStart", "actionTrainPause", "actionTrainResume", "actionTrainStep",
             "actionTrainStop", "actionTrainReset", "actionLayerReference", "actionShortcuts", "actionAbout" })
        EXPECT_NE(w.window.action(QString::fromLatin1(action)), nullptr) << action;
    EXPECT_EQ(w.window.action(QStringLiteral("actionSave"))->shortcut(), QKeySequence(QKeySequence::Save));
    // Idle: only Start (and Reset) are offered.
    EXPECT_TRUE(w.window.action(QStringLiteral("actionTrainStart"))->isEnabled());
    EXPECT_FALSE(w.window.action(QStringLiteral("actionTrainPause"))->isEnabled());
    EXPECT_FALSE(w.window.action(QStringLiteral("actionTrainStop"))->isEnabled());
    EXPECT_EQ(w.window.windowTitle(), QStringLiteral("Untitled[*] — Netwright"));
}

TEST(MainWindow, DockLayoutIsRestored)
{
    {
        Window w;
        QDockWidget* problems = w.window.docks().at(2);
        problems->hide();
        w.window.close();
    }
    Window again;
    EXPECT_FALSE(again.window.docks().at(2)->toggleViewAction()->isChecked());
    again.window.docks().at(2)->show();
    again.window.close();
}

TEST(MainWindow, ExampleOpensAsUntitledCopyAndEditsMarkTheTitle)
{
    Window w;
    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("spiral"))));
    NetworkDocument* doc = w.window.document();
    EXPECT_TRUE(doc->filePath().isEmpty()); // Save asks for a new place: the bundled file stays as shipped
    EXPECT_EQ(doc->name(), QStringLiteral("Spiral"));
    EXPECT_FALSE(w.window.isWindowModified());
    const qsizetype nodes = doc->model()->nodes().size();

    EXPECT_FALSE(w.window.editor()->addLayerAtCenter(QStringLiteral("Dense")).isEmpty());
    EXPECT_EQ(doc->model()->nodes().size(), nodes + 1);
    EXPECT_TRUE(w.window.isWindowModified());
    EXPECT_TRUE(w.window.windowTitle().contains(QStringLiteral("[*]")));

    w.window.action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(doc->model()->nodes().size(), nodes);
    EXPECT_FALSE(w.window.isWindowModified());
    w.window.action(QStringLiteral("actionRedo"))->trigger();
    EXPECT_EQ(doc->model()->nodes().size(), nodes + 1);
    EXPECT_TRUE(w.window.isWindowModified());
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    w.window.close();
}

TEST(MainWindow, CommandLineExamplePathAlsoOpensACopy)
{
    Window w;
    ASSERT_TRUE(w.window.openFile(test::examplePath(QStringLiteral("xor"))));
    EXPECT_TRUE(w.window.document()->filePath().isEmpty());
    EXPECT_TRUE(ExampleProjects::isExample(test::examplePath(QStringLiteral("xor"))));
}

TEST(MainWindow, SaveAndLoadRoundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.nwproj"));
    Project saved;
    {
        Window w;
        ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("iris"))));
        w.window.editor()->addLayerAtCenter(QStringLiteral("Dropout"));
        QString error;
        ASSERT_TRUE(w.window.saveTo(path, &error)) << error.toStdString();
        EXPECT_FALSE(w.window.isWindowModified());
        EXPECT_EQ(w.window.windowTitle(), QStringLiteral("mine.nwproj[*] — Netwright"));
        EXPECT_EQ(w.window.document()->filePath(), path);
        saved = w.window.document()->project();
        w.window.close();
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(path));
    EXPECT_EQ(w.window.document()->filePath(), path);
    EXPECT_FALSE(w.window.isWindowModified());
    EXPECT_EQ(w.window.document()->project(), saved);
    // And it is now the first recent file.
    EXPECT_EQ(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), path);
}

TEST(MainWindow, ClosingWithUnsavedChangesAsks)
{
    Window w;
    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("spiral"))));
    w.window.editor()->addLayerAtCenter(QStringLiteral("Dense"));
    ASSERT_TRUE(w.window.isWindowModified());

    QString question;
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Cancel); }, &question);
    EXPECT_FALSE(w.window.close());
    EXPECT_TRUE(w.window.isVisible());
    EXPECT_TRUE(question.contains(QStringLiteral("unsaved")));

    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    EXPECT_TRUE(w.window.close());
    EXPECT_FALSE(w.window.isVisible());
}

TEST(MainWindow, ClosingUnmodifiedDoesNotAsk)
{
    Window w;
    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("spiral"))));
    EXPECT_TRUE(w.window.close()); // a box would block here: no timer answers it
}

TEST(MainWindow, ExportsWeightsAndGraphImage)
{
    QTemporaryDir dir;
    Window w;
    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("spiral"))));
    QString error;
    const QString weights = dir.filePath(QStringLiteral("w.safetensors"));
    ASSERT_TRUE(w.window.exportMenu()->exportWeights(weights, &error)) << error.toStdString();
    EXPECT_GT(QFile(weights).size(), 1000);
    const QString png = dir.filePath(QStringLiteral("g.png"));
    ASSERT_TRUE(w.window.exportMenu()->exportGraphImage(png, &error)) << error.toStdString();
    QImage image(png);
    EXPECT_GT(image.width(), 400);
    EXPECT_GT(test::distinctColours(image), 20) << "the picture shows no cards";
}

TEST(RecentFiles, KeepsEightNewestFirstAndPrunesMissing)
{
    QSettings().remove(QStringLiteral("recentFiles"));
    QTemporaryDir dir;
    QMenu menu;
    RecentFiles recent(&menu);
    for (int i = 0; i < 10; ++i) {
        QFile file(dir.filePath(QStringLiteral("p%1.nwproj").arg(i)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        recent.add(file.fileName());
    }
    QStringList files = recent.files();
    ASSERT_EQ(files.size(), RecentFiles::kMaxFiles);
    EXPECT_TRUE(files.first().endsWith(QStringLiteral("p9.nwproj")));
    QFile::remove(files.first());
    files = recent.files();
    EXPECT_EQ(files.size(), RecentFiles::kMaxFiles - 1);
    EXPECT_TRUE(files.first().endsWith(QStringLiteral("p8.nwproj")));
}

TEST(HelpDialogs, LayerReferenceListsEveryLayer)
{
    LayerReferenceDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    for (const QString& type : LayerRegistry::instance().typeNames())
        EXPECT_TRUE(text.contains(type)) << type.toStdString();
}

TEST(HelpDialogs, ShortcutsListTheMenus)
{
    Window w;
    KeyboardShortcutsDialog dialog(w.window.menuBar());
    QStringList commands;
    for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
        for (int j = 0; j < dialog.tree()->topLevelItem(i)->childCount(); ++j)
            commands << dialog.tree()->topLevelItem(i)->child(j)->text(0);
    EXPECT_TRUE(commands.contains(QStringLiteral("Save")));
    EXPECT_TRUE(commands.contains(QStringLiteral("Start Training")));
}

TEST(ExampleGallery, ShowsEveryExampleWithSpiralPreselected)
{
    ExampleGallery gallery;
    EXPECT_EQ(gallery.list()->count(), ExampleProjects::all().size());
    EXPECT_GE(gallery.list()->count(), 5);
    EXPECT_TRUE(gallery.selectedPath().endsWith(QStringLiteral("spiral.nwproj")));
    EXPECT_TRUE(gallery.list()->currentItem()->text().contains(QStringLiteral("spiral arms")));
}
