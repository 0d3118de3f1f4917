#include "io/ProjectFile.h"

#include "io/ProjectMigration.h"
#include "TestFiles.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace nw;

namespace {

Project sampleProject()
{
    Project p;
    p.name = QStringLiteral("Spiral");
    p.description = QStringLiteral("Three arms, one hidden layer — für den Unterricht");
    p.graph = QJsonDocument::fromJson(R"({
        "nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}, "position": [0, 0]},
                  {"id": "fc1", "type": "Dense", "params": {"units": 16}, "position": [160, 0]}],
        "edges": [{"from": "x", "to": "fc1"}],
        "future_model_key": {"kept": true}
    })")
                  .object();
    p.training.optimizer.name = QStringLiteral("sgd");
    p.training.optimizer.momentum = 0.9;
    p.training.learningRate = 0.05;
    p.training.epochs = 30;
    p.dataset.spec = QStringLiteral("toy:spiral?samples=600&noise=0.1&seed=1");
    p.weights = QStringLiteral("spiral.safetensors");
    return p;
}

QString writeText(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    nwtest::writeBytes(path, text);
    return path;
}

} // namespace

TEST(ProjectFile, RoundTripKeepsEverything)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spiral.nwproj"));
    const Project p = sampleProject();
    QString error;
    ASSERT_TRUE(ProjectFile::write(path, p, &error)) << qPrintable(error);
    const auto back = ProjectFile::read(path, &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(*back, p);
    EXPECT_EQ(back->graph.value(QStringLiteral("future_model_key")).toObject().value(QStringLiteral("kept")),
        QJsonValue(true))
        << "the graph object is opaque to io and kept whole";
}

TEST(ProjectFile, WritesPrettyStableUtf8Json)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.nwproj"));
    const QString b = dir.filePath(QStringLiteral("b.nwproj"));
    ASSERT_TRUE(ProjectFile::write(a, sampleProject(), nullptr));
    ASSERT_TRUE(ProjectFile::write(b, sampleProject(), nullptr));
    const QByteArray text = nwtest::readBytes(a);
    EXPECT_EQ(text, nwtest::readBytes(b)) << "same project, same bytes";
    EXPECT_TRUE(text.contains("\n    \"format_version\": 3,\n")) << text.constData();
    EXPECT_TRUE(text.contains("für den Unterricht")) << "UTF-8, not escaped";
    EXPECT_LT(text.indexOf("\"dataset\""), text.indexOf("\"training\"")) << "keys in sorted order";
}

TEST(ProjectFile, WeightsPathIsStoredRelativeAndResolvedAgainstTheProject)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("runs"));
    const QString path = dir.filePath(QStringLiteral("spiral.nwproj"));
    Project p = sampleProject();
    p.weights = dir.filePath(QStringLiteral("runs/spiral.safetensors"));
    ASSERT_TRUE(ProjectFile::write(path, p, nullptr));
    const QJsonObject root = QJsonDocument::fromJson(nwtest::readBytes(path)).object();
    EXPECT_EQ(root.value(QStringLiteral("weights")).toString(), QStringLiteral("runs/spiral.safetensors"));

    const auto back = ProjectFile::read(path, nullptr);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->resolvedWeightsPath(path), QDir::cleanPath(p.weights));
    EXPECT_EQ(Project {}.resolvedWeightsPath(path), QString()) << "no weights, no path";
    Project absolute;
    absolute.weights = QStringLiteral("/data/w.safetensors");
    EXPECT_EQ(absolute.resolvedWeightsPath(path), QStringLiteral("/data/w.safetensors"));
}

TEST(ProjectFile, FutureFormatIsRefused)
{
    QTemporaryDir dir;
    const QString path
        = writeText(dir, "future.nwproj", R"({"format_version": 7, "graph": {"nodes": [], "edges": []}})");
    QString error;
    EXPECT_FALSE(ProjectFile::read(path, &error));
    EXPECT_EQ(
        error, path + QStringLiteral(": was written by a newer Netwright (format 7); this version reads up to 3"));
}

TEST(ProjectFile, Format0IsMigrated)
{
    const QString path = QStringLiteral(NETWRIGHT_FIXTURE_DIR "/projects/format0_spiral.nwproj");
    QString error;
    const auto p = ProjectFile::read(path, &error);
    ASSERT_TRUE(p) << qPrintable(error);
    EXPECT_EQ(p->name, QStringLiteral("Spiral (pre-release)"));
    EXPECT_EQ(p->graph.value(QStringLiteral("nodes")).toArray().size(), 3);
    EXPECT_EQ(p->graph.value(QStringLiteral("edges")).toArray().size(), 2);
    EXPECT_EQ(p->training.optimizer.name, QStringLiteral("sgd"));
    EXPECT_EQ(p->training.learningRate, 0.05);
    EXPECT_EQ(p->training.batchSize, 16);
    EXPECT_EQ(p->dataset.spec, QStringLiteral("toy:spiral?samples=600&noise=0.1&seed=1"));
    EXPECT_EQ(p->weights, QStringLiteral("spiral.safetensors"));

    // Saving writes the current format; reading that gives the same project.
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("spiral.nwproj"));
    ASSERT_TRUE(ProjectFile::write(saved, *p, &error)) << qPrintable(error);
    const auto again = ProjectFile::read(saved, &error);
    ASSERT_TRUE(again) << qPrintable(error);
    EXPECT_EQ(*again, *p);
}

TEST(ProjectFile, AugmentationSurvivesASaveAndAFormat2FileReadsWithoutIt)
{
    QTemporaryDir dir;
    Project p = sampleProject();
    p.dataset.augmentation.hflip = 0.5;
    p.dataset.augmentation.rotate = 10;
    p.dataset.augmentation.noise = 0.05;
    const QString path = dir.filePath(QStringLiteral("aug.nwproj"));
    QString error;
    ASSERT_TRUE(ProjectFile::write(path, p, &error)) << qPrintable(error);
    EXPECT_TRUE(nwtest::readBytes(path).contains("\"augmentation\""));
    const auto back = ProjectFile::read(path, &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(back->dataset.augmentation, p.dataset.augmentation);

    const QString old = writeText(dir, "old.nwproj",
        R"({"format_version": 2, "graph": {"nodes": [], "edges": []}, "dataset": {"spec": "bundled:digits"}})");
    const auto migrated = ProjectFile::read(old, &error);
    ASSERT_TRUE(migrated) << qPrintable(error);
    EXPECT_FALSE(migrated->dataset.augmentation.isActive());
}

TEST(ProjectFile, MigrationStepsReachTheCurrentFormatWithoutGaps)
{
    const auto& steps = ProjectMigration::steps();
    ASSERT_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].fromVersion, ProjectMigration::oldestVersion() + static_cast<int>(i));
    EXPECT_EQ(steps.back().fromVersion + 1, ProjectFile::kCurrentFormatVersion);
}

TEST(ProjectFile, BrokenMigrationInputIsRefusedWithThePlace)
{
    QTemporaryDir dir;
    const QString path = writeText(dir, "old.nwproj", R"({"format_version": 0, "nodes": {"x": 1}})");
    QString error;
    EXPECT_FALSE(ProjectFile::read(path, &error));
    EXPECT_EQ(error, path + QStringLiteral(": cannot upgrade from format 0: nodes: must be an array, got an object"));
}

TEST(ProjectFile, RefusesBrokenFilesNamingFilePlaceAndProblem)
{
    QTemporaryDir dir;
    const std::pair<QByteArray, const char*> cases[] = {
        { "{\n  \"format_version\": 1,\n  oops\n}", "is not valid JSON: " },
        { "{\"name\": \"\xff\"}", "is not UTF-8 text (invalid byte 0xff at line 1, column 11)" },
        { "[1, 2]", "does not hold a JSON object" },
        { R"({"name": "x", "graph": {"nodes": [], "edges": []}})",
            "has no format_version, so it is not a Netwright project" },
        { R"({"format_version": "1"})", "format_version: must be a whole number, got the string \"1\"" },
        { R"({"format_version": 1})", "graph: is missing" },
        { R"({"format_version": 1, "graph": {"nodes": []}})", "graph.edges: must be an array, got nothing" },
        { R"({"format_version": 1, "graph": {"nodes": [], "edges": []}, "training": {"batch_size": 0}})",
            "training.batch_size: must be at least 1, got 0" },
        { R"({"format_version": 1, "graph": {"nodes": [], "edges": []}, "dataset": {"test_fraction": 2}})",
            "dataset.test_fraction: must be at least 0 and less than 1, got 2" },
        { R"({"format_version": 1, "graph": {"nodes": [], "edges": []}, "weights": 5})",
            "weights: must be a string, got the number 5" },
        { R"({"format_version": 1, "graph": {"nodes": [], "edges": []}, "colour": "red"})", "colour: unknown key" },
        { R"({"format_version": 3, "graph": {"nodes": [], "edges": []}, "dataset": {"augmentation": {"rotate": 400}}})",
            "dataset.augmentation.rotate: must be" },
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(expected);
        const QString path = writeText(dir, "broken.nwproj", text);
        QString error;
        EXPECT_FALSE(ProjectFile::read(path, &error));
        EXPECT_TRUE(error.startsWith(path + QStringLiteral(": ") + QString::fromUtf8(expected))) << qPrintable(error);
    }
}

TEST(ProjectFile, JsonErrorsCarryLineAndColumn)
{
    QTemporaryDir dir;
    const QString path
        = writeText(dir, "broken.nwproj", "{\n  \"format_version\": 1,\n  \"name\": \"x\"\n  \"graph\": {}\n}");
    QString error;
    EXPECT_FALSE(ProjectFile::read(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("unterminated object at line 4, column 4"))) << qPrintable(error);
}

TEST(ProjectFile, AcceptsAByteOrderMark)
{
    QTemporaryDir dir;
    const QString path = writeText(
        dir, "bom.nwproj", "\xEF\xBB\xBF{\"format_version\": 1, \"graph\": {\"nodes\": [], \"edges\": []}}");
    QString error;
    EXPECT_TRUE(ProjectFile::read(path, &error)) << qPrintable(error);
}

TEST(ProjectFile, FailedWritesLeaveThePreviousFileIntact)
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/p.nwproj"));
    EXPECT_FALSE(ProjectFile::write(missing, sampleProject(), &error));
    EXPECT_TRUE(error.startsWith(missing + QStringLiteral(": cannot write"))) << qPrintable(error);

    const QString path = dir.filePath(QStringLiteral("p.nwproj"));
    ASSERT_TRUE(ProjectFile::write(path, sampleProject(), nullptr));
    const QByteArray before = nwtest::readBytes(path);
    Project big = sampleProject();
    big.description = QString(300000, QLatin1Char('x'));
    bool written = true;
    {
        nwtest::FileSizeLimit limit(64 * 1024);
        written = ProjectFile::write(path, big, &error);
    }
    EXPECT_FALSE(written);
    EXPECT_EQ(nwtest::readBytes(path), before);

    Project noGraph = sampleProject();
    noGraph.graph = QJsonObject();
    EXPECT_FALSE(ProjectFile::write(path, noGraph, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("graph.nodes: must be an array"))) << qPrintable(error);
    EXPECT_EQ(nwtest::readBytes(path), before);
}
