#include "BatchNorm.h"

#include "../EngineError.h"
#include "ElementwiseLoop.h"

#include <algorithm>
#include <cmath>

namespace nw {

BatchNorm::BatchNorm(float momentum, float eps)
    : m_momentum(momentum)
    , m_eps(eps)
{
    if (!(momentum >= 0.0f && momentum <= 1.0f))
        throw EngineError("BatchNorm momentum must be between 0 and 1, got " + std::to_string(momentum));
    if (!(eps > 0.0f))
        throw EngineError("BatchNorm eps must be a small positive number, got " + std::to_string(eps));
}

Shape BatchNorm::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.empty())
        throw ShapeError("BatchNorm needs features or channels to normalise, but its input is a single number");
    if (shapeNumel(in) == 0)
        throw ShapeError("BatchNorm gets an empty input (" + shapeToString(in) + ")");
    return in;
}

std::size_t BatchNorm::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    return 4 * static_cast<std::size_t>(inputs[0][0]); // weight, bias, running mean and variance
}

void BatchNorm::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    const Shape& in = inputs[0];
    m_channels = in[0];
    m_spatial = shapeNumel(in) / static_cast<std::size_t>(m_channels);
    for (Parameter* p : parameters()) {
        p->value.resize({ m_channels });
        p->grad.resize({ m_channels });
        p->grad.setZero();
    }
    m_mean.assign(static_cast<std::size_t>(m_channels), 0.0f);
    m_invStd.assign(static_cast<std::size_t>(m_channels), 1.0f);
    resetValues();
}

void BatchNorm::initialize(Rng&)
{
    resetValues();
}

void BatchNorm::resetValues()
{
    // Not random: the identity transform with neutral statistics, as in PyTorch.
    m_weight.value.fill(1.0f);
    m_bias.value.setZero();
    m_runningMean.value.setZero();
    m_runningVar.value.fill(1.0f);
}

template <typename Fn> void BatchNorm::forEachChannel(ExecutionContext& ctx, std::size_t valuesPerChannel, Fn&& fn)
{
    // Each channel is reduced by one thread in a fixed order, so the result does
    // not depend on how channels are grouped into parts.
    const std::size_t channels = static_cast<std::size_t>(m_channels);
    const std::size_t grain = std::max<std::size_t>(1, kElementGrain / std::max<std::size_t>(1, valuesPerChannel));
    const int parts = partsFor(channels, grain);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(channels, parts, part);
        for (std::size_t c = r.begin; c < r.end; ++c)
            fn(c);
    });
}

void BatchNorm::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize(x.shape());
    const std::size_t batch = static_cast<std::size_t>(x.dim(0));
    const std::size_t channels = static_cast<std::size_t>(m_channels);
    const std::size_t spatial = m_spatial;
    const std::size_t count = batch * spatial;
    if (count == 0)
        return;
    if (ctx.training && count < 2)
        throw EngineError("BatchNorm needs more than one value per channel to train; with flat inputs that means a "
                          "batch size of at least 2");

    const float momentum = m_momentum;
    forEachChannel(ctx, count, [&](std::size_t c) {
        float mean;
        float invStd;
        if (ctx.training) {
            // Two passes in double: the mean first, then squared deviations, which
            // stays accurate when the mean is large compared to the spread.
            double sum = 0.0;
            for (std::size_t n = 0; n < batch; ++n) {
                const float* v = x.data() + (n * channels + c) * spatial;
                for (std::size_t s = 0; s < spatial; ++s)
                    sum += v[s];
            }
            const double meanD = sum / static_cast<double>(count);
            double squares = 0.0;
            for (std::size_t n = 0; n < batch; ++n) {
                const float* v = x.data() + (n * channels + c) * spatial;
                for (std::size_t s = 0; s < spatial; ++s) {
                    const double d = v[s] - meanD;
                    squares += d * d;
                }
            }
            const double var = squares / static_cast<double>(count);
            const double unbiased = squares / static_cast<double>(count - 1);
            mean = static_cast<float>(meanD);
            invStd = static_cast<float>(1.0 / std::sqrt(var + static_cast<double>(m_eps)));
            float& rm = m_runningMean.value[c];
            float& rv = m_runningVar.value[c];
            rm = static_cast<float>((1.0 - momentum) * rm + momentum * meanD);
            rv = static_cast<float>((1.0 - momentum) * rv + momentum * unbiased);
        } else {
            mean = m_runningMean.value[c];
            invStd = static_cast<float>(1.0 / std::sqrt(static_cast<double>(m_runningVar.value[c]) + m_eps));
        }
        m_mean[c] = mean;
        m_invStd[c] = invStd;
        const float scale = invStd * m_weight.value[c];
        const float shift = m_bias.value[c];
        for (std::size_t n = 0; n < batch; ++n) {
            const std::size_t offset = (n * channels + c) * spatial;
            const float* v = x.data() + offset;
            float* y = out.data() + offset;
            for (std::size_t s = 0; s < spatial; ++s)
                y[s] = (v[s] - mean) * scale + shift;
        }
    });
}

void BatchNorm::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    Tensor* dxTensor = inputGrads[0];
    if (dxTensor)
        dxTensor->resize(x.shape());
    const std::size_t batch = static_cast<std::size_t>(x.dim(0));
    const std::size_t channels = static_cast<std::size_t>(m_channels);
    const std::size_t spatial = m_spatial;
    const std::size_t count = batch * spatial;
    if (count == 0) {
        m_weight.grad.setZero();
        m_bias.grad.setZero();
        return;
    }

    forEachChannel(ctx, count, [&](std::size_t c) {
        const float mean = m_mean[c];
        const float invStd = m_invStd[c];
        double sumDy = 0.0;
        double sumDyXhat = 0.0;
        for (std::size_t n = 0; n < batch; ++n) {
            const std::size_t offset = (n * channels + c) * spatial;
            const float* v = x.data() + offset;
            const float* dy = outGrad.data() + offset;
            for (std::size_t s = 0; s < spatial; ++s) {
                sumDy += dy[s];
                sumDyXhat += static_cast<double>(dy[s]) * ((v[s] - mean) * invStd);
            }
        }
        m_weight.grad[c] = static_cast<float>(sumDyXhat);
        m_bias.grad[c] = static_cast<float>(sumDy);
        if (!dxTensor)
            return;

        const float scale = m_weight.value[c] * invStd;
        // In training the batch statistics depend on every input, which adds the
        // two mean terms; in evaluation the statistics are constants.
        const float meanDy = ctx.training ? static_cast<float>(sumDy / static_cast<double>(count)) : 0.0f;
        const float meanDyXhat = ctx.training ? static_cast<float>(sumDyXhat / static_cast<double>(count)) : 0.0f;
        for (std::size_t n = 0; n < batch; ++n) {
            const std::size_t offset = (n * channels + c) * spatial;
            const float* v = x.data() + offset;
            const float* dy = outGrad.data() + offset;
            float* dx = dxTensor->data() + offset;
            for (std::size_t s = 0; s < spatial; ++s) {
                const float xhat = (v[s] - mean) * invStd;
                dx[s] = scale * (dy[s] - meanDy - xhat * meanDyXhat);
            }
        }
    });
}

std::vector<Parameter*> BatchNorm::parameters()
{
    return { &m_weight, &m_bias, &m_runningMean, &m_runningVar };
}

} // namespace nw
