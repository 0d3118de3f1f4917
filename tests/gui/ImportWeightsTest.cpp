// File > Import Weights... and Start, as a user does it: the digits MLP, pre-trained by
// the CLI on all ten classes, gives its weights to a copy that learns classes 5-9
// with a five-unit head and a frozen fc1. The dialog lists every node's verdict before
// anything changes; Apply hands the weights to the document (the inspector says
// "imported"); Start keeps them, initialises only the head and says so; the frozen
// layer ends the run bit for bit as imported. Reset Weights goes back to the seed.
#include "GuiTestSupport.h"

#include "DocumentFiles.h"
#include "ImportWeightsDialog.h"
#include "MainWindow.h"
#include "TrainingController.h"
#include "WeightsImporter.h"

#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/NodeInspector.h"
#include "io/SafetensorsFile.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstring>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 30000;

bool same(const Tensor& a, const Tensor& b)
{
    return a.shape() == b.shape() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

// digits.nwproj trained by netwright-cli for one epoch: the weights to import.
QString pretrain(const QTemporaryDir& dir)
{
    const QString out = dir.filePath(QStringLiteral("pre.nwproj"));
    QProcess cli;
    cli.start(QStringLiteral(NETWRIGHT_CLI),
        { QStringLiteral("train"), test::examplePath(QStringLiteral("digits")), QStringLiteral("--epochs"),
            QStringLiteral("1"), QStringLiteral("--out"), out });
    EXPECT_TRUE(cli.waitForFinished(kTimeoutMs));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    return out;
}

// The digits MLP learning classes 5-9 (five-unit head) with fc1 frozen.
QString writeTarget(const QTemporaryDir& dir)
{
    QFile in(test::examplePath(QStringLiteral("digits")));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject graph = project.value(QStringLiteral("graph")).toObject();
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        if (node.value(QStringLiteral("id")).toString() == QLatin1String("out"))
            node[QStringLiteral("params")] = QJsonObject{ { "units", 5 } };
        if (node.value(QStringLiteral("id")).toString() == QLatin1String("fc1"))
            node[QStringLiteral("trainable")] = false;
        nodes[i] = node;
    }
    graph[QStringLiteral("nodes")] = nodes;
    project[QStringLiteral("graph")] = graph;
    QJsonObject dataset = project.value(QStringLiteral("dataset")).toObject();
    dataset[QStringLiteral("spec")] = QStringLiteral("bundled:digits?classes=5,6,7,8,9&per_class=30");
    project[QStringLiteral("dataset")] = dataset;
    QJsonObject training = project.value(QStringLiteral("training")).toObject();
    training[QStringLiteral("epochs")] = 3;
    project[QStringLiteral("training")] = training;
    const QString path = dir.filePath(QStringLiteral("target.nwproj"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(project).toJson());
    return path;
}

QStringList rows(QTreeWidget* table)
{
    QStringList lines;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = table->topLevelItem(i);
        lines << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2);
    }
    return lines;
}

void trainOnce(MainWindow& window)
{
    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    QSignalSpy failed(window.training(), &TrainingController::runFailed);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() + failed.count() > 0; }, kTimeoutMs));
    ASSERT_EQ(failed.count(), 0) << failed.first().first().toString().toStdString();
}

} // namespace

TEST(ImportWeights, VerdictsThenApplyThenStartKeepsTheImportedWeights)
{
    QTemporaryDir dir, autosave;
    const QString pre = pretrain(dir);
    const auto imported = SafetensorsFile::read(dir.filePath(QStringLiteral("pre.safetensors")), nullptr);
    ASSERT_TRUE(imported);

    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openFile(writeTarget(dir)));
    ASSERT_NE(window.action(QStringLiteral("actionImportWeights")), nullptr);

    QString error;
    ASSERT_TRUE(window.weightsImporter()->importFile(pre, &error)) << error.toStdString();
    ImportWeightsDialog* dialog = window.weightsImporter()->dialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(rows(dialog->table()),
        (QStringList{ QStringLiteral("fc1|fc1|loaded"), QStringLiteral("out|out|shape mismatch: [10, 64] vs [5, 64]") }));
    EXPECT_TRUE(window.document()->weights().empty()) << "nothing changes before Apply";
    EXPECT_TRUE(dialog->grab().save(test::screenshotPath(QStringLiteral("import-weights-dialog.png"))));
    dialog->buttons()->button(QDialogButtonBox::Apply)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.document()->weights().empty(); }, 2000));
    EXPECT_TRUE(same(window.document()->weights().at("fc1.weight"), imported->tensors.at("fc1.weight")));
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("fc1")), WeightOrigin::Imported);
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("out")), WeightOrigin::Initial);

    // The inspector, per node.
    auto* inspector = window.findChild<NodeInspector*>();
    ASSERT_NE(inspector, nullptr);
    window.editor()->scene()->selectNodes({ QStringLiteral("fc1") });
    EXPECT_EQ(inspector->weightsText(), QStringLiteral("imported"));
    if (auto* dock = qobject_cast<QDockWidget*>(inspector->parentWidget()))
        dock->raise();
    QTest::qWait(50);
    EXPECT_TRUE(inspector->grab().save(test::screenshotPath(QStringLiteral("inspector-imported-weights.png"))));
    window.editor()->scene()->selectNodes({ QStringLiteral("out") });
    EXPECT_EQ(inspector->weightsText(), QStringLiteral("initial (from the seed)"));

    // Start keeps the imported (and frozen) fc1 and draws only the head from the seed.
    trainOnce(window);
    EXPECT_EQ(window.training()->lastStartingWeights(), QStringLiteral("kept imported weights for fc1; initialised out"));
    EXPECT_TRUE(same(window.document()->weights().at("fc1.weight"), imported->tensors.at("fc1.weight")));
    EXPECT_TRUE(same(window.document()->weights().at("fc1.bias"), imported->tensors.at("fc1.bias")));
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("fc1")), WeightOrigin::Imported);
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("out")), WeightOrigin::Trained);
    window.editor()->scene()->selectNodes({ QStringLiteral("out") });
    EXPECT_EQ(inspector->weightsText(), QStringLiteral("trained"));
    const Tensor trainedHead = window.document()->weights().at("out.weight");

    // Start again: the head goes on from its trained weights.
    trainOnce(window);
    EXPECT_EQ(window.training()->lastStartingWeights(),
        QStringLiteral("kept imported weights for fc1; kept trained weights for out"));
    EXPECT_FALSE(same(window.document()->weights().at("out.weight"), trainedHead));

    // Reset Weights is the way back to the seed, for every layer.
    window.action(QStringLiteral("actionTrainReset"))->trigger();
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("fc1")), WeightOrigin::Initial);
    trainOnce(window);
    EXPECT_EQ(window.training()->lastStartingWeights(), QStringLiteral("initialised every layer from the seed"));
    EXPECT_FALSE(same(window.document()->weights().at("fc1.weight"), imported->tensors.at("fc1.weight")));
}

// A crash after Import: the autosave side file keeps where each node's weights came
// from, and the restored window still says fc1 is imported and out is the seed's.
TEST(ImportWeights, TheNodesOriginsSurviveACrashThroughTheAutosave)
{
    QTemporaryDir dir, autosave;
    const QString pre = pretrain(dir);
    {
        auto* crashed = new MainWindow;
        test::isolateAutosave(*crashed, autosave.path());
        ASSERT_TRUE(crashed->openFile(writeTarget(dir)));
        QString error;
        ASSERT_TRUE(crashed->weightsImporter()->importFile(pre, &error)) << error.toStdString();
        ImportWeightsDialog* dialog = crashed->weightsImporter()->dialog();
        ASSERT_NE(dialog, nullptr);
        dialog->buttons()->button(QDialogButtonBox::Apply)->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !crashed->document()->weights().empty(); }, 2000));
        ASSERT_EQ(crashed->document()->weightOrigin(QStringLiteral("fc1")), WeightOrigin::Imported);
        ASSERT_TRUE(crashed->autosaveNow());
        delete crashed; // no close, no discard
    }
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    test::answerNextMessageBox([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Restore"))
                return button;
        return static_cast<QAbstractButton*>(nullptr);
    });
    window.offerAutosaveRestore();
    ASSERT_FALSE(window.document()->weights().empty());
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("fc1")), WeightOrigin::Imported);
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("out")), WeightOrigin::Initial);
}

TEST(ImportWeights, AFileThatCannotBeImportedChangesNothing)
{
    QTemporaryDir dir, autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("digits"))));
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.safetensors"));
    EXPECT_FALSE(window.weightsImporter()->importFile(missing, &error));
    EXPECT_EQ(error, missing + QStringLiteral(": no such file"));
    EXPECT_EQ(window.weightsImporter()->dialog(), nullptr);
    EXPECT_TRUE(window.document()->weights().empty());

    // Nothing fits: the dialog says so and offers no Apply.
    SafetensorsContents unrelated;
    unrelated.tensors.emplace("fc1.weight", Tensor({ 3, 3 }, 1.0f));
    const QString other = dir.filePath(QStringLiteral("other.safetensors"));
    ASSERT_TRUE(SafetensorsFile::write(other, unrelated, &error));
    ASSERT_TRUE(window.weightsImporter()->importFile(other, &error));
    ImportWeightsDialog* dialog = window.weightsImporter()->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    EXPECT_EQ(rows(dialog->table()).first(), QStringLiteral("fc1|fc1|shape mismatch: [3, 3] vs [64, 64]"));
    dialog->reject();
    EXPECT_TRUE(window.document()->weights().empty());
}

// The lesson as shipped: the pre-trained project's weights into Fashion transfer (no
// data needs loading to match them).
TEST(ImportWeights, TheFashionTransferLessonLoadsEverythingButTheNewHead)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("fashion-transfer"))));
    QString error;
    ASSERT_TRUE(window.weightsImporter()->importFile(test::examplePath(QStringLiteral("fashion-transfer-pretrain")), &error))
        << error.toStdString();
    ImportWeightsDialog* dialog = window.weightsImporter()->dialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(rows(dialog->table()),
        (QStringList{ QStringLiteral("conv1|conv1|loaded"), QStringLiteral("bn1|bn1|loaded"),
            QStringLiteral("conv2|conv2|loaded"), QStringLiteral("bn2|bn2|loaded"), QStringLiteral("fc1|fc1|loaded"),
            QStringLiteral("head|head|skipped") }));
    EXPECT_TRUE(dialog->grab().save(test::screenshotPath(QStringLiteral("import-weights-fashion-transfer.png"))));
    dialog->buttons()->button(QDialogButtonBox::Apply)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.document()->weights().empty(); }, 2000));
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("conv2")), WeightOrigin::Imported);
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("head")), WeightOrigin::Initial);
    window.editor()->scene()->selectNodes({ QStringLiteral("conv2") });
    auto* inspector = window.findChild<NodeInspector*>();
    ASSERT_NE(inspector, nullptr);
    if (auto* dock = qobject_cast<QDockWidget*>(inspector->parentWidget()))
        dock->raise();
    QTest::qWait(50);
    EXPECT_EQ(inspector->weightsText(), QStringLiteral("imported"));
    EXPECT_TRUE(window.grab().save(test::screenshotPath(QStringLiteral("window-fashion-transfer-imported.png"))));

    // Saved and opened again, the weights still say where they came from.
    const QString saved = autosave.filePath(QStringLiteral("lesson.nwproj"));
    ASSERT_TRUE(window.files()->saveTo(saved, &error)) << error.toStdString();
    ASSERT_TRUE(window.openFile(saved, &error)) << error.toStdString();
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("conv2")), WeightOrigin::Imported);
    EXPECT_EQ(window.document()->weightOrigin(QStringLiteral("head")), WeightOrigin::Initial);
}
