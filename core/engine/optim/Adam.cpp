#include "Adam.h"

#include "../EngineError.h"
#include "UpdateLoop.h"

#include <cmath>

namespace nw {

namespace {

bool isBeta(float b)
{
    return b >= 0.0f && b < 1.0f;
}

// The constants of one update, in double like PyTorch's Python-side scalars.
struct AdamScalars {
    float beta1, oneMinusBeta1, beta2, oneMinusBeta2;
    float stepSize; // lr / (1 - beta1^t) * sqrt(1 - beta2^t)
    float epsHat; // eps * sqrt(1 - beta2^t)
};

// sqrt(v) / sqrt(bc2) + eps == (sqrt(v) + eps * sqrt(bc2)) / sqrt(bc2): folding sqrt(bc2)
// into the step size and eps leaves one division per element instead of two.
template <typename Direction>
void adamUpdate(ArrayMap& w, ArrayMap& m, ArrayMap& v, const Direction& d, const AdamScalars& k)
{
    m = k.beta1 * m + k.oneMinusBeta1 * d;
    v = k.beta2 * v + k.oneMinusBeta2 * d.square();
    w -= k.stepSize * m / (v.sqrt() + k.epsHat);
}

} // namespace

Adam::Adam(float beta1, float beta2, float eps, float weightDecay)
    : Adam(beta1, beta2, eps, weightDecay, false)
{
}

Adam::Adam(float beta1, float beta2, float eps, float weightDecay, bool decoupledWeightDecay)
    : m_beta1(beta1)
    , m_beta2(beta2)
    , m_eps(eps)
    , m_weightDecay(weightDecay)
    , m_decoupled(decoupledWeightDecay)
{
    if (!isBeta(beta1) || !isBeta(beta2))
        throw EngineError(
            "Adam betas must lie in [0, 1), got " + std::to_string(beta1) + " and " + std::to_string(beta2));
    if (!(eps >= 0.0f) || !std::isfinite(eps) || !(weightDecay >= 0.0f) || !std::isfinite(weightDecay))
        throw EngineError("Adam eps and weight decay must be finite and >= 0");
}

void Adam::step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool)
{
    const std::span<ParamState* const> states = prepareStep(params, learningRate);
    const double lr = learningRate;
    const float wd = m_weightDecay;
    const bool coupled = !m_decoupled && wd != 0.0f;
    const float shrink = static_cast<float>(1.0 - lr * static_cast<double>(wd));
    const bool decoupled = m_decoupled && wd != 0.0f;
    for (std::size_t i = 0; i < params.size(); ++i) {
        Parameter& p = *params[i].param;
        ParamState& s = *states[i];
        ++s.step;
        const double t = static_cast<double>(s.step);
        const double bc1 = 1.0 - std::pow(static_cast<double>(m_beta1), t);
        const double bc2Sqrt = std::sqrt(1.0 - std::pow(static_cast<double>(m_beta2), t));
        const AdamScalars k { m_beta1, static_cast<float>(1.0 - static_cast<double>(m_beta1)), m_beta2,
            static_cast<float>(1.0 - static_cast<double>(m_beta2)), static_cast<float>(lr / bc1 * bc2Sqrt),
            static_cast<float>(static_cast<double>(m_eps) * bc2Sqrt) };
        float* w = p.value.data();
        const float* g = p.grad.data();
        float* m = s.slotTensors[0].data();
        float* v = s.slotTensors[1].data();
        forEachUpdateTile(pool, p.value.size(), [&](std::size_t at, Eigen::Index n) {
            ArrayMap W(w + at, n);
            ArrayMap M(m + at, n);
            ArrayMap V(v + at, n);
            const ConstArrayMap G(g + at, n);
            if (decoupled)
                W *= shrink;
            if (coupled)
                adamUpdate(W, M, V, G + wd * W, k);
            else
                adamUpdate(W, M, V, G, k);
        });
    }
}

} // namespace nw
