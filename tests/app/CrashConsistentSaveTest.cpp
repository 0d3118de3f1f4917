// `netwright-cli train --out base.nwproj` over an existing pair of another shape,
// killed with SIGKILL at every rename, link and unlink of the save (strace's fault
// injection) and at 100 random moments of the run: each time base.nwproj must name
// weights that are whole and its own, the previous pair or the new one, byte for
// byte, and `evaluate` must accept it. Each run trains XOR for one epoch (~0.1 s).
#include "CliRunner.h"
#include "support/PairKillCheck.h"
#include "support/SaveKills.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <optional>

using namespace nwtest;

namespace {

// XOR with 16 hidden units instead of 8: its weights do not fit the example's network.
QByteArray wideXor()
{
    return withDenseUnits(readBytes(source(QStringLiteral("resources/examples/xor.nwproj"))), QStringLiteral("fc1"), 16);
}

QStringList trainArguments(const QString& out)
{
    return { QStringLiteral("train"), source(QStringLiteral("resources/examples/xor.nwproj")),
        QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1"),
        QStringLiteral("--out"), out };
}

class CrashConsistentTrainSave : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        ASSERT_TRUE(
            QDir(m_tmp.path()).mkpath(QStringLiteral("old")) && QDir(m_tmp.path()).mkpath(QStringLiteral("new")));
        // The previous pair: the wide network, trained.
        ASSERT_TRUE(writeBytes(m_tmp.filePath(QStringLiteral("wide.nwproj")), wideXor()));
        const CliResult old = runCli({ QStringLiteral("train"), m_tmp.filePath(QStringLiteral("wide.nwproj")),
            QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("old/base.nwproj")) });
        ASSERT_EQ(old.exitCode, 0) << old.describe().toStdString();
        // The new pair, as an uninterrupted run writes it.
        const CliResult fresh = runCli(trainArguments(m_tmp.filePath(QStringLiteral("new/base.nwproj"))));
        ASSERT_EQ(fresh.exitCode, 0) << fresh.describe().toStdString();
        QString problem;
        auto old_ = readPair(m_tmp.filePath(QStringLiteral("old/base.nwproj")), &problem);
        auto new_ = readPair(m_tmp.filePath(QStringLiteral("new/base.nwproj")), &problem);
        ASSERT_TRUE(old_ && new_) << problem.toStdString();
        ASSERT_NE(old_->weights, new_->weights);
        m_old = *old_;
        m_new = *new_;
        m_check.emplace(workProject(), m_old, readBytes(m_tmp.filePath(QStringLiteral("old/base.nwproj"))), m_new);
        m_target.program = QStringLiteral(NETWRIGHT_CLI);
        m_target.arguments = trainArguments(workProject());
        m_target.workingDirectory = m_tmp.path();
    }

    QString workProject() const { return m_tmp.filePath(QStringLiteral("work/base.nwproj")); }

    // The folder holds the previous pair and nothing else.
    void restoreOldPair()
    {
        const QString problem = m_check->restoreOldPair();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    }

    // What the killed run left is the old or the new pair, and evaluates.
    QString evaluateWork() const
    {
        const CliResult evaluate = runCli({ QStringLiteral("evaluate"), workProject() });
        return evaluate.exitCode == 0 ? QString() : evaluate.describe();
    }
    void expectWholePair(const QString& moment)
    {
        const QString problem = m_check->judgeLeftover(moment, [this] { return evaluateWork(); });
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    }

    QTemporaryDir m_tmp;
    Pair m_old, m_new;
    KillTarget m_target;
    std::optional<PairKillCheck> m_check;
};

} // namespace

TEST_F(CrashConsistentTrainSave, AKillAtEveryRenameLinkOrUnlinkLeavesTheOldOrTheNewPair)
{
    QString problem;
    ASSERT_TRUE(straceWorks(&problem)) << problem.toStdString();
    const PairKillCheck::EveryCallResult result = m_check->killAtEveryCall(m_target, [this] { return evaluateWork(); });
    EXPECT_TRUE(result.problems.isEmpty()) << result.problems.join(QLatin1Char('\n')).toStdString();
    // QSaveFile's link and rename twice for the project, once for the weights, the
    // hard link to the documented name, its rename, the staging file's removal.
    ASSERT_GE(result.calls, 6);
    // Every call was on the CLI's main thread, so every injection killed it.
    EXPECT_EQ(result.kills, result.calls);
    EXPECT_GT(m_check->seen(PairIs::Old), 0);
    EXPECT_GT(m_check->seen(PairIs::New), 0);
}

TEST_F(CrashConsistentTrainSave, AHundredKillsAtRandomMomentsLeaveTheOldOrTheNewPair)
{
    // The length of an uninterrupted run bounds the moments.
    restoreOldPair();
    QElapsedTimer timer;
    timer.start();
    const KilledRun whole = runToEnd(m_target);
    const qint64 runMicroseconds = timer.nsecsElapsed() / 1000;
    ASSERT_FALSE(whole.killed) << whole.output.constData();
    expectWholePair(QStringLiteral("uninterrupted"));
    QRandomGenerator random(17);
    for (int i = 0; i < 100; ++i) {
        restoreOldPair();
        const auto delay = std::chrono::microseconds(random.bounded(runMicroseconds + 1));
        runKilledAfter(m_target, delay);
        expectWholePair(QStringLiteral("killed after %1 us").arg(delay.count()));
    }
    EXPECT_GT(m_check->seen(PairIs::Old), 0);
}

// What an older Netwright left when a kill came between its two renames: the new
// weights beside the old project. evaluate names the tensor and says what is still
// possible; training the project again (no --resume) makes a matching pair.
TEST_F(CrashConsistentTrainSave, AMismatchedPairFromAnOlderVersionSaysWhatCanBeRecovered)
{
    restoreOldPair();
    ASSERT_TRUE(writeBytes(m_tmp.filePath(QStringLiteral("work/base.safetensors")), m_new.weights));
    const CliResult evaluate = runCli({ QStringLiteral("evaluate"), workProject() });
    EXPECT_EQ(evaluate.exitCode, 1) << evaluate.describe().toStdString();
    EXPECT_TRUE(evaluate.err().contains(QStringLiteral("tensor 'fc1.weight' is [8, 2] in the weights but [16, 2]")))
        << evaluate.describe().toStdString();
    EXPECT_TRUE(evaluate.err().contains(QStringLiteral("belong to a different network")));
    EXPECT_TRUE(evaluate.err().contains(QStringLiteral("train it again")));
    const CliResult train
        = runCli({ QStringLiteral("train"), workProject(), QStringLiteral("--epochs"), QStringLiteral("1") });
    ASSERT_EQ(train.exitCode, 0) << train.describe().toStdString();
    const CliResult again = runCli({ QStringLiteral("evaluate"), workProject() });
    EXPECT_EQ(again.exitCode, 0) << again.describe().toStdString();
}
