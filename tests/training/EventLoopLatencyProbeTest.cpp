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
    EXPECT_LE(probe.p50Ms(), probe.p99Ms());
    EXPECT_LE(probe.p99Ms(), probe.maxMs());
    EXPECT_LT(probe.p50Ms(), 5.0);
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
