// `netwright-cli train`: trains the small 2-D examples for real (each run takes a
// fraction of a second) and checks what scripts rely on: the JSON document, the
// files written, determinism for a seed, exact resumption, and the streams.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace nwtest;

namespace {

const QString kXor = QStringLiteral("resources/examples/xor.nwproj");

struct TrainRun {
    CliResult result;
    QJsonObject json;
};

// Runs `train <project> --json <extra>` and expects success with one JSON object on stdout.
TrainRun trainJson(const QString& project, const QStringList& extra)
{
    TrainRun run;
    run.result = runCli(QStringList { QStringLiteral("train"), project, QStringLiteral("--json") } + extra);
    EXPECT_FALSE(run.result.timedOut || run.result.crashed) << qPrintable(run.result.describe());
    EXPECT_EQ(run.result.exitCode, 0) << qPrintable(run.result.describe());
    QString problem;
    const auto json = singleJsonObject(run.result.stdoutBytes, &problem);
    EXPECT_TRUE(json) << qPrintable(problem) << "\n" << qPrintable(run.result.describe());
    if (json)
        run.json = *json;
    return run;
}

std::vector<double> epochLosses(const QJsonObject& json)
{
    std::vector<double> losses;
    for (const QJsonValue& e : json.value(QStringLiteral("epochs")).toArray())
        losses.push_back(e.toObject().value(QStringLiteral("loss")).toDouble());
    return losses;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(TrainCommand, XorJsonReportsACompletedRunAndSavesProjectAndWeights)
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("x.nwproj"));
    const TrainRun run = trainJson(kXor, { QStringLiteral("--out"), out });
    EXPECT_EQ(run.json.value(QStringLiteral("command")).toString(), QStringLiteral("train"));
    EXPECT_EQ(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonArray epochs = run.json.value(QStringLiteral("epochs")).toArray();
    ASSERT_EQ(epochs.size(), 60) << "the project's 60 epochs";
    EXPECT_EQ(epochs.first().toObject().value(QStringLiteral("epoch")).toInt(), 1);
    EXPECT_EQ(epochs.last().toObject().value(QStringLiteral("epoch")).toInt(), 60);
    EXPECT_LT(epochLosses(run.json).back(), epochLosses(run.json).front());
    const QJsonObject test = run.json.value(QStringLiteral("test")).toObject();
    EXPECT_EQ(test.value(QStringLiteral("samples")).toInt(), 80); // 20% of 400
    EXPECT_GE(test.value(QStringLiteral("accuracy")).toDouble(), 0.95);
    EXPECT_EQ(run.json.value(QStringLiteral("output")).toString(), QFileInfo(out).absoluteFilePath());
    EXPECT_TRUE(QFileInfo::exists(out));
    EXPECT_TRUE(QFileInfo::exists(tmp.filePath(QStringLiteral("x.safetensors"))));
    // The saved project validates and points at its weights.
    const CliResult validate = runCli({ QStringLiteral("validate"), out });
    EXPECT_EQ(validate.exitCode, 0) << qPrintable(validate.describe());
    EXPECT_TRUE(readAll(out).contains("\"weights\": \"x.safetensors\"")) << readAll(out).constData();
}

TEST(TrainCommand, HumanModeKeepsStdoutEmptyAndProgressOnStderr)
{
    QTemporaryDir tmp;
    const CliResult r = runCli({ QStringLiteral("train"), kXor, QStringLiteral("--epochs"), QStringLiteral("3"),
        QStringLiteral("--out"), tmp.filePath(QStringLiteral("x.nwproj")) });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.stdoutBytes.isEmpty()) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("epoch 3/3: loss"))) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("saved "))) << qPrintable(r.describe());
}

TEST(TrainCommand, SameSeedTwiceGivesIdenticalEpochLosses)
{
    QTemporaryDir tmp;
    const QStringList args { QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7") };
    const TrainRun a = trainJson(kXor, args + QStringList { QStringLiteral("--out"), tmp.filePath(QStringLiteral("a.nwproj")) });
    const TrainRun b = trainJson(kXor, args + QStringList { QStringLiteral("--out"), tmp.filePath(QStringLiteral("b.nwproj")) });
    ASSERT_EQ(epochLosses(a.json).size(), 5u);
    EXPECT_EQ(epochLosses(a.json), epochLosses(b.json)); // exactly, not approximately
    EXPECT_EQ(readAll(tmp.filePath(QStringLiteral("a.safetensors"))), readAll(tmp.filePath(QStringLiteral("b.safetensors"))));
    const TrainRun c = trainJson(kXor, { QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--seed"),
        QStringLiteral("8"), QStringLiteral("--out"), tmp.filePath(QStringLiteral("c.nwproj")) });
    EXPECT_NE(epochLosses(a.json), epochLosses(c.json)) << "the seed must matter";
}

TEST(TrainCommand, ResumeContinuesExactlyWhereTheRunStopped)
{
    QTemporaryDir tmp;
    const QString straight = tmp.filePath(QStringLiteral("straight.nwproj"));
    const QString split = tmp.filePath(QStringLiteral("split.nwproj"));
    const TrainRun four = trainJson(kXor, { QStringLiteral("--epochs"), QStringLiteral("4"), QStringLiteral("--out"), straight });
    const TrainRun first = trainJson(kXor, { QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--out"), split });
    const TrainRun resumed = trainJson(split, { QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--resume") });
    const QJsonArray epochs = resumed.json.value(QStringLiteral("epochs")).toArray();
    ASSERT_EQ(epochs.size(), 2);
    EXPECT_EQ(epochs.first().toObject().value(QStringLiteral("epoch")).toInt(), 3) << "numbering goes on";
    const std::vector<double> all = epochLosses(four.json);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(epochLosses(first.json), std::vector<double>(all.begin(), all.begin() + 2));
    EXPECT_EQ(epochLosses(resumed.json), std::vector<double>(all.begin() + 2, all.end()));
    // Weights, optimizer state and the epoch count: the same bytes.
    const QByteArray a = readAll(tmp.filePath(QStringLiteral("straight.safetensors")));
    ASSERT_FALSE(a.isEmpty());
    EXPECT_EQ(a, readAll(tmp.filePath(QStringLiteral("split.safetensors"))));
}

TEST(TrainCommand, ResumeWithoutSavedWeightsExitsOne)
{
    QTemporaryDir tmp;
    const CliResult r = runCli({ QStringLiteral("train"), kXor, QStringLiteral("--resume"), QStringLiteral("--out"),
        tmp.filePath(QStringLiteral("x.nwproj")) });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("xor.nwproj: nothing to resume"))) << qPrintable(r.describe());
}

// README.md's example run; the spiral is the hardest of the 2-D problems.
TEST(TrainCommand, ShippedSpiralExampleReachesTestAccuracy)
{
    QTemporaryDir tmp;
    const TrainRun run = trainJson(QStringLiteral("resources/examples/spiral.nwproj"),
        { QStringLiteral("--out"), tmp.filePath(QStringLiteral("spiral.nwproj")) });
    EXPECT_EQ(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_GE(run.json.value(QStringLiteral("test")).toObject().value(QStringLiteral("accuracy")).toDouble(), 0.95)
        << qPrintable(run.result.describe());
}

TEST(TrainCommand, UnwritableOutputExitsOneAndLeavesNoFile)
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("no-such-folder/x.nwproj"));
    const CliResult r = runCli({ QStringLiteral("train"), kXor, QStringLiteral("--epochs"), QStringLiteral("2"),
        QStringLiteral("--out"), out });
    ASSERT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("no-such-folder/x."))) << qPrintable(r.describe());
    EXPECT_TRUE(r.stdoutBytes.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(tmp.filePath(QStringLiteral("no-such-folder"))));
    EXPECT_EQ(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList {})
        << "no half-written or temporary file next to it";
}

TEST(TrainCommand, FailedSaveLeavesThePreviousFilesIntact)
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("x.nwproj"));
    trainJson(kXor, { QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--out"), out });
    const QByteArray projectBefore = readAll(out);
    const QByteArray weightsBefore = readAll(tmp.filePath(QStringLiteral("x.safetensors")));
    ASSERT_FALSE(projectBefore.isEmpty());
    // Read-only folder: neither file can be replaced (QSaveFile writes beside the target).
    ASSERT_TRUE(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const CliResult r = runCli({ QStringLiteral("train"), out, QStringLiteral("--epochs"), QStringLiteral("2") });
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (r.exitCode == 0)
        GTEST_SKIP() << "running as root: a read-only folder is still writable";
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_EQ(readAll(out), projectBefore);
    EXPECT_EQ(readAll(tmp.filePath(QStringLiteral("x.safetensors"))), weightsBefore);
}

// The weights can be written but the project cannot (its path is a folder): the
// save fails as a whole, without a weights file that no project refers to.
TEST(TrainCommand, ProjectThatCannotBeWrittenLeavesNoOrphanWeights)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(QDir(tmp.path()).mkdir(QStringLiteral("y.nwproj")));
    const CliResult r = runCli({ QStringLiteral("train"), kXor, QStringLiteral("--epochs"), QStringLiteral("1"),
        QStringLiteral("--out"), tmp.filePath(QStringLiteral("y.nwproj")) });
    ASSERT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("y.nwproj: cannot write"))) << qPrintable(r.describe());
    EXPECT_EQ(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList {});
}
