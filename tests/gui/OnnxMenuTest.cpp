// File > Export > ONNX… and File > Import > ONNX Model… in the window: the export
// runs off the GUI thread and writes a model the importer reads back; an import
// opens as an untitled, modified project with its weights, ready to train or save;
// a bad file is refused in a message box and leaves the document as it was.
#include "DocumentFiles.h"
#include "ExportMenu.h"
#include "GuiTestSupport.h"
#include "interop/onnx/OnnxImporter.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace nw;

namespace {

struct Window {
    QTemporaryDir autosave;
    MainWindow window;
    Window()
    {
        test::isolateAutosave(window, autosave.path());
        window.resize(1280, 800);
        window.show();
    }
};

QString fixture(const char* name)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/tests/fixtures/onnx/") + QLatin1String(name);
}

} // namespace

TEST(OnnxMenu, FileMenuHasTheExportAndImportEntries)
{
    Window w;
    QAction* exportOnnx = w.window.findChild<QAction*>(QStringLiteral("actionExportOnnx"));
    QAction* importOnnx = w.window.findChild<QAction*>(QStringLiteral("actionImportOnnx"));
    ASSERT_NE(exportOnnx, nullptr);
    ASSERT_NE(importOnnx, nullptr);
    // File > Export > ONNX… and File > Import > ONNX Model…
    for (QAction* action : { exportOnnx, importOnnx }) {
        const auto menus = action->associatedObjects();
        ASSERT_FALSE(menus.isEmpty());
        auto* submenu = qobject_cast<QMenu*>(menus.first());
        ASSERT_NE(submenu, nullptr);
        EXPECT_EQ(submenu->title(), action == exportOnnx ? QStringLiteral("&Export") : QStringLiteral("&Import"));
        submenu->adjustSize();
        EXPECT_TRUE(submenu->grab().save(test::screenshotPath(
            action == exportOnnx ? QStringLiteral("onnx-export-menu.png") : QStringLiteral("onnx-import-menu.png"))));
    }
}

TEST(OnnxMenu, ExportWritesTheDocumentsNetworkInTheBackground)
{
    Window w;
    ASSERT_TRUE(w.window.files()->openExample(test::examplePath(QStringLiteral("iris"))));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iris.onnx"));
    BackgroundTask<QString> future = w.window.exportMenu()->exportOnnx(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 30000));
    EXPECT_EQ(future.result(), QString());
    QString error;
    const auto back = OnnxImporter::read(path, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_TRUE(back->notes.join(QLatin1Char(' ')).contains(QStringLiteral("versicolor")));
    EXPECT_EQ(back->weights.size(), 4u); // fc1 and out: weight and bias
}

TEST(OnnxMenu, ImportOpensAnUntitledModifiedProjectWithItsWeights)
{
    Window w;
    ASSERT_TRUE(w.window.files()->importOnnx(fixture("torch_cnn.onnx")));
    NetworkDocument* doc = w.window.document();
    EXPECT_TRUE(doc->filePath().isEmpty());
    EXPECT_TRUE(doc->isModified());
    EXPECT_TRUE(doc->model()->hasNode(QStringLiteral("conv1")));
    EXPECT_TRUE(doc->model()->hasNode(QStringLiteral("fc")));
    EXPECT_EQ(doc->weights().count("conv1.weight"), 1u);
    doc->compileNow();
    EXPECT_TRUE(doc->compileResult().ok()) << doc->compileResult().summary().toStdString();
    QTest::qWait(200);
    const QString shot = test::screenshotPath(QStringLiteral("onnx-import.png"));
    EXPECT_TRUE(w.window.grab().save(shot));
}

TEST(OnnxMenu, ABadFileIsRefusedAndTheDocumentStays)
{
    Window w;
    ASSERT_TRUE(w.window.files()->openExample(test::examplePath(QStringLiteral("xor"))));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.onnx"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a model at all");
    f.close();
    QString error;
    EXPECT_FALSE(w.window.files()->importOnnx(bad, &error));
    EXPECT_TRUE(error.contains(bad) && error.contains(QStringLiteral("not an ONNX model"))) << error.toStdString();
    EXPECT_TRUE(w.window.document()->model()->hasNode(QStringLiteral("fc1")));
}
