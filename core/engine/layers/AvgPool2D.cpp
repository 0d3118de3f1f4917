#include "AvgPool2D.h"

#include "PlaneLoop.h"

#include <algorithm>

namespace nw {

AvgPool2D::AvgPool2D(int kernelSize, int stride, int padding)
    : Pool2D("AvgPool2D", kernelSize, stride, padding)
{
}

void AvgPool2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize({ x.dim(0), m_in.channels, m_outH, m_outW });
    const Planes planes = planesOf(x.dim(0));
    const float scale = 1.0f / static_cast<float>(m_kernel * m_kernel);
    forEachPlane(*ctx.pool, planes.count, m_in.planeSize(), [&x, &out, planes, scale](std::size_t p) {
        const Planes g = planes;
        const float* src = x.data() + p * g.inPixels;
        float* dst = out.data() + p * g.outPixels;
        for (int oh = 0; oh < g.outH; ++oh) {
            const Window wh = g.window(oh, g.height);
            for (int ow = 0; ow < g.outW; ++ow) {
                const Window ww = g.window(ow, g.width);
                float sum = 0.0f;
                for (int ih = wh.begin; ih < wh.end; ++ih) {
                    for (int iw = ww.begin; iw < ww.end; ++iw)
                        sum += src[ih * g.width + iw];
                }
                dst[oh * g.outW + ow] = sum * scale;
            }
        }
    });
}

void AvgPool2D::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    const Tensor& x = *inputs[0];
    dx->resize(x.shape());
    const Planes planes = planesOf(x.dim(0));
    const float scale = 1.0f / static_cast<float>(m_kernel * m_kernel);
    forEachPlane(*ctx.pool, planes.count, m_in.planeSize(), [dx, &outGrad, planes, scale](std::size_t p) {
        const Planes g = planes;
        float* grad = dx->data() + p * g.inPixels;
        const float* dy = outGrad.data() + p * g.outPixels;
        std::fill(grad, grad + g.inPixels, 0.0f);
        for (int oh = 0; oh < g.outH; ++oh) {
            const Window wh = g.window(oh, g.height);
            for (int ow = 0; ow < g.outW; ++ow) {
                const Window ww = g.window(ow, g.width);
                // The share of padding cells is dropped: they are not inputs.
                const float gradient = dy[oh * g.outW + ow] * scale;
                for (int ih = wh.begin; ih < wh.end; ++ih) {
                    for (int iw = ww.begin; iw < ww.end; ++iw)
                        grad[ih * g.width + iw] += gradient;
                }
            }
        }
    });
}

} // namespace nw
