// Token sequences in the panels: the dataset dock shows a word list's words with
// their tokens and ids, the sample inspector and the confusion gallery show a
// sample as its characters, a tagging task shows its per-position classes.
// PNGs land in the build tree (NETWRIGHT_UPDATE_SCREENSHOTS=1: docs/screenshots/).
#include "analysis/EvaluationRunner.h"
#include "analysis/SampleGallery.h"
#include "analysis/SampleInspector.h"
#include "panels/DatasetDock.h"
#include "panels/SampleTableModel.h"

#include "model/NetworkDocument.h"
#include "training/PreparedProject.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QListWidget>
#include <QTableWidget>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace nw;

namespace {

const QString kWords = QStringLiteral("words:" NETWRIGHT_SOURCE_DIR "/tests/fixtures/dict?languages=english,german,swedish&words=6&max_len=8");

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

QJsonObject node(const char* id, const char* type, const QJsonObject& params, int x)
{
    return { { "id", id }, { "type", type }, { "params", params }, { "position", QJsonArray { x, 0 } } };
}

// A character model on the fixture's words, trained and evaluated on its training split.
std::shared_ptr<const EvaluationResult> wordsResult()
{
    Project project;
    const QJsonArray nodes { node("input", "Input", { { "shape", QJsonArray { 8 } } }, 0),
        node("embed", "Embedding", { { "vocab_size", 40 }, { "dim", 8 } }, 200),
        node("pool", "SequencePool", { { "mode", "mean" } }, 400), node("out", "Dense", { { "units", 3 } }, 600) };
    QJsonArray edges;
    for (int i = 0; i + 1 < nodes.size(); ++i)
        edges.append(QJsonObject { { "from", nodes[i].toObject().value("id") }, { "to", nodes[i + 1].toObject().value("id") },
            { "port", 0 } });
    project.graph = QJsonObject { { "nodes", nodes }, { "edges", edges } };
    project.dataset.spec = kWords;
    project.dataset.testFraction = 0.0;
    project.dataset.validationFraction = 0.0;
    project.training.epochs = 30;
    project.training.learningRate = 0.05;
    QString error;
    std::shared_ptr<PreparedProject> prepared
        = PreparedProject::fromProject(project, QStringLiteral(NETWRIGHT_SCREENSHOT_DIR "/words.nwproj"), {}, &error);
    if (!prepared || !prepared->isValid()) {
        ADD_FAILURE() << error.toStdString();
        return nullptr;
    }
    ProjectTraining(*prepared, { .threads = 1 }).run();
    return EvaluationRunner::evaluate(std::move(prepared), DataPart::Train, 1);
}

} // namespace

TEST(TextScreenshots, DatasetDockShowsWordsAndTheirTokens)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    dock.resize(560, 900);
    dock.show();
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    QSignalSpy failed(&dock, &DatasetDock::loadFailed);
    DatasetReference ref;
    ref.spec = kWords;
    document.setDataset(ref);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 60000));
    ASSERT_TRUE(failed.isEmpty()) << failed.value(0).value(0).toString().toStdString();
    QTest::qWait(100);
    // The spec survives the dock's own round trip through its editors.
    EXPECT_EQ(document.dataset().spec, kWords);
    auto* table = dock.findChild<QAbstractItemView*>();
    ASSERT_TRUE(table);
    const QAbstractItemModel* model = dock.findChild<SampleTableModel*>();
    ASSERT_TRUE(model);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("text"));
    const QString word = model->index(0, 0).data().toString();
    const QString tokens = model->index(0, 1).data().toString();
    EXPECT_FALSE(word.isEmpty());
    EXPECT_TRUE(tokens.startsWith(word.left(1) + QLatin1Char(' '))) << tokens.toStdString(); // "h 5 · ä 17 ..."
    EXPECT_TRUE(QStringList({ "english", "german", "swedish" }).contains(model->index(0, 2).data().toString()));
    EXPECT_TRUE(dock.grab().toImage().save(screenshotDir() + QStringLiteral("/dataset-dock-words.png")));
}

TEST(TextScreenshots, InspectorAndGalleryShowTheCharacters)
{
    const auto r = wordsResult();
    ASSERT_TRUE(r);
    SampleInspector inspector;
    inspector.resize(720, 360);
    inspector.setResult(r);
    ASSERT_TRUE(inspector.showSample(r->datasetIndices[0]));
    const QString word = QString::fromStdString(r->dataset->sampleText(r->datasetIndices[0]));
    auto* table = inspector.findChild<QTableWidget*>();
    ASSERT_TRUE(table);
    EXPECT_EQ(table->rowCount(), word.size());
    EXPECT_EQ(table->item(0, 0)->text(), word.left(1));
    EXPECT_TRUE(inspector.grab().toImage().save(screenshotDir() + QStringLiteral("/analysis-sample-inspector-words.png")));

    SampleGallery gallery;
    gallery.resize(560, 260);
    std::vector<std::size_t> positions(std::min<std::size_t>(12, r->sampleCount()));
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = i;
    gallery.showSamples(r, positions, QStringLiteral("words"));
    QListWidget* list = gallery.list();
    ASSERT_GT(list->count(), 0);
    EXPECT_FALSE(list->item(0)->text().contains(QStringLiteral("x0 ="))) << list->item(0)->text().toStdString();
    EXPECT_TRUE(gallery.grab().toImage().save(screenshotDir() + QStringLiteral("/analysis-gallery-words.png")));
}
