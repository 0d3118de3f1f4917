#pragma once
// What differs between two runs' settings, in the project file's own key names
// ("optimizer.name: adam → sgd", "learning_rate: 0.01 → 0.1"): the Runs view's
// "what changed" column and the comparison of two runs read it.
#include "TrainingConfig.h"

#include <QStringList>

namespace nw {

// One line per setting that differs, in key order; empty when none does.
QStringList trainingConfigChanges(const TrainingConfig& before, const TrainingConfig& after);

} // namespace nw
