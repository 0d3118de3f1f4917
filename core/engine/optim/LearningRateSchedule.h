#pragma once
// The learning rate as a function of training progress, the way PyTorch's epoch
// schedulers (StepLR, ExponentialLR, CosineAnnealingLR) set it, optionally preceded
// by a linear warm-up that ramps per batch. A pure function of (epoch, fraction of
// the epoch), so a resumed run picks up the same rate without saved scheduler state.
// Built by the trainer from the project's training settings.
#include <string>
#include <string_view>

namespace nw {

enum class ScheduleKind {
    Constant, // the base rate throughout
    Step, // base * gamma^floor(epoch / stepEpochs)            (StepLR)
    Exponential, // base * gamma^epoch                                (ExponentialLR)
    Cosine, // from base down to minLearningRate over totalEpochs (CosineAnnealingLR), then held
};

struct ScheduleSettings {
    ScheduleKind kind = ScheduleKind::Constant;
    float learningRate = 1e-3f; // the base rate
    int stepEpochs = 10; // Step: epochs between decays
    float gamma = 0.1f; // Step, Exponential: factor per decay
    int totalEpochs = 10; // Cosine: epochs to reach minLearningRate
    float minLearningRate = 0.0f; // Cosine
    double warmupEpochs = 0.0; // any kind; may be fractional, 0 for none
};

// "constant", "step", "exponential" or "cosine", any case; throws EngineError naming them otherwise.
ScheduleKind parseScheduleKind(std::string_view name);
std::string scheduleKindName(ScheduleKind kind);

class LearningRateSchedule {
public:
    // Throws EngineError on settings that give no sensible rate (negative rate, gamma <= 0, ...).
    explicit LearningRateSchedule(const ScheduleSettings& settings);

    // The rate for a batch. epoch is 0-based; fractionOfEpoch in [0, 1] is how far through
    // the epoch the batch is. The scheduled rate changes per epoch only; during warm-up it
    // is scaled by (epoch + fractionOfEpoch) / warmupEpochs, so the trainer passes
    // (batch + 1) / batchesPerEpoch: the first batch gets a small rate rather than none,
    // and the last warm-up batch the full one.
    float learningRate(int epoch, double fractionOfEpoch) const;

    const ScheduleSettings& settings() const { return m_settings; }

private:
    double scheduled(int epoch) const;

    ScheduleSettings m_settings;
};

} // namespace nw
