#pragma once
// RMSprop with optional momentum and coupled weight decay, exactly as
// torch.optim.RMSprop (centered off):
//   d = g + weightDecay * w
//   v = alpha * v + (1 - alpha) * d^2
//   buf = momentum * buf + d / (sqrt(v) + eps);  w -= lr * buf   (with momentum)
//   w -= lr * d / (sqrt(v) + eps)                                (without)
#include "Optimizer.h"

namespace nw {

class RmsProp : public Optimizer {
public:
    // Throws EngineError when alpha is outside [0, 1] or another setting is negative.
    explicit RmsProp(float alpha = 0.99f, float eps = 1e-8f, float weightDecay = 0, float momentum = 0);

    std::string typeName() const override { return "RMSprop"; }
    void step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool) override;

    float alpha() const { return m_alpha; }
    float eps() const { return m_eps; }
    float weightDecay() const { return m_weightDecay; }
    float momentum() const { return m_momentum; }

protected:
    std::vector<std::string> slotNames() const override;
    std::vector<std::string> knownSlotNames() const override { return { "square_avg", "momentum_buffer" }; }

private:
    float m_alpha;
    float m_eps;
    float m_weightDecay;
    float m_momentum;
};

} // namespace nw
