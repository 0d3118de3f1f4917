#pragma once
// Decides when validation (or training) loss has stopped improving: after
// `patience` epochs without an improvement of at least `minDelta`.
namespace nw {

struct EarlyStoppingSettings {
    bool enabled = false;
    int patience = 5;
    float minDelta = 0.0f;
    bool restoreBestWeights = true;
};

class EarlyStopping {
public:
    explicit EarlyStopping(EarlyStoppingSettings settings);

    // Records one epoch's monitored loss; returns true when it is a new best.
    bool update(int epoch, float loss);
    bool shouldStop() const;
    int bestEpoch() const { return m_bestEpoch; }
    float bestLoss() const { return m_bestLoss; }

private:
    EarlyStoppingSettings m_settings;
    int m_bestEpoch = -1;
    float m_bestLoss = 0.0f;
    int m_epochsWithoutImprovement = 0;
};

} // namespace nw
