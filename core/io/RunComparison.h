#pragma once
// Two runs side by side: the settings and the figures in which they differ, as rows
// of (what, first run, second run). The Runs view's comparison table shows them.
#include "RunRecord.h"

#include <QString>
#include <QVector>

namespace nw {

struct RunDifference {
    QString what; // "learning_rate", "final validation accuracy", ...
    QString first;
    QString second;
};

// Settings first (the training section's dotted keys and the data), then the figures
// (epochs, final loss and accuracies, test accuracy, duration), each only when the
// two differ.
QVector<RunDifference> compareRuns(const RunRecord& first, const RunRecord& second);

} // namespace nw
