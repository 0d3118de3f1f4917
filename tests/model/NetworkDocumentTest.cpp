#include "model/NetworkDocument.h"

#include "io/ProjectFile.h"
#include "model/commands/AddNodeCommand.h"
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
