#pragma once
// Measures how responsive the event loop of its thread is: a precise single-shot
// timer is armed for intervalMs again and again, and each timeout records how much
// later than due it was handled. p99 lateness is what a user feels as a stutter;
// the GUI's budget is one frame (16 ms). Used by bench/gui_latency_bench and tests;
// owned by whoever measures, and lives on the thread it measures.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace nw {

class EventLoopLatencyProbe : public QObject {
    Q_OBJECT
public:
    explicit EventLoopLatencyProbe(QObject* parent = nullptr);

    void start(int intervalMs = 5); // clears earlier samples
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    int sampleCount() const { return static_cast<int>(m_latenessUs.size()); }
    // Lateness in milliseconds; 0 without samples. quantile in [0, 1].
    double quantileMs(double quantile) const;
    double p50Ms() const { return quantileMs(0.5); }
    double p99Ms() const { return quantileMs(0.99); }
    double maxMs() const { return quantileMs(1.0); }
    // The nearest-rank quantile of lateness samples in microseconds, in milliseconds:
    // the smallest sample with at least `quantile` of all at or below it; 0 when empty.
    static double nearestRankMs(std::vector<qint64> latenessUs, double quantile);

private:
    void onTimeout();
    void arm();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueNs = 0;
    int m_intervalMs = 5;
    std::vector<qint64> m_latenessUs;
};

} // namespace nw
