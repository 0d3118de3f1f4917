// The project's runs/ folder: a run written and read back is the same run, ids count
// up per project and are never reused, projects sharing a folder each see their own
// runs, a half-written leftover is never listed, and a damaged run is reported with
// its file and the problem while the others still list.
#include "io/RunComparison.h"
#include "io/RunStore.h"
#include "io/TrainingConfigChanges.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nw;

namespace {

RunRecord sampleRun()
{
    RunRecord run;
    run.origin = QStringLiteral("cli");
    run.started = QDateTime(QDate(2026, 12, 6), QTime(12, 30, 5), Qt::UTC);
    run.durationSeconds = 12.5;
    run.status = QStringLiteral("completed");
    run.training.learningRate = 0.05;
    run.training.epochs = 2;
    run.dataSpec = QStringLiteral("toy:spiral?samples=200");
    for (int e = 0; e < 2; ++e) {
        EpochReport report;
        report.epoch = e;
        report.trainLoss = 1.0f / static_cast<float>(e + 1);
        report.trainAccuracy = 0.5f + 0.1f * static_cast<float>(e);
        report.hasValidation = e == 1; // the first epoch without, to see an empty cell
        report.validationLoss = 0.75f;
        report.validationAccuracy = 0.625f;
        report.learningRate = 0.05f;
        report.seconds = 0.25;
        run.history.push_back(report);
    }
    run.test = Evaluation { 0.5f, 0.875f, 40 };
    return run;
}

std::map<std::string, Tensor> sampleWeights()
{
    return { { "fc.weight", Tensor({ 2, 2 }, { 1.0f, 2.0f, 3.0f, 4.0f }) }, { "fc.bias", Tensor({ 2 }, { 0.5f, -0.5f }) } };
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QByteArray readText(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(RunStore, ARunComesBackAsItWasWritten)
{
    QTemporaryDir dir;
    const RunStore store(dir.filePath(QStringLiteral("spiral.nwproj")));
    RunRecord run = sampleRun();
    QString error;
    ASSERT_TRUE(store.add(run, sampleWeights(), &error)) << error.toStdString();
    EXPECT_EQ(run.id, QStringLiteral("spiral-001"));
    EXPECT_EQ(run.name, QStringLiteral("Run 1"));
    EXPECT_EQ(run.project, QStringLiteral("spiral.nwproj"));
    EXPECT_EQ(store.runFolder(run.id), dir.filePath(QStringLiteral("runs/spiral-001")));

    const std::vector<RunRecord> runs = store.list();
    ASSERT_EQ(runs.size(), 1u);
    const RunRecord& back = runs.front();
    EXPECT_EQ(back.toJson(), run.toJson());
    EXPECT_EQ(back.historyJson(), run.historyJson());
    EXPECT_EQ(back.started, run.started);
    EXPECT_EQ(back.training, run.training);
    ASSERT_TRUE(back.test);
    EXPECT_FLOAT_EQ(back.test->accuracy, 0.875f);
    EXPECT_FALSE(back.history[0].hasValidation);
    EXPECT_FLOAT_EQ(back.finalValidationAccuracy(), 0.625f);

    // history.csv: the same figures for a spreadsheet, an empty cell where there is none.
    EXPECT_EQ(readText(dir.filePath(QStringLiteral("runs/spiral-001/history.csv"))),
        QByteArray("epoch,loss,accuracy,validation_loss,validation_accuracy,learning_rate,seconds\n"
                   "1,1,0.5,,,0.05,0.25\n"
                   "2,0.5,0.6,0.75,0.625,0.05,0.25\n"));
    const auto weights = store.weights(run.id, &error);
    ASSERT_TRUE(weights) << error.toStdString();
    EXPECT_EQ(weights->at("fc.weight")[3], 4.0f);

    // A run without a test part, and a regression's (no accuracy), come back the same.
    RunRecord untested = sampleRun();
    untested.test.reset();
    for (EpochReport& e : untested.history)
        e.trainAccuracy = e.validationAccuracy = -1.0f;
    ASSERT_TRUE(store.add(untested, sampleWeights(), &error)) << error.toStdString();
    QStringList problems;
    const std::vector<RunRecord> both = store.list(&problems);
    ASSERT_EQ(both.size(), 2u) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(both[1].test);
    EXPECT_EQ(both[1].toJson(), untested.toJson());
    EXPECT_FLOAT_EQ(both[1].finalAccuracy(), -1.0f);
}

TEST(RunStore, IdsCountUpPerProjectAndProjectsInOneFolderKeepTheirOwnRuns)
{
    QTemporaryDir dir;
    const RunStore spiral(dir.filePath(QStringLiteral("spiral.nwproj")));
    const RunStore spiral2(dir.filePath(QStringLiteral("spiral-2.nwproj"))); // a stem that extends the other
    QString error;
    for (int i = 0; i < 3; ++i) {
        RunRecord run = sampleRun();
        ASSERT_TRUE(spiral.add(run, sampleWeights(), &error)) << error.toStdString();
    }
    RunRecord other = sampleRun();
    other.name = QStringLiteral("mine");
    ASSERT_TRUE(spiral2.add(other, sampleWeights(), &error));
    EXPECT_EQ(other.id, QStringLiteral("spiral-2-001"));
    EXPECT_EQ(other.name, QStringLiteral("mine")) << "a given name is kept";

    // A deleted run's number is not given again: ids name runs in notes and parents.
    ASSERT_TRUE(QDir(spiral.runFolder(QStringLiteral("spiral-002"))).removeRecursively());
    RunRecord next = sampleRun();
    ASSERT_TRUE(spiral.add(next, sampleWeights(), &error));
    EXPECT_EQ(next.id, QStringLiteral("spiral-004"));

    // A crash while writing leaves a hidden partial folder: never listed.
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("runs/.spiral-005.partial-123"))));
    QStringList ids;
    for (const RunRecord& run : spiral.list())
        ids << run.id;
    EXPECT_EQ(ids, (QStringList { QStringLiteral("spiral-001"), QStringLiteral("spiral-003"), QStringLiteral("spiral-004") }));
    ASSERT_EQ(spiral2.list().size(), 1u);
}

TEST(RunStore, ADamagedRunIsNamedWithItsProblemAndTheOthersStillList)
{
    QTemporaryDir dir;
    const RunStore store(dir.filePath(QStringLiteral("spiral.nwproj")));
    QString error;
    for (int i = 0; i < 4; ++i) {
        RunRecord run = sampleRun();
        ASSERT_TRUE(store.add(run, sampleWeights(), &error));
    }
    const QString run1 = dir.filePath(QStringLiteral("runs/spiral-001/run.json"));
    const QString run2 = dir.filePath(QStringLiteral("runs/spiral-002/history.json"));
    const QString run3 = dir.filePath(QStringLiteral("runs/spiral-003/run.json"));
    writeText(run1, "{\"id\": \"spiral-001\", ");
    writeText(run2, "[{\"epoch\": 1, \"loss\": \"low\"}]");
    QByteArray text = readText(run3);
    text.replace("\"format_version\": 1", "\"format_version\": 9");
    writeText(run3, text);

    QStringList problems;
    const std::vector<RunRecord> runs = store.list(&problems);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs.front().id, QStringLiteral("spiral-004"));
    ASSERT_EQ(problems.size(), 3);
    EXPECT_TRUE(problems[0].startsWith(run1 + QStringLiteral(": is not valid JSON"))) << problems[0].toStdString();
    EXPECT_EQ(problems[1], run2 + QStringLiteral(": [0].loss: must be a number, got the string \"low\"")) << problems[1].toStdString();
    EXPECT_EQ(problems[2], run3 + QStringLiteral(": format_version: 9 is newer than this Netwright reads (1)"));

    EXPECT_FALSE(store.find(QStringLiteral("spiral-009"), &error));
    EXPECT_EQ(error, dir.filePath(QStringLiteral("runs")) + QStringLiteral(": no run 'spiral-009' of spiral.nwproj"));
}

TEST(RunStore, ARenamedRunKeepsItsNameAndAnEmptyNameIsRefused)
{
    QTemporaryDir dir;
    const RunStore store(dir.filePath(QStringLiteral("spiral.nwproj")));
    RunRecord run = sampleRun();
    QString error;
    ASSERT_TRUE(store.add(run, sampleWeights(), &error));
    ASSERT_TRUE(store.rename(run.id, QStringLiteral("  wide layers "), &error)) << error.toStdString();
    EXPECT_EQ(store.list().front().name, QStringLiteral("wide layers"));
    EXPECT_FALSE(store.rename(run.id, QStringLiteral(" "), &error));
    EXPECT_EQ(error, store.runFolder(run.id) + QStringLiteral(": a run's name cannot be empty"));
    EXPECT_FALSE(store.rename(QStringLiteral("spiral-007"), QStringLiteral("x"), &error));
    EXPECT_EQ(store.list().front().name, QStringLiteral("wide layers"));
}

TEST(RunStore, AFailedWriteLeavesNoRun)
{
    QTemporaryDir dir;
    // A file where the runs folder should be: nothing can be written, nothing is left.
    writeText(dir.filePath(QStringLiteral("runs")), "not a folder");
    const RunStore store(dir.filePath(QStringLiteral("spiral.nwproj")));
    RunRecord run = sampleRun();
    QString error;
    EXPECT_FALSE(store.add(run, sampleWeights(), &error));
    EXPECT_EQ(error, dir.filePath(QStringLiteral("runs")) + QStringLiteral(": cannot create the runs folder"));
    EXPECT_TRUE(store.list().empty());
}

TEST(TrainingConfigChanges, NamesEachChangedSettingWithBothValues)
{
    TrainingConfig before;
    TrainingConfig after = before;
    EXPECT_TRUE(trainingConfigChanges(before, after).isEmpty());
    after.learningRate = 0.1;
    after.optimizer.name = QStringLiteral("sgd");
    after.optimizer.momentum = 0.9;
    EXPECT_EQ(trainingConfigChanges(before, after),
        (QStringList { QStringLiteral("learning_rate: 0.001 → 0.1"), QStringLiteral("optimizer.momentum: 0 → 0.9"),
            QStringLiteral("optimizer.name: adam → sgd") }));
}

TEST(RunComparison, ListsTheSettingsThenTheFiguresThatDiffer)
{
    RunRecord a = sampleRun();
    RunRecord b = sampleRun();
    EXPECT_TRUE(compareRuns(a, b).isEmpty()) << "two equal runs differ in nothing";
    b.training.batchSize = 64;
    b.parent = QStringLiteral("spiral-001");
    b.branchEpoch = 2;
    b.history.back().validationAccuracy = 0.75f;
    const QVector<RunDifference> rows = compareRuns(a, b);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].what, QStringLiteral("batch_size"));
    EXPECT_EQ(rows[0].first, QString::number(a.training.batchSize));
    EXPECT_EQ(rows[0].second, QStringLiteral("64"));
    EXPECT_EQ(rows[1].what, QStringLiteral("started from"));
    EXPECT_EQ(rows[1].second, QStringLiteral("spiral-001@2"));
    EXPECT_EQ(rows[2].what, QStringLiteral("final validation accuracy"));
    EXPECT_EQ(rows[2].first, QStringLiteral("0.6250"));
    EXPECT_EQ(rows[2].second, QStringLiteral("0.7500"));
}
