#pragma once
// Plain structs the trainer hands to its callbacks and returns: cheap to copy,
// so a GUI worker can queue them across threads as they are.
#include <cstddef>
#include <string>
#include <vector>

namespace nw {

struct BatchReport {
    int epoch = 0; // 0-based
    int batch = 0; // 0-based within the epoch
    int batchesPerEpoch = 0;
    float loss = 0.0f;     // this batch, including L1/L2 penalties
    float accuracy = -1.0f; // this batch; -1 when the loss has no notion of accuracy
    float learningRate = 0.0f;
    float gradientNorm = 0.0f;
    long long samplesSeen = 0; // since fit() started
    double elapsedSeconds = 0.0;
};

struct EpochReport {
    int epoch = 0;
    float trainLoss = 0.0f;
    float trainAccuracy = -1.0f;
    bool hasValidation = false;
    float validationLoss = 0.0f;
    float validationAccuracy = -1.0f;
    float learningRate = 0.0f;
    double seconds = 0.0;
    double samplesPerSecond = 0.0;
    bool improved = false; // new best of the monitored loss
};

struct Evaluation {
    float loss = 0.0f;
    float accuracy = -1.0f;
    std::size_t samples = 0;
};

enum class TrainingStatus { Completed, Stopped, EarlyStopped, Diverged };

// What became NaN or infinite when a run diverged.
enum class DivergenceCause { Loss, Gradients };

// How a run ended, as data: the window words it in the user's language (RunMessages,
// with tr()), the CLI and the other std-only callers in English (describeTrainingEnd).
struct TrainingResult {
    TrainingStatus status = TrainingStatus::Completed;
    int epochsCompleted = 0; // in this run (a resumed run counts from its start)
    int bestEpoch = -1;      // 0-based, of the monitored loss; -1 before any epoch
    // Stopped, Diverged: where (1-based). EarlyStopped: the last epoch trained (1-based).
    int stopEpoch = 0;
    int stopBatch = 0;
    // Diverged: what went non-finite, the loss's value then and the learning rate.
    DivergenceCause divergence = DivergenceCause::Loss;
    float divergedLoss = 0.0f;
    float learningRate = 0.0f;
    // EarlyStopped: which loss was watched, for how many epochs, and whether the best
    // epoch's weights were put back.
    bool monitoredValidation = false;
    int patience = 0;
    bool bestWeightsRestored = false;
    std::vector<EpochReport> history;
    double samplesPerSecond = 0.0;

    // The 0-based epoch the final weights are of: the best one when its weights were put
    // back, else the last finished one (a run stopped mid-epoch adds some batches of the
    // next); -1 when no epoch finished.
    int finalWeightsEpoch() const
    {
        if (bestWeightsRestored)
            return bestEpoch;
        return history.empty() ? -1 : history.back().epoch;
    }
};

} // namespace nw
