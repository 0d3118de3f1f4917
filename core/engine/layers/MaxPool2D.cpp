#include "MaxPool2D.h"

#include "PlaneLoop.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace nw {

namespace {

// Keeps (best, at) or takes (v, index) when v is larger or NaN (NaN wins, as in
// PyTorch, so a diverging net shows it). Bit masks rather than a branch or ?:,
// which compilers keep as a branch that random data mispredicts half the time.
inline void keepMax(float& best, std::int32_t& at, float v, std::int32_t index)
{
    const std::int32_t take = -static_cast<std::int32_t>((v > best) | (v != v));
    best = std::bit_cast<float>((std::bit_cast<std::int32_t>(v) & take) | (std::bit_cast<std::int32_t>(best) & ~take));
    at = (index & take) | (at & ~take);
}

// The common 2x2, stride 2, unpadded pool: every window is whole, so no clipping.
void maxPool2x2(const float* src, float* dst, std::int32_t* arg, int outH, int outW, int width)
{
    for (int oh = 0; oh < outH; ++oh) {
        const std::int32_t row = 2 * oh * width;
        const float* top = src + row;
        const float* bottom = top + width;
        float* best = dst + oh * outW;
        std::int32_t* at = arg + oh * outW;
        for (int ow = 0; ow < outW; ++ow) {
            const std::int32_t i = row + 2 * ow;
            float b = top[2 * ow];
            std::int32_t a = i;
            keepMax(b, a, top[2 * ow + 1], i + 1);
            keepMax(b, a, bottom[2 * ow], i + width);
            keepMax(b, a, bottom[2 * ow + 1], i + width + 1);
            best[ow] = b;
            at[ow] = a;
        }
    }
}

} // namespace

MaxPool2D::MaxPool2D(int kernelSize, int stride, int padding)
    : Pool2D("MaxPool2D", kernelSize, stride, padding)
{
}

void MaxPool2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize({ x.dim(0), m_in.channels, m_outH, m_outW });
    const Planes planes = planesOf(x.dim(0));
    m_argmax.resize(planes.count * planes.outPixels);
    std::int32_t* argmax = m_argmax.data();
    const int kernel = m_kernel;
    const int stride = m_stride;
    const int padding = m_padding;
    forEachPlane(*ctx.pool, planes.count, m_in.planeSize(),
        [&x, &out, argmax, planes, kernel, stride, padding](std::size_t p) {
            // Locals, not members, in the loop: argmax stores are int32 and could alias
            // an int member, which would force a reload of every member per pixel.
            const Planes g = planes;
            const float* src = x.data() + p * g.inPixels;
            float* dst = out.data() + p * g.outPixels;
            std::int32_t* arg = argmax + p * g.outPixels;
            if (kernel == 2 && stride == 2 && padding == 0) {
                maxPool2x2(src, dst, arg, g.outH, g.outW, g.width);
                return;
            }
            // Taps in row-major window order, outputs innermost: the first maximum
            // wins ties, and the inner loop runs over exactly the unclipped outputs.
            for (int oh = 0; oh < g.outH; ++oh) {
                float* best = dst + oh * g.outW;
                std::int32_t* bestAt = arg + oh * g.outW;
                const Window wh = g.window(oh, g.height);
                // Start from -inf at the window's first real pixel (padding is -inf
                // and at most half the kernel, so every window holds one).
                for (int ow = 0; ow < g.outW; ++ow) {
                    best[ow] = -std::numeric_limits<float>::infinity();
                    bestAt[ow] = wh.begin * g.width + g.window(ow, g.width).begin;
                }
                for (int ih = wh.begin; ih < wh.end; ++ih) {
                    const float* line = src + ih * g.width;
                    for (int kw = 0; kw < kernel; ++kw) {
                        const auto [first, last] = validOutputs(g.outW, g.width, stride, padding, kw);
                        for (int ow = first; ow < last; ++ow) {
                            const int iw = ow * stride - padding + kw;
                            keepMax(best[ow], bestAt[ow], line[iw], ih * g.width + iw);
                        }
                    }
                }
            }
        });
}

void MaxPool2D::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    const Tensor& x = *inputs[0];
    dx->resize(x.shape());
    const Planes planes = planesOf(x.dim(0));
    const std::int32_t* argmax = m_argmax.data();
    forEachPlane(*ctx.pool, planes.count, m_in.planeSize(), [dx, &outGrad, argmax, planes](std::size_t p) {
        float* grad = dx->data() + p * planes.inPixels;
        const float* dy = outGrad.data() + p * planes.outPixels;
        const std::int32_t* arg = argmax + p * planes.outPixels;
        std::fill(grad, grad + planes.inPixels, 0.0f);
        // Overlapping windows may share a maximum; their gradients add up.
        for (std::size_t o = 0; o < planes.outPixels; ++o)
            grad[arg[o]] += dy[o];
    });
}

} // namespace nw
