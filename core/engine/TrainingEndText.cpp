#include "TrainingEndText.h"

#include <sstream>

namespace nw {

namespace {

std::string formatNumber(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string plural(int n, const char* noun)
{
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

} // namespace

std::string describeTrainingEnd(const TrainingResult& result)
{
    const std::string where = "epoch " + std::to_string(result.stopEpoch) + ", batch " + std::to_string(result.stopBatch);
    switch (result.status) {
    case TrainingStatus::Completed:
        return "completed " + plural(result.epochsCompleted, "epoch");
    case TrainingStatus::Stopped:
        return "stopped at " + where;
    case TrainingStatus::EarlyStopped:
        return "stopped early after epoch " + std::to_string(result.stopEpoch) + ": the "
            + (result.monitoredValidation ? "validation" : "training") + " loss has not improved for "
            + plural(result.patience, "epoch") + " (best: epoch " + std::to_string(result.bestEpoch + 1) + ")"
            + (result.bestWeightsRestored ? "; the weights of the best epoch are restored" : "");
    case TrainingStatus::Diverged:
        if (result.divergence == DivergenceCause::Loss)
            return "the loss became " + formatNumber(result.divergedLoss) + " at " + where + ": the learning rate ("
                + formatNumber(result.learningRate)
                + ") is probably too high, or the data holds NaN/Inf values. Training stopped; the last good weights "
                  "are kept.";
        return "the gradients became NaN or infinite at " + where
            + ": lower the learning rate or enable gradient clipping. Training stopped; the last good weights are "
              "kept.";
    }
    return {};
}

} // namespace nw
