#include "RmsProp.h"

#include "../EngineError.h"
#include "UpdateLoop.h"

#include <cmath>

namespace nw {

namespace {

bool isNonNegative(float v)
{
    return v >= 0.0f && std::isfinite(v);
}

struct RmsScalars {
    float alpha, oneMinusAlpha, eps, momentum, lr;
};

template <typename Direction>
void rmsUpdate(ArrayMap& w, ArrayMap& v, ArrayMap* buf, const Direction& d, const RmsScalars& k)
{
    v = k.alpha * v + k.oneMinusAlpha * d.square();
    if (buf) {
        *buf = k.momentum * *buf + d / (v.sqrt() + k.eps);
        w -= k.lr * *buf;
    } else {
        w -= k.lr * d / (v.sqrt() + k.eps);
    }
}

} // namespace

RmsProp::RmsProp(float alpha, float eps, float weightDecay, float momentum)
    : m_alpha(alpha)
    , m_eps(eps)
    , m_weightDecay(weightDecay)
    , m_momentum(momentum)
{
    if (!(alpha >= 0.0f && alpha <= 1.0f))
        throw EngineError("RMSprop alpha must lie in [0, 1], got " + std::to_string(alpha));
    if (!isNonNegative(eps) || !isNonNegative(weightDecay) || !isNonNegative(momentum))
        throw EngineError("RMSprop eps, weight decay and momentum must be finite and >= 0");
}

std::vector<std::string> RmsProp::slotNames() const
{
    if (m_momentum == 0.0f)
        return { "square_avg" };
    return { "square_avg", "momentum_buffer" };
}

void RmsProp::step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool)
{
    const std::span<ParamState* const> states = prepareStep(params, learningRate);
    const float wd = m_weightDecay;
    const RmsScalars k { m_alpha, static_cast<float>(1.0 - static_cast<double>(m_alpha)), m_eps, m_momentum,
        learningRate };
    for (std::size_t i = 0; i < params.size(); ++i) {
        Parameter& p = *params[i].param;
        ParamState& s = *states[i];
        ++s.step;
        float* w = p.value.data();
        const float* g = p.grad.data();
        float* v = s.slotTensors[0].data();
        float* b = m_momentum != 0.0f ? s.slotTensors[1].data() : nullptr;
        forEachUpdateTile(pool, p.value.size(), [&](std::size_t at, Eigen::Index n) {
            ArrayMap W(w + at, n);
            ArrayMap V(v + at, n);
            ArrayMap B(b ? b + at : w + at, n); // unused without momentum
            ArrayMap* buf = b ? &B : nullptr;
            if (wd == 0.0f)
                rmsUpdate(W, V, buf, ConstArrayMap(g + at, n), k);
            else
                rmsUpdate(W, V, buf, ConstArrayMap(g + at, n) + wd * W, k);
        });
    }
}

} // namespace nw
