#pragma once
// How a run ended, in English words: for the CLI, the benchmarks and the errors of the
// std-only rooms. The window words the same TrainingResult in the user's language
// (app/gui/RunMessages), so nothing ever parses these sentences back.
#include "TrainingReports.h"

#include <string>

namespace nw {

// "completed 3 epochs", "stopped at epoch 4, batch 12", "stopped early after epoch 7:
// the validation loss has not improved for 2 epochs (best: epoch 5); ...", "the loss
// became nan at epoch 2, batch 14: ...".
std::string describeTrainingEnd(const TrainingResult& result);

} // namespace nw
