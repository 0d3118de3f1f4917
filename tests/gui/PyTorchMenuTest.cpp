// File > Export > PyTorch Project… in the window: the entry sits in the Export menu
// (screenshot), and the export runs off the GUI thread and writes the folder a
// PyTorch user gets from `netwright-cli export --format pytorch`, with the
// document's weights and the project's data.
#include "DocumentFiles.h"
#include "ExportMenu.h"
#include "GuiTestSupport.h"
#include "io/SafetensorsFile.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

QMenu* exportSubmenu(MainWindow& window)
{
    QAction* entry = window.findChild<QAction*>(QStringLiteral("actionExportPyTorch"));
    if (!entry)
        return nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>())
        if (menu->actions().contains(entry))
            return menu;
    return nullptr;
}

} // namespace

TEST(PyTorchMenu, TheExportMenuHasThePyTorchEntry)
{
    Window w;
    QMenu* menu = exportSubmenu(w.window);
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->actions().contains(w.window.findChild<QAction*>(QStringLiteral("actionExportOnnx"))));
    menu->popup(w.window.mapToGlobal(QPoint(40, 40)));
    QTest::qWait(200);
    EXPECT_TRUE(menu->grab().save(test::screenshotPath(QStringLiteral("export-menu-pytorch.png"))));
    menu->close();
}

TEST(PyTorchMenu, ExportWritesTheFolderWithTheDocumentsWeightsAndData)
{
    Window w;
    ASSERT_TRUE(w.window.files()->openExample(test::examplePath(QStringLiteral("iris"))));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("iris-torch"));
    BackgroundTask<PyTorchExportResult> future = w.window.exportMenu()->exportPyTorch(folder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 30000));
    const PyTorchExportResult result = future.result();
    EXPECT_EQ(result.error, QString());
    EXPECT_TRUE(result.withData);
    for (const char* name :
        { "model.py", "weights.safetensors", "train.py", "README.md", "data/train_x.npy", "data/info.json" })
        EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QLatin1String(name)))) << name;
    QFile model(QDir(folder).filePath(QStringLiteral("model.py")));
    ASSERT_TRUE(model.open(QIODevice::ReadOnly));
    const QByteArray text = model.readAll();
    EXPECT_TRUE(text.contains("self.fc1 = nn.Linear(4, 16)")) << text.constData();
    EXPECT_TRUE(text.contains("CLASSES = [\"setosa\", \"versicolor\", \"virginica\"]"));
}

TEST(PyTorchMenu, AFolderWithOtherFilesGetsASubfolderNamedAfterTheProject)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("digits.nwproj"));
    EXPECT_EQ(ExportMenu::pytorchFolderFor(dir.path(), project), dir.path()); // empty: right there
    QFile file(project);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_EQ(ExportMenu::pytorchFolderFor(dir.path(), project), dir.filePath(QStringLiteral("digits-pytorch")));
    EXPECT_EQ(ExportMenu::pytorchFolderFor(dir.path(), QString()), dir.filePath(QStringLiteral("network-pytorch")));
    QFile model(dir.filePath(QStringLiteral("model.py"))); // an earlier export is replaced in place
    ASSERT_TRUE(model.open(QIODevice::WriteOnly));
    model.close();
    EXPECT_EQ(ExportMenu::pytorchFolderFor(dir.path(), project), dir.path());
}

TEST(PyTorchMenu, WeightsTrainedByTrainPyOpenBackOnTheNetwork)
{
    Window w;
    ASSERT_TRUE(w.window.files()->openExample(test::examplePath(QStringLiteral("iris"))));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("iris-torch"));
    BackgroundTask<PyTorchExportResult> future = w.window.exportMenu()->exportPyTorch(folder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 30000));
    ASSERT_EQ(future.result().error, QString());

    QProcess python;
    python.setWorkingDirectory(folder);
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QStringLiteral("import torch") });
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        GTEST_SKIP() << "no PyTorch at /usr/bin/python3 (python3-torch)";
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("train.py"), QStringLiteral("--epochs"), QStringLiteral("2") });
    ASSERT_TRUE(python.waitForFinished(120000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().constData();

    const QString trained = QDir(folder).filePath(QStringLiteral("trained.safetensors"));
    QString error;
    ASSERT_TRUE(w.window.files()->openWeightsFile(trained, &error)) << error.toStdString();
    const auto file = SafetensorsFile::read(trained, &error);
    ASSERT_TRUE(file) << error.toStdString();
    const std::map<std::string, Tensor>& adopted = w.window.document()->weights();
    ASSERT_EQ(adopted.size(), file->tensors.size());
    for (const auto& [name, tensor] : file->tensors) {
        ASSERT_EQ(adopted.count(name), 1u) << name;
        EXPECT_TRUE(std::equal(tensor.data(), tensor.data() + tensor.size(), adopted.at(name).data())) << name;
    }
}
