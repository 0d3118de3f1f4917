#pragma once
// What differs between two runs' settings, in the project file's own key names
// ("optimizer.name: adam → sgd", "learning_rate: 0.01 → 0.1"): the Runs view's
// "what changed" column and the comparison of two runs read it.
#include "TrainingConfig.h"

#include <QStringList>
#include <QVector>

namespace nw {

struct SettingChange {
    QString key; // the training section's dotted key: "optimizer.name"
    QString before, after; // the values as the project file writes them; "—" for none
};

// One per setting that differs, in key order; empty when none does.
QVector<SettingChange> settingChanges(const TrainingConfig& before, const TrainingConfig& after);
// The same as lines: "optimizer.name: adam → sgd".
QStringList trainingConfigChanges(const TrainingConfig& before, const TrainingConfig& after);

} // namespace nw
