// Never lose work: the side file is written, survives a crash (a window destroyed
// without closing), is offered and restored with the same graph and weights by
// the next window, and disappears on save, on a clean close and when declined.
#include "GuiTestSupport.h"

#include "AutosaveManager.h"
#include "MainWindow.h"
#include "TrainingController.h"

#include "model/NetworkDocument.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QUndoCommand>
#include <QUndoStack>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nw;

namespace {

QAbstractButton* buttonNamed(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

bool sameTensors(const std::map<std::string, Tensor>& a, const std::map<std::string, Tensor>& b)
{
    if (a.size() != b.size())
        return false;
    for (const auto& [name, tensor] : a) {
        const auto it = b.find(name);
        if (it == b.end() || it->second.shape() != tensor.shape() || it->second.size() != tensor.size())
            return false;
        for (std::size_t i = 0; i < tensor.size(); ++i)
            if (it->second.data()[i] != tensor.data()[i])
                return false;
    }
    return true;
}

} // namespace

TEST(Autosave, RestoreAfterACrashGivesBackTheGraphAndWeights)
{
    QTemporaryDir dir;
    Project before;
    std::map<std::string, Tensor> weightsBefore;
    {
        auto* crashed = new MainWindow;
        test::isolateAutosave(*crashed, dir.path());
        ASSERT_TRUE(crashed->openExample(test::examplePath(QStringLiteral("xor"))));
        crashed->document()->setName(QStringLiteral("Mine")); // something to lose
        TrainingConfig config = crashed->document()->trainingConfig();
        config.epochs = 2;
        crashed->document()->setTrainingConfig(config);
        QSignalSpy finished(crashed->training()->session(), &TrainingSession::finished);
        crashed->action(QStringLiteral("actionTrainStart"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
        ASSERT_FALSE(crashed->document()->weights().empty());
        EXPECT_EQ(crashed->document()->weightsEpoch(), 1) << "the weights of the run's last epoch";
        // The end of training autosaved, on the background pool: the GUI thread writes no weights.
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return !crashed->autosave()->isSavingInBackground() && crashed->autosave()->hasSideFile(); }, 5000));
        before = crashed->document()->project();
        weightsBefore = crashed->document()->weights();
        delete crashed; // a crash: no close, no discard; the lock goes with the process
    }

    MainWindow window;
    test::isolateAutosave(window, dir.path());
    QString question;
    test::answerNextMessageBox([](QMessageBox* box) { return buttonNamed(box, QStringLiteral("Restore")); }, &question);
    window.offerAutosaveRestore();
    EXPECT_TRUE(question.contains(QStringLiteral("Mine")));
    EXPECT_EQ(window.document()->project(), before);
    EXPECT_TRUE(sameTensors(window.document()->weights(), weightsBefore));
    EXPECT_TRUE(window.isWindowModified());
    // The restored copy is this window's autosave now; nothing else is left to offer.
    EXPECT_TRUE(window.autosave()->hasSideFile());
    EXPECT_TRUE(window.autosave()->orphans().isEmpty());
}

TEST(Autosave, DeclinedRestoreDeletesTheSideFile)
{
    QTemporaryDir dir;
    {
        auto* crashed = new MainWindow;
        test::isolateAutosave(*crashed, dir.path());
        ASSERT_TRUE(crashed->openExample(test::examplePath(QStringLiteral("spiral"))));
        crashed->document()->setName(QStringLiteral("Lost"));
        ASSERT_TRUE(crashed->autosaveNow());
        delete crashed;
    }
    MainWindow window;
    test::isolateAutosave(window, dir.path());
    ASSERT_EQ(window.autosave()->orphans().size(), 1);
    test::answerNextMessageBox([](QMessageBox* box) { return buttonNamed(box, QStringLiteral("Discard")); });
    window.offerAutosaveRestore();
    EXPECT_TRUE(window.autosave()->orphans().isEmpty());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(QDir(dir.path()).entryList({ QStringLiteral("*.nwproj") }, QDir::Files).size(), 0);
}

TEST(Autosave, ARunningWindowsSideFileIsNotAnOrphan)
{
    QTemporaryDir dir;
    MainWindow first;
    test::isolateAutosave(first, dir.path());
    ASSERT_TRUE(first.openExample(test::examplePath(QStringLiteral("spiral"))));
    ASSERT_TRUE(first.autosaveNow());
    MainWindow second;
    test::isolateAutosave(second, dir.path());
    EXPECT_TRUE(second.autosave()->orphans().isEmpty());
}

TEST(Autosave, SavingAndClosingRemoveTheSideFile)
{
    QTemporaryDir dir;
    QTemporaryDir projects;
    MainWindow window;
    test::isolateAutosave(window, dir.path());
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    window.document()->setName(QStringLiteral("Changed"));
    ASSERT_TRUE(window.autosaveNow());
    EXPECT_TRUE(window.autosave()->hasSideFile());
    ASSERT_TRUE(window.saveTo(projects.filePath(QStringLiteral("a.nwproj"))));
    EXPECT_FALSE(window.autosave()->hasSideFile());

    window.document()->setName(QStringLiteral("Changed again"));
    ASSERT_TRUE(window.autosaveNow());
    EXPECT_TRUE(window.autosave()->hasSideFile());
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    EXPECT_TRUE(window.close());
    EXPECT_FALSE(window.autosave()->hasSideFile());
}

// The timer writes when the document changed since the last autosave, and only then;
// the document's revision says so, the window keeps no flag of its own.
TEST(Autosave, TheTimerWritesOnlyWhatChangedSinceTheLastAutosave)
{
    QTemporaryDir dir;
    MainWindow window;
    test::isolateAutosave(window, dir.path());
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    const auto settled = [&] { return !window.autosave()->isSavingInBackground(); };

    Q_EMIT window.autosave()->autosaveDue();
    ASSERT_TRUE(QTest::qWaitFor(settled, 5000));
    EXPECT_FALSE(window.autosave()->hasSideFile()) << "nothing changed since it was opened";

    window.document()->setName(QStringLiteral("Changed"));
    Q_EMIT window.autosave()->autosaveDue();
    ASSERT_TRUE(QTest::qWaitFor([&] { return settled() && window.autosave()->hasSideFile(); }, 5000));

    // Written, and nothing changed since: the next tick leaves the side file alone.
    QFile::remove(window.autosave()->sideFile());
    Q_EMIT window.autosave()->autosaveDue();
    ASSERT_TRUE(QTest::qWaitFor(settled, 5000));
    EXPECT_FALSE(QFile::exists(window.autosave()->sideFile()));

    // An undo is a change like any other.
    window.document()->undoStack()->push(new QUndoCommand); // a no-op edit moves the revision
    Q_EMIT window.autosave()->autosaveDue();
    ASSERT_TRUE(QTest::qWaitFor([&] { return settled() && QFile::exists(window.autosave()->sideFile()); }, 5000));
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}

TEST(Autosave, TimerFollowsTheSetting)
{
    AutosaveManager manager;
    EXPECT_EQ(manager.intervalMs(), AutosaveManager::kDefaultIntervalMinutes * 60 * 1000);
    EXPECT_TRUE(manager.isTimerActive());
    manager.setIntervalMinutes(0);
    EXPECT_FALSE(manager.isTimerActive());
}
