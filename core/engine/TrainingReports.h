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

struct TrainingResult {
    TrainingStatus status = TrainingStatus::Completed;
    std::string message; // why training ended, in words for the user
    int epochsCompleted = 0;
    int bestEpoch = -1;
    std::vector<EpochReport> history;
    double samplesPerSecond = 0.0;
};

} // namespace nw
