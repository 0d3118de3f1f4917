// The window killed at bad moments, as a child process (window_child, offscreen):
// Save killed at every rename, link and unlink (strace's fault injection) and at
// random moments over an existing pair of another shape leaves the previous pair or
// the new one, whole; killed while editing, the next start offers the restore and
// loses at most one autosave interval, its graph and weights from the same moment.
#include "AutosaveManager.h"
#include "DocumentFiles.h"
#include "GuiTestSupport.h"
#include "io/SafetensorsFile.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"
#include "support/PairKillCheck.h"
#include "support/SaveKills.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace nw;
using namespace nwtest;

namespace {

// `netwright-cli ARGS` succeeds; its output otherwise.
QString runCli(const QStringList& arguments)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(NETWRIGHT_CLI), arguments);
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        return QStringLiteral("netwright-cli %1 failed:\n%2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(cli.readAll()));
    return {};
}

// Trains `project` for one epoch into `out` (a pair with weights).
QString trainPair(const QString& project, const QString& out)
{
    return runCli({ QStringLiteral("train"), project, QStringLiteral("--epochs"), QStringLiteral("1"),
        QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), out });
}

class WindowSaveKills : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        QDir root(m_tmp.path());
        for (const char* sub : { "old", "new", "source" })
            ASSERT_TRUE(root.mkpath(QString::fromLatin1(sub)));
        // The previous pair: XOR with 16 hidden units. What the window opens and saves: XOR's 8.
        const QString wide = m_tmp.filePath(QStringLiteral("wide.nwproj"));
        ASSERT_TRUE(writeBytes(
            wide, withDenseUnits(readBytes(test::examplePath(QStringLiteral("xor"))), QStringLiteral("fc1"), 16)));
        QString problem = trainPair(wide, m_tmp.filePath(QStringLiteral("old/base.nwproj")));
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
        problem = trainPair(test::examplePath(QStringLiteral("xor")), source());
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
        m_target.program = QStringLiteral(NETWRIGHT_WINDOW_CHILD);
        m_target.workingDirectory = m_tmp.path();
        // The new pair, as an uninterrupted Save writes it.
        m_target.arguments = { QStringLiteral("save"), source(), m_tmp.filePath(QStringLiteral("new/base.nwproj")) };
        const KilledRun fresh = runToEnd(m_target);
        ASSERT_TRUE(fresh.started && !fresh.killed && fresh.exitCode == 0) << fresh.output.constData();
        auto old = readPair(m_tmp.filePath(QStringLiteral("old/base.nwproj")), &problem);
        auto saved = readPair(m_tmp.filePath(QStringLiteral("new/base.nwproj")), &problem);
        ASSERT_TRUE(old && saved) << problem.toStdString();
        ASSERT_NE(old->weights, saved->weights);
        m_check.emplace(workProject(), *old, readBytes(m_tmp.filePath(QStringLiteral("old/base.nwproj"))), *saved);
        m_target.arguments = { QStringLiteral("save"), source(), workProject() };
    }

    QString source() const { return m_tmp.filePath(QStringLiteral("source/xor.nwproj")); }
    QString workProject() const { return m_tmp.filePath(QStringLiteral("work/base.nwproj")); }

    void restoreOldPair()
    {
        const QString problem = m_check->restoreOldPair();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    }

    QString evaluateWork() const { return runCli({ QStringLiteral("evaluate"), workProject() }); }
    void expectWholePair(const QString& moment)
    {
        const QString problem = m_check->judgeLeftover(moment, [this] { return evaluateWork(); });
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    }

    QTemporaryDir m_tmp;
    KillTarget m_target;
    std::optional<PairKillCheck> m_check;
};

} // namespace

TEST_F(WindowSaveKills, AKillAtEveryRenameLinkOrUnlinkLeavesTheOldOrTheNewPair)
{
    QString problem;
    ASSERT_TRUE(straceWorks(&problem)) << problem.toStdString();
    const PairKillCheck::EveryCallResult result = m_check->killAtEveryCall(m_target, [this] { return evaluateWork(); });
    EXPECT_TRUE(result.problems.isEmpty()) << result.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_GE(result.calls, 6); // the save's own: two project commits, the weights, the link, its rename, the removal
    EXPECT_GE(result.kills, 6);
    EXPECT_GT(m_check->seen(PairIs::Old), 0);
    EXPECT_GT(m_check->seen(PairIs::New), 0);
}

TEST_F(WindowSaveKills, KillsAtRandomMomentsLeaveTheOldOrTheNewPair)
{
    restoreOldPair();
    QElapsedTimer timer;
    timer.start();
    const KilledRun whole = runToEnd(m_target);
    const qint64 runMicroseconds = timer.nsecsElapsed() / 1000;
    ASSERT_EQ(whole.exitCode, 0) << whole.output.constData();
    QRandomGenerator random(23);
    for (int i = 0; i < 30; ++i) {
        restoreOldPair();
        // The save is at the end of the child's life: most moments go to its last quarter.
        const qint64 from = i % 3 == 0 ? 0 : runMicroseconds * 3 / 4;
        const auto delay = std::chrono::microseconds(from + random.bounded(runMicroseconds - from + 1));
        runKilledAfter(m_target, delay);
        expectWholePair(QStringLiteral("killed after %1 us").arg(delay.count()));
    }
    EXPECT_GT(m_check->seen(PairIs::Old), 0);
}

// A window killed while its person edits: the next window offers what autosave kept,
// at most one interval old, its name and its weights from the same edit.
TEST(WindowCrash, KilledWhileEditingTheNextStartOffersTheRestoreLosingAtMostOneInterval)
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("mine.nwproj"));
    const QString problem = trainPair(test::examplePath(QStringLiteral("xor")), project);
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    const QString autosaveDir = tmp.filePath(QStringLiteral("autosave"));
    constexpr int kIntervalMs = 300;
    constexpr int kEditMs = 20;
    for (const int killAfterMs : { 1100, 1730 }) {
        QProcess child;
        child.setProgram(QStringLiteral(NETWRIGHT_WINDOW_CHILD));
        child.setArguments(
            { QStringLiteral("edit"), project, autosaveDir, QString::number(kIntervalMs), QString::number(kEditMs) });
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        ASSERT_TRUE(child.waitForStarted(10000));
        // Edits at the child's own clock: the kill comes after killAfterMs of editing.
        std::map<int, qint64> editTimes;
        QByteArray lines;
        static const QRegularExpression editLine(QStringLiteral("^edit (\\d+) (\\d+)$"));
        qint64 lastTime = 0;
        while (lastTime < killAfterMs) {
            ASSERT_TRUE(child.waitForReadyRead(10000)) << child.readAllStandardError().constData();
            lines += child.readAllStandardOutput();
            qsizetype end;
            while ((end = lines.indexOf('\n')) >= 0) {
                const QRegularExpressionMatch m = editLine.match(QString::fromUtf8(lines.left(end)));
                lines.remove(0, end + 1);
                if (m.hasMatch())
                    lastTime = editTimes[m.captured(1).toInt()] = m.captured(2).toLongLong();
            }
        }
        child.kill(); // SIGKILL: no close, no discard
        child.waitForFinished(5000);
        const int lastEdit = editTimes.rbegin()->first;

        MainWindow window;
        test::isolateAutosave(window, autosaveDir);
        QString question;
        test::answerNextMessageBox(
            [](QMessageBox* box) {
                for (QAbstractButton* button : box->buttons())
                    if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Restore"))
                        return button;
                return static_cast<QAbstractButton*>(nullptr);
            },
            &question);
        window.offerAutosaveRestore();
        ASSERT_FALSE(question.isEmpty()) << "no restore was offered";
        const QRegularExpressionMatch restored
            = QRegularExpression(QStringLiteral("^edit (\\d+)$")).match(window.document()->name());
        ASSERT_TRUE(restored.hasMatch()) << window.document()->name().toStdString();
        const int k = restored.captured(1).toInt();
        ASSERT_TRUE(editTimes.count(k)) << k;
        // The last autosave started at most one interval before the kill; one that was
        // still being written (a few milliseconds) counts with the one before it.
        const qint64 lostMs = editTimes[lastEdit] - editTimes[k];
        EXPECT_LE(lostMs, kIntervalMs + 100) << "restored edit " << k << " of " << lastEdit;
        // The weights are those of the same edit: the side file's pair is whole.
        ASSERT_FALSE(window.document()->weights().empty());
        for (const auto& [name, tensor] : window.document()->weights())
            EXPECT_EQ(tensor.data()[0], static_cast<float>(k)) << name;
        EXPECT_TRUE(window.isWindowModified());
        EXPECT_EQ(window.document()->filePath(), project);
        window.files()->discardAutosave();
    }
}
