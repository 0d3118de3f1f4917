#include "Dropout.h"

#include "../EngineError.h"
#include "../Rng.h"
#include "ElementwiseLoop.h"

#include <algorithm>
#include <cmath>

namespace nw {

Dropout::Dropout(float rate)
    : m_rate(rate)
{
    if (!(rate >= 0.0f && rate < 1.0f))
        throw EngineError("Dropout rate must be at least 0 and below 1 (it is the fraction of values dropped), got "
            + std::to_string(rate));
}

Shape Dropout::outputShape(const std::vector<Shape>& inputs) const
{
    return inputs.at(0);
}

void Dropout::initialize(Rng& rng)
{
    m_key = rng.nextU64();
}

std::uint64_t Dropout::stepKey(std::uint64_t step) const
{
    // Hashing the step (not just xoring it in) keeps masks of nearby steps unrelated.
    return m_key ^ splitMix64(step ^ 0xD1B54A32D192ED03ull);
}

void Dropout::applyMask(const Tensor& in, Tensor& out, ExecutionContext& ctx) const
{
    out.resize(in.shape());
    const std::uint64_t key = stepKey(ctx.step);
    const float rate = m_rate;
    const float scale = 1.0f / (1.0f - m_rate);
    const float* x = in.data();
    float* y = out.data();
    forEachElementRange(ctx, in.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            y[i] = hashUniform(key, i) >= rate ? x[i] * scale : 0.0f;
    });
}

void Dropout::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    if (!ctx.training || m_rate == 0.0f) {
        out.copyFrom(x);
        return;
    }
    applyMask(x, out, ctx);
}

void Dropout::backward(
    LayerInputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    if (!ctx.training || m_rate == 0.0f) {
        dx->copyFrom(outGrad);
        return;
    }
    // y = mask * scale * x, so dx = mask * scale * dy with the same mask.
    applyMask(outGrad, *dx, ctx);
}

} // namespace nw
