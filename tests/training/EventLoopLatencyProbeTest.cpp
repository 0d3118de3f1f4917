// EventLoopLatencyProbe: records how late its timer is handled.
#include "training/EventLoopLatencyProbe.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using nw::EventLoopLatencyProbe;

namespace {

// A real event loop: QTest::qWait sleeps up to 10 ms between rounds of events,
// which the probe (rightly) reports as lateness.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

TEST(EventLoopLatencyProbe, AnIdleLoopIsOnTime)
{
    EventLoopLatencyProbe probe;
    EXPECT_EQ(probe.p99Ms(), 0.0) << "no samples yet";
    probe.start(5);
    runEventLoop(300);
    probe.stop();
    EXPECT_GE(probe.sampleCount(), 20);
    EXPECT_LT(probe.p50Ms(), 5.0);
}

TEST(EventLoopLatencyProbe, QuantilesAreNearestRank)
{
    std::vector<qint64> us;
    for (int ms = 100; ms >= 1; --ms) // 1..100 ms, unsorted
        us.push_back(ms * 1000);
    EXPECT_DOUBLE_EQ(EventLoopLatencyProbe::nearestRankMs(us, 0.5), 50.0);
    EXPECT_DOUBLE_EQ(EventLoopLatencyProbe::nearestRankMs(us, 0.99), 99.0);
    EXPECT_DOUBLE_EQ(EventLoopLatencyProbe::nearestRankMs(us, 1.0), 100.0);
    EXPECT_DOUBLE_EQ(EventLoopLatencyProbe::nearestRankMs(us, 0.0), 1.0);
    EXPECT_DOUBLE_EQ(EventLoopLatencyProbe::nearestRankMs({ 2500, 7000 }, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(EventLoopLatencyProbe::nearestRankMs({}, 0.99), 0.0);
}

TEST(EventLoopLatencyProbe, ABlockedLoopShowsUpAsLateness)
{
    EventLoopLatencyProbe probe;
    probe.start(5);
    // Block the loop for 60 ms once: that timeout is handled about 55 ms late.
    QTimer::singleShot(20, &probe, [] {
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 60) { }
    });
    runEventLoop(200);
    probe.stop();
    EXPECT_GE(probe.maxMs(), 40.0);
    EXPECT_LT(probe.p50Ms(), 10.0);
}
