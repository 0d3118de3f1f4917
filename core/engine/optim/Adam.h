#pragma once
// Adam with bias correction and coupled weight decay, exactly as torch.optim.Adam
// (amsgrad off):
//   d = g + weightDecay * w
//   m = beta1 * m + (1 - beta1) * d,   v = beta2 * v + (1 - beta2) * d^2
//   w -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
// with t the parameter's own update count. AdamW reuses this rule with decoupled
// decay, which is why the second constructor exists.
#include "Optimizer.h"

namespace nw {

class Adam : public Optimizer {
public:
    // Throws EngineError when a beta is outside [0, 1) or eps or weightDecay is negative.
    explicit Adam(float beta1 = 0.9f, float beta2 = 0.999f, float eps = 1e-8f, float weightDecay = 0);

    std::string typeName() const override { return "Adam"; }
    void step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool) override;

    float beta1() const { return m_beta1; }
    float beta2() const { return m_beta2; }
    float eps() const { return m_eps; }
    float weightDecay() const { return m_weightDecay; }

protected:
    // decoupledWeightDecay: w *= 1 - lr * weightDecay before the update instead of adding it to the gradient.
    Adam(float beta1, float beta2, float eps, float weightDecay, bool decoupledWeightDecay);

    std::vector<std::string> slotNames() const override { return { "exp_avg", "exp_avg_sq" }; }

private:
    float m_beta1;
    float m_beta2;
    float m_eps;
    float m_weightDecay;
    bool m_decoupled;
};

} // namespace nw
