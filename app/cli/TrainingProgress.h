#pragma once
// Training progress on stderr: a live bar with ETA when stderr is a terminal
// (redrawn at most ten times a second), one plain line per epoch otherwise, so
// logs stay readable in CI.
#include "engine/TrainingReports.h"

#include <QElapsedTimer>

namespace nw::cli {

class TrainingProgress {
public:
    TrainingProgress(int totalEpochs, int firstEpoch, bool terminal);

    void onBatch(const BatchReport& report);
    void onEpoch(const EpochReport& report);
    void finish();

private:
    int m_totalEpochs;
    int m_firstEpoch;
    bool m_terminal;
    bool m_barShown = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

} // namespace nw::cli
