#include "model/NetworkDocument.h"

#include "io/ProjectFile.h"
#include "model/commands/AddNodeCommand.h"
#include "model/commands/ConnectCommand.h"
#include "model/commands/MoveNodesCommand.h"
#include "UndoTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nw;
using namespace nw::test;

namespace {

// Counts modifiedChanged/filePathChanged and remembers their last values.
struct DocumentLog : QObject {
    explicit DocumentLog(NetworkDocument& document)
    {
        connect(&document, &NetworkDocument::modifiedChanged, this, [this](bool m) { modified << m; });
        connect(&document, &NetworkDocument::filePathChanged, this, [this](const QString& p) { paths << p; });
    }
    QList<bool> modified;
    QStringList paths;
};

} // namespace

TEST(NetworkDocument, CleanStateFollowsSaveAndUndo)
{
    ASSERT_EQ(QCoreApplication::instance(), nullptr);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("net.nwproj"));

    NetworkDocument document;
    DocumentLog log(document);
    EXPECT_FALSE(document.isModified());
    document.push(new AddNodeCommand(document.model(), QStringLiteral("Input"), { 0, 0 }));
    document.push(new AddNodeCommand(document.model(), QStringLiteral("Dense"), { 200, 0 }));
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(log.modified, QList<bool> { true });

    QString error;
    ASSERT_TRUE(document.save(path, &error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);
    EXPECT_EQ(log.paths, QStringList { path });
    EXPECT_EQ(log.modified, QList<bool>({ true, false }));

    // Undo past the saved point is a change; redo back to it is not.
    document.undoStack()->undo();
    EXPECT_TRUE(document.isModified());
    document.undoStack()->redo();
    EXPECT_FALSE(document.isModified());
    // An edit after the save, undone again: back at the saved point.
    document.push(new MoveNodesCommand(document.model(), { { QStringLiteral("dense1"), QPointF(200, 0) } },
        { { QStringLiteral("dense1"), QPointF(250, 10) } }));
    EXPECT_TRUE(document.isModified());
    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(log.modified, QList<bool>({ true, false, true, false, true, false }));

    // The non-graph parts count too, and are saved.
    TrainingConfig training = document.trainingConfig();
    training.epochs = 7;
    document.setTrainingConfig(training);
    document.setName(QStringLiteral("Tiny"));
    EXPECT_TRUE(document.isModified());
    ASSERT_TRUE(document.save(path, &error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());

    NetworkDocument reopened;
    ASSERT_TRUE(reopened.load(path, &error)) << error.toStdString();
    EXPECT_FALSE(reopened.isModified());
    EXPECT_FALSE(reopened.undoStack()->canUndo());
    EXPECT_EQ(reopened.filePath(), path);
    EXPECT_EQ(reopened.name(), QStringLiteral("Tiny"));
    EXPECT_EQ(reopened.trainingConfig().epochs, 7);
    EXPECT_EQ(jsonText(*reopened.model()), jsonText(*document.model()));
    EXPECT_EQ(reopened.project(), document.project());
}

TEST(NetworkDocument, LoadClearsHistoryAndAFailedLoadChangesNothing)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.nwproj"));
    const QString bad = dir.filePath(QStringLiteral("bad.nwproj"));
    Project project;
    project.graph = parseJson(R"({"nodes": [{"id": "x", "type": "Input", "params": {}, "position": [1, 2]}],
        "edges": []})");
    QString error;
    ASSERT_TRUE(ProjectFile::write(good, project, &error)) << error.toStdString();
    project.graph = parseJson(R"({"nodes": [{"id": "x", "type": "Dense", "params": {"units": "abc"},
        "position": [1, 2]}], "edges": []})");
    ASSERT_TRUE(ProjectFile::write(bad, project, &error)) << error.toStdString();

    NetworkDocument document;
    document.push(new AddNodeCommand(document.model(), QStringLiteral("Dense"), {}));
    const std::string edited = jsonText(*document.model());
    EXPECT_FALSE(document.load(bad, &error));
    EXPECT_TRUE(error.startsWith(bad)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("graph.nodes[0].params.units"))) << error.toStdString();
    EXPECT_EQ(jsonText(*document.model()), edited);
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.undoStack()->canUndo());

    ASSERT_TRUE(document.load(good, &error)) << error.toStdString();
    EXPECT_EQ(document.model()->nodeIds(), QStringList { QStringLiteral("x") });
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(document.undoStack()->canUndo());
}

TEST(NetworkDocument, SavingUnderANewPathKeepsTheWeightsFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("a")));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("b/c")));
    const QString first = dir.filePath(QStringLiteral("a/net.nwproj"));
    const QString second = dir.filePath(QStringLiteral("b/c/net.nwproj"));
    NetworkDocument document;
    document.setWeightsPath(QStringLiteral("net.safetensors")); // beside the first file
    QString error;
    ASSERT_TRUE(document.save(first, &error)) << error.toStdString();
    ASSERT_TRUE(document.save(second, &error)) << error.toStdString();
    const std::optional<Project> saved = ProjectFile::read(second, &error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->resolvedWeightsPath(second), dir.filePath(QStringLiteral("a/net.safetensors")));
}

// The document owns the live compile: edits schedule one, compileNow() runs it (headless
// there is no event loop to), and compiled() announces the one result every view reads.
TEST(NetworkDocument, OwnsTheCompileResultOfTheGraphAsItIsNow)
{
    ASSERT_EQ(QCoreApplication::instance(), nullptr);
    NetworkDocument document;
    int announced = 0;
    qint64 lastTotal = -1;
    QObject::connect(&document, &NetworkDocument::compiled, [&](const CompileResult& result) {
        ++announced;
        EXPECT_EQ(&result, &document.compileResult());
    });
    QObject::connect(&document, &NetworkDocument::totalParametersChanged, [&](qint64 total) { lastTotal = total; });
    EXPECT_FALSE(document.compileResult().ok()) << "an empty network has no input";

    auto* input = new AddNodeCommand(document.model(), QStringLiteral("Input"), { 0, 0 },
        { { QStringLiteral("shape"), QVariantList { 4 } } });
    document.push(input);
    auto* dense = new AddNodeCommand(document.model(), QStringLiteral("Dense"), { 200, 0 },
        { { QStringLiteral("units"), 3 } });
    document.push(dense);
    document.push(new ConnectCommand(document.model(), { input->nodeId(), dense->nodeId(), 0 }));
    EXPECT_EQ(announced, 0) << "edits only schedule a compile";
    EXPECT_TRUE(document.compileResult().nodes.isEmpty());

    document.compileNow();
    EXPECT_EQ(announced, 1) << "three edits, one compile";
    ASSERT_TRUE(document.compileResult().ok()) << document.compileResult().summary().toStdString();
    EXPECT_EQ(document.compileResult().totalParameters, 4 * 3 + 3);
    EXPECT_EQ(lastTotal, 15);
    EXPECT_EQ(document.compileResult().nodes.value(dense->nodeId()).outputShape, (Shape { 3 }));

    // Moving a card changes no shape: nothing to compile.
    document.push(new MoveNodesCommand(document.model(), { { dense->nodeId(), QPointF(200, 0) } },
        { { dense->nodeId(), QPointF(260, 40) } }));
    document.compileNow();
    EXPECT_EQ(announced, 1);

    // Undo is an edit like any other.
    document.undoStack()->undo(); // the move
    document.undoStack()->undo(); // the connection
    document.undoStack()->undo(); // the Dense card
    document.compileNow();
    EXPECT_EQ(announced, 2);
    EXPECT_FALSE(document.compileResult().nodes.contains(dense->nodeId()));
    EXPECT_EQ(lastTotal, 0);
}

// The document owns the trained weights: a run's weights mark it modified and carry
// their epoch; a loaded project's weights file does not; loading forgets the old ones.
TEST(NetworkDocument, OwnsTheTrainedWeightsAndTheirEpoch)
{
    NetworkDocument document;
    int changes = 0;
    QObject::connect(&document, &NetworkDocument::weightsChanged, [&] { ++changes; });
    EXPECT_TRUE(document.weights().empty());
    EXPECT_EQ(document.weightsEpoch(), -1);

    std::map<std::string, Tensor> trained;
    trained.emplace("fc.weight", Tensor({ 2, 3 }, 0.5f));
    const quint64 before = document.revision();
    document.setWeights(trained, 7);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(document.weightsEpoch(), 7);
    EXPECT_EQ(document.weights().at("fc.weight").shape(), (Shape { 2, 3 }));
    EXPECT_TRUE(document.isModified()) << "the trained weights are not in the file yet";
    EXPECT_GT(document.revision(), before);

    // Reset: back to none, still a change against the file.
    document.setWeights({}, -1);
    EXPECT_EQ(changes, 2);
    EXPECT_TRUE(document.weights().empty());
    document.setWeights({}, -1);
    EXPECT_EQ(changes, 2) << "resetting untrained weights changes nothing";

    // A project's own weights come with it: no change against its file.
    QString error;
    ASSERT_TRUE(document.loadProject(Project(), QString(), &error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());
    document.adoptWeights(trained);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.weightsEpoch(), -1);
    ASSERT_TRUE(document.loadProject(Project(), QString(), &error));
    EXPECT_TRUE(document.weights().empty()) << "the old weights belong to the old network";
}
