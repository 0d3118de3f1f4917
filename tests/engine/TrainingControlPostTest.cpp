// TrainingControl::post(): work for the training thread runs between batches, in
// waitForPermission(), also while paused, and runPosted() drains what is left.
#include "engine/TrainingControl.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace nw;

TEST(TrainingControlPost, TasksRunInWaitForPermissionOnTheWaitingThread)
{
    TrainingControl control;
    std::thread::id ranOn;
    control.post([&] { ranOn = std::this_thread::get_id(); });
    EXPECT_TRUE(control.waitForPermission());
    EXPECT_EQ(ranOn, std::this_thread::get_id());
}

TEST(TrainingControlPost, APausedTrainerServesTasksAndStaysPaused)
{
    TrainingControl control;
    control.requestPause();
    std::atomic<int> served{0};
    std::atomic<bool> permitted{false};
    std::thread trainer([&] { permitted = control.waitForPermission(); });
    control.post([&] { ++served; });
    for (int i = 0; i < 2000 && served.load() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    EXPECT_EQ(served.load(), 1);
    EXPECT_FALSE(permitted.load()); // still paused
    control.resume();
    trainer.join();
    EXPECT_TRUE(permitted.load());
}

TEST(TrainingControlPost, RunPostedDrainsAfterTheRun)
{
    TrainingControl control;
    int served = 0;
    control.post([&] { ++served; });
    control.post([&] { control.post([&] { ++served; }); }); // posted from a task: also run
    control.runPosted();
    EXPECT_EQ(served, 2);
}
