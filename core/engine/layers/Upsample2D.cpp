#include "Upsample2D.h"

#include "../EngineError.h"
#include "PlaneLoop.h"

#include <algorithm>

namespace nw {

namespace {

// Larger factors make images no classroom model needs and blow up memory.
constexpr int kMaxScale = 16;

} // namespace

const char* upsampleModeName(UpsampleMode mode)
{
    return mode == UpsampleMode::Bilinear ? "bilinear" : "nearest";
}

Upsample2D::Upsample2D(int scaleFactor, UpsampleMode mode)
    : m_scale(scaleFactor)
    , m_mode(mode)
{
    if (scaleFactor < 1 || scaleFactor > kMaxScale)
        throw ShapeError("Upsample2D needs a scale factor between 1 and " + std::to_string(kMaxScale) + ", got "
            + std::to_string(scaleFactor));
}

Shape Upsample2D::outputShape(const std::vector<Shape>& inputs) const
{
    const ImageShape in = imageInput(inputs.at(0));
    return { in.channels, in.height * m_scale, in.width * m_scale };
}

std::vector<Upsample2D::Tap> Upsample2D::taps(int input) const
{
    std::vector<Tap> t(static_cast<std::size_t>(input * m_scale));
    // PyTorch's source index with a given scale_factor: scale = 1 / factor, in float.
    const float scale = 1.0f / static_cast<float>(m_scale);
    for (int o = 0; o < static_cast<int>(t.size()); ++o) {
        if (m_mode == UpsampleMode::Nearest) {
            const int i = std::min(o / m_scale, input - 1);
            t[static_cast<std::size_t>(o)] = { i, i, 0.0f };
            continue;
        }
        const float source = std::max(0.0f, scale * (static_cast<float>(o) + 0.5f) - 0.5f);
        const int low = std::min(static_cast<int>(source), input - 1);
        const int high = std::min(low + 1, input - 1);
        t[static_cast<std::size_t>(o)] = { low, high, source - static_cast<float>(low) };
    }
    return t;
}

void Upsample2D::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_in = imageInput(inputs[0]);
    m_rows = taps(m_in.height);
    m_cols = taps(m_in.width);
}

void Upsample2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int outH = m_in.height * m_scale;
    const int outW = m_in.width * m_scale;
    out.resize({ x.dim(0), m_in.channels, outH, outW });
    const std::size_t inPlane = static_cast<std::size_t>(m_in.planeSize());
    const std::size_t outPlane = static_cast<std::size_t>(outH) * outW;
    const int width = m_in.width;
    forEachPlane(*ctx.pool, static_cast<std::size_t>(x.dim(0)) * m_in.channels, m_in.planeSize(), [&](std::size_t p) {
        const float* src = x.data() + p * inPlane;
        float* dst = out.data() + p * outPlane;
        for (int oh = 0; oh < outH; ++oh) {
            const Tap r = m_rows[static_cast<std::size_t>(oh)];
            const float* top = src + static_cast<std::size_t>(r.low) * width;
            const float* bottom = src + static_cast<std::size_t>(r.high) * width;
            float* line = dst + static_cast<std::size_t>(oh) * outW;
            for (int ow = 0; ow < outW; ++ow) {
                const Tap c = m_cols[static_cast<std::size_t>(ow)];
                if (m_mode == UpsampleMode::Nearest) {
                    line[ow] = top[c.low];
                    continue;
                }
                // The order of PyTorch's CPU kernel: rows' weights outside.
                line[ow] = (1.0f - r.frac) * ((1.0f - c.frac) * top[c.low] + c.frac * top[c.high])
                    + r.frac * ((1.0f - c.frac) * bottom[c.low] + c.frac * bottom[c.high]);
            }
        }
    });
}

void Upsample2D::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    const Tensor& x = *inputs[0];
    dx->resize(x.shape());
    const int outH = m_in.height * m_scale;
    const int outW = m_in.width * m_scale;
    const std::size_t inPlane = static_cast<std::size_t>(m_in.planeSize());
    const std::size_t outPlane = static_cast<std::size_t>(outH) * outW;
    const int width = m_in.width;
    forEachPlane(*ctx.pool, static_cast<std::size_t>(x.dim(0)) * m_in.channels, m_in.planeSize(), [&](std::size_t p) {
        float* grad = dx->data() + p * inPlane;
        const float* dy = outGrad.data() + p * outPlane;
        std::fill(grad, grad + inPlane, 0.0f);
        // Output pixels in row-major order: each input's sum forms the same way always.
        for (int oh = 0; oh < outH; ++oh) {
            const Tap r = m_rows[static_cast<std::size_t>(oh)];
            float* top = grad + static_cast<std::size_t>(r.low) * width;
            float* bottom = grad + static_cast<std::size_t>(r.high) * width;
            const float* line = dy + static_cast<std::size_t>(oh) * outW;
            for (int ow = 0; ow < outW; ++ow) {
                const Tap c = m_cols[static_cast<std::size_t>(ow)];
                const float g = line[ow];
                if (m_mode == UpsampleMode::Nearest) {
                    top[c.low] += g;
                    continue;
                }
                top[c.low] += (1.0f - r.frac) * (1.0f - c.frac) * g;
                top[c.high] += (1.0f - r.frac) * c.frac * g;
                bottom[c.low] += r.frac * (1.0f - c.frac) * g;
                bottom[c.high] += r.frac * c.frac * g;
            }
        }
    });
}

} // namespace nw
