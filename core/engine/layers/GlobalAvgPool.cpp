#include "GlobalAvgPool.h"

#include "PlaneLoop.h"

#include <algorithm>

namespace nw {

Shape GlobalAvgPool::outputShape(const std::vector<Shape>& inputs) const
{
    return { imageInput(inputs.at(0)).channels };
}

void GlobalAvgPool::build(const std::vector<Shape>& inputs)
{
    m_in = imageInput(inputs.at(0));
}

void GlobalAvgPool::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    out.resize({ batch, m_in.channels });
    const std::size_t planes = static_cast<std::size_t>(batch) * m_in.channels;
    const auto plane = static_cast<Eigen::Index>(m_in.planeSize());
    const float scale = 1.0f / static_cast<float>(plane);
    forEachPlane(*ctx.pool, planes, m_in.planeSize(), [&](std::size_t p) {
        out[p] = ConstArrayMap(x.data() + p * static_cast<std::size_t>(plane), plane).sum() * scale;
    });
}

void GlobalAvgPool::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    const Tensor& x = *inputs[0];
    dx->resize(x.shape());
    const std::size_t planes = static_cast<std::size_t>(x.dim(0)) * m_in.channels;
    const std::size_t plane = static_cast<std::size_t>(m_in.planeSize());
    const float scale = 1.0f / static_cast<float>(plane);
    forEachPlane(*ctx.pool, planes, m_in.planeSize(), [&](std::size_t p) {
        float* grad = dx->data() + p * plane;
        std::fill(grad, grad + plane, outGrad[p] * scale);
    });
}

} // namespace nw
