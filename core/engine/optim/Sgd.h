#pragma once
// Stochastic gradient descent with optional momentum, Nesterov momentum, dampening
// and coupled weight decay, exactly as torch.optim.SGD:
//   d = g + weightDecay * w
//   buf = d on the first update, then momentum * buf + (1 - dampening) * d
//   w -= lr * (nesterov ? d + momentum * buf : buf)     (w -= lr * d without momentum)
// The classroom default: the rule students derive by hand.
#include "Optimizer.h"

namespace nw {

class Sgd : public Optimizer {
public:
    // Throws EngineError on negative settings, and on Nesterov without momentum or
    // with dampening (which PyTorch refuses too).
    explicit Sgd(float momentum = 0, bool nesterov = false, float weightDecay = 0, float dampening = 0);

    std::string typeName() const override { return "SGD"; }
    void step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool) override;

    float momentum() const { return m_momentum; }
    bool nesterov() const { return m_nesterov; }
    float weightDecay() const { return m_weightDecay; }
    float dampening() const { return m_dampening; }

protected:
    std::vector<std::string> slotNames() const override;
    std::vector<std::string> knownSlotNames() const override { return { "momentum_buffer" }; }
    bool keepsParameterStep() const override { return false; }

private:
    float m_momentum;
    bool m_nesterov;
    float m_weightDecay;
    float m_dampening;
};

} // namespace nw
