// BackgroundTask and BackgroundWatcher, the window's futures on std primitives: a
// job runs on backgroundPool(), its result is read on the GUI thread after
// `finished`; a replaced task never reports; a watcher destroyed first is never
// called; an exception reaches result(); the pool runs jobs side by side.
#include "training/BackgroundPool.h"
#include "training/BackgroundTask.h"
#include "training/BackgroundWatcher.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

using namespace nw;

namespace {

// A gate a job waits at until the test opens it.
class Gate {
public:
    void open()
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_open; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

bool poolIdle()
{
    return QTest::qWaitFor([] { return backgroundPool().pendingJobs() == 0; }, 10000);
}

} // namespace

TEST(BackgroundTask, RunsOffTheCallingThreadAndHandsItsResultToTheWatchersThread)
{
    QThread* const gui = QThread::currentThread();
    std::atomic<bool> ranElsewhere { false };
    BackgroundWatcher<std::vector<int>> watcher;
    QSignalSpy finished(&watcher, &BackgroundWatcherBase::finished);
    QThread* deliveredOn = nullptr;
    QObject::connect(&watcher, &BackgroundWatcherBase::finished, [&] { deliveredOn = QThread::currentThread(); });

    watcher.setTask(runInBackground([&] {
        ranElsewhere = QThread::currentThread() != gui;
        return std::vector<int> { 1, 2, 3 };
    }));
    EXPECT_TRUE(watcher.isRunning());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(ranElsewhere);
    EXPECT_EQ(deliveredOn, gui);
    EXPECT_FALSE(watcher.isRunning());
    EXPECT_EQ(watcher.result(), (std::vector<int> { 1, 2, 3 }));
    QTest::qWait(20);
    EXPECT_EQ(finished.count(), 1);
}

TEST(BackgroundTask, AnEmptyTaskIsInvalidAndAFinishedOneKeepsItsResult)
{
    const BackgroundTask<int> none;
    EXPECT_FALSE(none.isValid());
    EXPECT_FALSE(none.isFinished());
    none.waitForFinished(); // returns at once

    BackgroundTask<std::string> task = runInBackground([] { return std::string("seven"); });
    EXPECT_TRUE(task.isValid());
    EXPECT_EQ(task.result(), "seven"); // waits
    EXPECT_TRUE(task.isFinished());
    const BackgroundTask<std::string> copy = task; // copies share the job
    EXPECT_EQ(copy.result(), "seven");
}

TEST(BackgroundTask, WhatTheJobThrowsIsRethrownByResult)
{
    BackgroundTask<int> task = runInBackground([]() -> int { throw std::runtime_error("no data in /nowhere"); });
    task.waitForFinished();
    EXPECT_TRUE(task.isFinished());
    try {
        (void)task.result();
        FAIL() << "result() did not throw";
    } catch (const std::runtime_error& error) {
        EXPECT_STREQ(error.what(), "no data in /nowhere");
    }
}

TEST(BackgroundWatcher, ATaskReplacedBeforeItFinishesNeverReports)
{
    Gate gate;
    BackgroundWatcher<int> watcher;
    std::vector<int> delivered;
    QObject::connect(&watcher, &BackgroundWatcherBase::finished, [&] { delivered.push_back(watcher.result()); });

    BackgroundTask<int> first = runInBackground([&] {
        gate.wait();
        return 1;
    });
    watcher.setTask(first);
    watcher.setTask(runInBackground([] { return 2; }));
    gate.open();
    first.waitForFinished();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !delivered.empty(); }, 10000));
    QTest::qWait(50); // the first task's result, had it been posted, would be here by now
    EXPECT_EQ(delivered, std::vector<int> { 2 });
}

TEST(BackgroundWatcher, TheFinishedSlotMayStartTheNextTask)
{
    BackgroundWatcher<int> watcher;
    std::vector<int> delivered;
    QObject::connect(&watcher, &BackgroundWatcherBase::finished, [&] {
        const int value = watcher.result();
        delivered.push_back(value);
        EXPECT_FALSE(watcher.isRunning());
        if (value < 3)
            watcher.setTask(runInBackground([value] { return value + 1; }));
    });
    watcher.setTask(runInBackground([] { return 1; }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return delivered.size() == 3; }, 10000));
    QTest::qWait(20);
    EXPECT_EQ(delivered, (std::vector<int> { 1, 2, 3 }));
}

TEST(BackgroundWatcher, AWatcherDestroyedBeforeItsTaskEndsIsNeverCalled)
{
    Gate gate;
    std::atomic<bool> jobDone { false };
    {
        auto watcher = std::make_unique<BackgroundWatcher<int>>();
        watcher->setTask(runInBackground([&] {
            gate.wait();
            jobDone = true;
            return 5;
        }));
        watcher.reset(); // while the job waits
    }
    gate.open();
    ASSERT_TRUE(poolIdle());
    EXPECT_TRUE(jobDone);
    QCoreApplication::processEvents(); // a delivery to the dead watcher would crash here
}

TEST(BackgroundWatcher, WaitForFinishedReturnsOnceTheJobHasAndFinishedStillComes)
{
    BackgroundWatcher<int> watcher;
    QSignalSpy finished(&watcher, &BackgroundWatcherBase::finished);
    watcher.setTask(runInBackground([] {
        QThread::msleep(30);
        return 9;
    }));
    watcher.waitForFinished();
    EXPECT_TRUE(watcher.task().isFinished());
    EXPECT_EQ(finished.count(), 0); // from the event loop, not from inside the wait
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(watcher.result(), 9);
}

TEST(BackgroundPool, RunsJobsSideBySideOnItsThreadsAndWaitsForThem)
{
    BackgroundPool pool(2);
    EXPECT_EQ(pool.threadCount(), 2);
    // Two jobs that each wait for the other: they finish only if both run at once.
    Gate first;
    Gate second;
    std::atomic<int> done { 0 };
    pool.post([&] {
        second.open();
        first.wait();
        ++done;
    });
    pool.post([&] {
        first.open();
        second.wait();
        ++done;
    });
    pool.waitForDone();
    EXPECT_EQ(done, 2);
    EXPECT_EQ(pool.pendingJobs(), 0);
}

TEST(BackgroundPool, JobsStillQueuedRunBeforeThePoolIsGone)
{
    std::atomic<int> done { 0 };
    {
        BackgroundPool pool(1);
        for (int i = 0; i < 50; ++i)
            pool.post([&] { ++done; });
    }
    EXPECT_EQ(done, 50);
}
