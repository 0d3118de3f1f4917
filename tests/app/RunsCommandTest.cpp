// `netwright-cli runs PROJECT [--json]` and the runs `train` adds: each train of a
// project records a run in runs/ beside it (settings, history as CSV and JSON, final
// weights); a resumed run names the run it continued from; the listing says what
// changed; a damaged run is named with its problem and the exit code says so.
#include "CliRunner.h"

#include "io/SafetensorsFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace nwtest;

namespace {

QJsonObject jsonOf(const CliResult& result)
{
    const QJsonDocument document = QJsonDocument::fromJson(result.stdoutBytes);
    EXPECT_TRUE(document.isObject()) << qPrintable(result.describe());
    return document.object();
}

class RunsCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("spiral.nwproj"));
        ASSERT_TRUE(QFile::copy(source(QStringLiteral("resources/examples/spiral.nwproj")), m_project));
    }
    CliResult train(const QStringList& extra)
    {
        return runCli(QStringList { QStringLiteral("train"), m_project, QStringLiteral("--epochs"), QStringLiteral("2"),
                          QStringLiteral("--json") }
            + extra);
    }

    QTemporaryDir m_dir;
    QString m_project;
};

} // namespace

TEST_F(RunsCommand, EachTrainAddsARunAndTheListingSaysWhatChanged)
{
    const CliResult none = runCli({ QStringLiteral("runs"), m_project });
    EXPECT_EQ(none.exitCode, 0) << qPrintable(none.describe());
    EXPECT_TRUE(none.out().contains(QStringLiteral("no runs yet")));

    const CliResult first = train({});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.describe());
    EXPECT_EQ(jsonOf(first).value(QStringLiteral("run")).toString(), QStringLiteral("spiral-001"));
    const CliResult second = train({ QStringLiteral("--lr"), QStringLiteral("0.05") });
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.describe());
    const CliResult resumed = train({ QStringLiteral("--resume"), QStringLiteral("--lr"), QStringLiteral("0.05") });
    ASSERT_EQ(resumed.exitCode, 0) << qPrintable(resumed.describe());

    // The files a spreadsheet, numpy or PyTorch read as they are.
    const QDir run1(m_dir.filePath(QStringLiteral("runs/spiral-001")));
    for (const QString& name : { QStringLiteral("run.json"), QStringLiteral("history.csv"), QStringLiteral("history.json"),
             QStringLiteral("weights.safetensors") })
        EXPECT_TRUE(QFile::exists(run1.filePath(name))) << name.toStdString();
    QFile csv(run1.filePath(QStringLiteral("history.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3) << "a header and two epochs";
    EXPECT_EQ(lines[0], QByteArray("epoch,loss,accuracy,validation_loss,validation_accuracy,learning_rate,seconds"));
    EXPECT_TRUE(lines[2].startsWith("2,"));
    // The run's weights are the project's after that run: the second run replaced them.
    QString error;
    const auto runWeights = nw::SafetensorsFile::read(run1.filePath(QStringLiteral("weights.safetensors")), &error);
    ASSERT_TRUE(runWeights) << qPrintable(error);
    EXPECT_FALSE(runWeights->tensors.empty());

    const CliResult listed = runCli({ QStringLiteral("runs"), m_project, QStringLiteral("--json") });
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.describe());
    const QJsonObject json = jsonOf(listed);
    EXPECT_EQ(json.value(QStringLiteral("command")).toString(), QStringLiteral("runs"));
    const QJsonArray runs = json.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 3);
    const QJsonObject a = runs[0].toObject(), b = runs[1].toObject(), c = runs[2].toObject();
    EXPECT_EQ(a.value(QStringLiteral("id")).toString(), QStringLiteral("spiral-001"));
    EXPECT_EQ(a.value(QStringLiteral("name")).toString(), QStringLiteral("Run 1"));
    EXPECT_EQ(a.value(QStringLiteral("epochs")).toInt(), 2);
    EXPECT_EQ(a.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_TRUE(a.value(QStringLiteral("parent")).isNull());
    EXPECT_TRUE(a.value(QStringLiteral("changes")).toArray().isEmpty());
    EXPECT_GT(a.value(QStringLiteral("final")).toObject().value(QStringLiteral("accuracy")).toDouble(), 0.0);
    EXPECT_EQ(b.value(QStringLiteral("changes")).toArray(), QJsonArray { QStringLiteral("learning_rate: 0.005 → 0.05") })
        << qPrintable(QJsonDocument(b).toJson());
    EXPECT_TRUE(b.value(QStringLiteral("parent")).isNull()) << "a fresh start has no parent";
    EXPECT_EQ(c.value(QStringLiteral("parent")).toString(), QStringLiteral("spiral-002"));
    EXPECT_EQ(c.value(QStringLiteral("branch_epoch")).toInt(), 2) << "it went on from the second run's epoch 2";
    EXPECT_TRUE(c.value(QStringLiteral("changes")).toArray().isEmpty());
    EXPECT_EQ(c.value(QStringLiteral("folder")).toString(), m_dir.filePath(QStringLiteral("runs/spiral-003")));

    // A name with a placeholder in it is printed as it is, in its column.
    const QString runJson = m_dir.filePath(QStringLiteral("runs/spiral-001/run.json"));
    QFile file(runJson);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject renamed = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    renamed[QStringLiteral("name")] = QStringLiteral("lr %3 test");
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(renamed).toJson());
    file.close();
    const CliResult table = runCli({ QStringLiteral("runs"), m_project });
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.describe());
    EXPECT_TRUE(table.out().contains(QStringLiteral("spiral-002@2"))) << qPrintable(table.out());
    EXPECT_TRUE(table.out().contains(QStringLiteral("learning_rate: 0.005 → 0.05")));
    EXPECT_TRUE(table.out().contains(QStringLiteral("spiral-001       lr %3 test   -    "))) << qPrintable(table.out());
}

TEST_F(RunsCommand, BadInputIsNamedAndTheExitCodeSaysSo)
{
    const CliResult missing = runCli({ QStringLiteral("runs"), m_dir.filePath(QStringLiteral("nope.nwproj")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err().contains(QStringLiteral("nope.nwproj: no such file"))) << qPrintable(missing.describe());
    const CliResult usage = runCli({ QStringLiteral("runs") });
    EXPECT_EQ(usage.exitCode, 2);

    ASSERT_EQ(train({}).exitCode, 0);
    ASSERT_EQ(train({}).exitCode, 0);
    const QString damaged = m_dir.filePath(QStringLiteral("runs/spiral-001/run.json"));
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ \"id\": ");
    file.close();
    const CliResult listed = runCli({ QStringLiteral("runs"), m_project, QStringLiteral("--json") });
    EXPECT_EQ(listed.exitCode, 1);
    EXPECT_TRUE(listed.err().contains(damaged + QStringLiteral(": is not valid JSON"))) << qPrintable(listed.describe());
    const QJsonObject json = jsonOf(listed);
    EXPECT_EQ(json.value(QStringLiteral("runs")).toArray().size(), 1) << "the readable run still lists";
    EXPECT_EQ(json.value(QStringLiteral("problems")).toArray().size(), 1);
    // A third train still records (the damaged run is not its problem) and numbers on.
    const CliResult third = train({});
    ASSERT_EQ(third.exitCode, 0) << qPrintable(third.describe());
    EXPECT_EQ(jsonOf(third).value(QStringLiteral("run")).toString(), QStringLiteral("spiral-003"));
}
