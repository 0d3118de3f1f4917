#include "AvgPool2D.h"

#include "../Partition.h"
#include "../ThreadPool.h"

#include <algorithm>

namespace nw {

AvgPool2D::AvgPool2D(int kernelSize, int stride, int padding)
    : Pool2D("AvgPool2D", kernelSize, stride, padding)
{
}

void AvgPool2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    out.resize({ batch, m_in.channels, m_outH, m_outW });
    const std::size_t planes = static_cast<std::size_t>(batch) * m_in.channels;
    const std::size_t inPlane = static_cast<std::size_t>(m_in.planeSize());
    const std::size_t outPlane = static_cast<std::size_t>(m_outH) * m_outW;
    const float scale = 1.0f / static_cast<float>(m_kernel * m_kernel);
    const int parts = partsForPlanes(planes);
    const int outH = m_outH;
    const int outW = m_outW;
    const int height = m_in.height;
    const int width = m_in.width;
    const WindowRule window = windowRule();
    ctx.pool->parallelFor(parts, [&, outH, outW, height, width, window](int part) {
        const Range r = splitRange(planes, parts, part);
        for (std::size_t p = r.begin; p < r.end; ++p) {
            const float* src = x.data() + p * inPlane;
            float* dst = out.data() + p * outPlane;
            for (int oh = 0; oh < outH; ++oh) {
                const Window wh = window(oh, height);
                for (int ow = 0; ow < outW; ++ow) {
                    const Window ww = window(ow, width);
                    float sum = 0.0f;
                    for (int ih = wh.begin; ih < wh.end; ++ih) {
                        for (int iw = ww.begin; iw < ww.end; ++iw)
                            sum += src[ih * width + iw];
                    }
                    dst[oh * outW + ow] = sum * scale;
                }
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
    const std::size_t planes = static_cast<std::size_t>(x.dim(0)) * m_in.channels;
    const std::size_t inPlane = static_cast<std::size_t>(m_in.planeSize());
    const std::size_t outPlane = static_cast<std::size_t>(m_outH) * m_outW;
    const float scale = 1.0f / static_cast<float>(m_kernel * m_kernel);
    const int parts = partsForPlanes(planes);
    const int outH = m_outH;
    const int outW = m_outW;
    const int height = m_in.height;
    const int width = m_in.width;
    const WindowRule window = windowRule();
    ctx.pool->parallelFor(parts, [&, outH, outW, height, width, window](int part) {
        const Range r = splitRange(planes, parts, part);
        for (std::size_t p = r.begin; p < r.end; ++p) {
            float* grad = dx->data() + p * inPlane;
            const float* dy = outGrad.data() + p * outPlane;
            std::fill(grad, grad + inPlane, 0.0f);
            for (int oh = 0; oh < outH; ++oh) {
                const Window wh = window(oh, height);
                for (int ow = 0; ow < outW; ++ow) {
                    const Window ww = window(ow, width);
                    // The share of padding cells is dropped: they are not inputs.
                    const float g = dy[oh * outW + ow] * scale;
                    for (int ih = wh.begin; ih < wh.end; ++ih) {
                        for (int iw = ww.begin; iw < ww.end; ++iw)
                            grad[ih * width + iw] += g;
                    }
                }
            }
        }
    });
}

} // namespace nw
