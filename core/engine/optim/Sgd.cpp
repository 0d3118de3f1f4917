#include "Sgd.h"

#include "../EngineError.h"
#include "UpdateLoop.h"

#include <cmath>

namespace nw {

namespace {

bool isNonNegative(float v)
{
    return v >= 0.0f && std::isfinite(v);
}

// The momentum update for a direction expression `d` (the gradient, or the gradient
// plus weight decay written inline so it is never stored).
template <typename Direction>
void momentumUpdate(
    ArrayMap& w, ArrayMap& buf, const Direction& d, bool first, float momentum, float keep, bool nesterov, float lr)
{
    if (first)
        buf = d;
    else
        buf = momentum * buf + keep * d;
    if (nesterov)
        w -= lr * (d + momentum * buf);
    else
        w -= lr * buf;
}

} // namespace

Sgd::Sgd(float momentum, bool nesterov, float weightDecay, float dampening)
    : m_momentum(momentum)
    , m_nesterov(nesterov)
    , m_weightDecay(weightDecay)
    , m_dampening(dampening)
{
    if (!isNonNegative(momentum) || !isNonNegative(weightDecay) || !isNonNegative(dampening))
        throw EngineError("SGD momentum, weight decay and dampening must be finite and >= 0");
    if (nesterov && (momentum <= 0.0f || dampening != 0.0f))
        throw EngineError("Nesterov momentum needs a momentum above 0 and no dampening");
}

std::vector<std::string> Sgd::slotNames() const
{
    if (m_momentum == 0.0f)
        return {};
    return { "momentum_buffer" };
}

void Sgd::step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool)
{
    const std::span<ParamState* const> states = prepareStep(params, learningRate);
    const float lr = learningRate;
    const float wd = m_weightDecay;
    const float mu = m_momentum;
    const float keep = static_cast<float>(1.0 - static_cast<double>(m_dampening));
    const bool nesterov = m_nesterov;
    for (std::size_t i = 0; i < params.size(); ++i) {
        Parameter& p = *params[i].param;
        ParamState& s = *states[i];
        // PyTorch starts the buffer at the first direction rather than decaying a zero buffer.
        const bool first = s.step == 0;
        ++s.step;
        float* w = p.value.data();
        const float* g = p.grad.data();
        float* b = mu != 0.0f ? s.slotTensors[0].data() : nullptr;
        forEachUpdateTile(pool, p.value.size(), [&](std::size_t at, Eigen::Index n) {
            ArrayMap W(w + at, n);
            const ConstArrayMap G(g + at, n);
            if (!b) {
                if (wd == 0.0f)
                    W -= lr * G;
                else
                    W -= lr * (G + wd * W);
                return;
            }
            ArrayMap B(b + at, n);
            if (wd == 0.0f)
                momentumUpdate(W, B, G, first, mu, keep, nesterov, lr);
            else
                momentumUpdate(W, B, G + wd * W, first, mu, keep, nesterov, lr);
        });
    }
}

} // namespace nw
