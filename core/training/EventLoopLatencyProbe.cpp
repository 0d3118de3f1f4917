#include "EventLoopLatencyProbe.h"

#include <algorithm>
#include <cmath>

namespace nw {

EventLoopLatencyProbe::EventLoopLatencyProbe(QObject* parent)
    : QObject(parent)
{
    // Single-shot and re-armed on each timeout: a repeating timer would fold a late
    // timeout into the next interval and hide part of the delay.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLatencyProbe::onTimeout);
}

void EventLoopLatencyProbe::start(int intervalMs)
{
    m_intervalMs = std::max(1, intervalMs);
    m_latenessUs.clear();
    m_clock.start();
    arm();
}

void EventLoopLatencyProbe::stop()
{
    m_timer.stop();
}

double EventLoopLatencyProbe::quantileMs(double quantile) const
{
    return nearestRankMs(m_latenessUs, quantile);
}

double EventLoopLatencyProbe::nearestRankMs(std::vector<qint64> latenessUs, double quantile)
{
    if (latenessUs.empty())
        return 0.0;
    std::sort(latenessUs.begin(), latenessUs.end());
    const double rank = std::ceil(std::clamp(quantile, 0.0, 1.0) * static_cast<double>(latenessUs.size()));
    const auto index = static_cast<std::size_t>(std::max(1.0, rank)) - 1;
    return static_cast<double>(latenessUs[index]) / 1000.0;
}

void EventLoopLatencyProbe::onTimeout()
{
    const qint64 lateNs = m_clock.nsecsElapsed() - m_dueNs;
    m_latenessUs.push_back(std::max<qint64>(0, lateNs / 1000));
    arm();
}

void EventLoopLatencyProbe::arm()
{
    m_dueNs = m_clock.nsecsElapsed() + static_cast<qint64>(m_intervalMs) * 1'000'000;
    m_timer.start(m_intervalMs);
}

} // namespace nw
