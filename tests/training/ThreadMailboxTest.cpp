// ThreadMailbox: tasks posted from any thread run on the mailbox's thread, in the
// order they were posted, including tasks posted by a running task; tasks still
// waiting when it is destroyed are dropped.
#include "training/ThreadMailbox.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace nw;

TEST(ThreadMailbox, RunsTasksFromOtherThreadsOnItsOwnInOrder)
{
    QThread worker;
    ThreadMailbox mailbox;
    mailbox.moveToThread(&worker);
    worker.start();

    std::vector<int> order; // touched only on the worker, read after the last task
    std::atomic<bool> allOnWorker { true };
    std::atomic<bool> done { false };
    QThread* const expected = &worker;
    std::thread poster([&] {
        for (int i = 0; i < 200; ++i)
            mailbox.post([&, i] {
                allOnWorker = allOnWorker && QThread::currentThread() == expected;
                order.push_back(i);
            });
        mailbox.post([&] {
            // A task may post more: it runs after everything posted before it.
            mailbox.post([&] { done = true; });
        });
    });
    poster.join();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.load(); }, 10000));
    worker.quit();
    worker.wait();
    EXPECT_TRUE(allOnWorker);
    ASSERT_EQ(order.size(), 200u);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(order[static_cast<std::size_t>(i)], i);
}

TEST(ThreadMailbox, TasksStillWaitingWhenItIsDestroyedAreDropped)
{
    auto ran = std::make_shared<std::atomic<int>>(0);
    {
        ThreadMailbox mailbox; // this thread's; its event loop does not run before the end
        mailbox.post([ran] { ++*ran; });
        mailbox.post([ran] { ++*ran; });
    }
    QCoreApplication::processEvents();
    EXPECT_EQ(*ran, 0);
    // The captures were released with the dropped tasks.
    EXPECT_EQ(ran.use_count(), 1);

    ThreadMailbox live;
    live.post([ran] { ++*ran; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return *ran == 1; }, 5000));
}

TEST(ThreadMailbox, WaitForPostedTasksReturnsOnceTheyRanOrSaysItTimedOut)
{
    QThread worker;
    ThreadMailbox mailbox;
    mailbox.moveToThread(&worker);
    worker.start();

    std::atomic<bool> release { false };
    int sum = 0; // written only by the tasks, read here after the wait
    mailbox.post([&] {
        while (!release)
            QThread::msleep(1);
    });
    for (int i = 1; i <= 10; ++i)
        mailbox.post([&sum, i] { sum += i; });
    EXPECT_FALSE(mailbox.waitForPostedTasks(std::chrono::milliseconds(50))) << "the first task still blocks";
    release = true;
    EXPECT_TRUE(mailbox.waitForPostedTasks(std::chrono::seconds(10)));
    EXPECT_EQ(sum, 55);

    worker.quit();
    worker.wait();
}
