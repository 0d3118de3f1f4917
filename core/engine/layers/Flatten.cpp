#include "Flatten.h"

#include "ElementwiseLoop.h"

#include <algorithm>

namespace nw {

Shape Flatten::outputShape(const std::vector<Shape>& inputs) const
{
    return { static_cast<int>(shapeNumel(inputs.at(0))) };
}

void Flatten::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    m_outShape.assign({ batch, batch == 0 ? 0 : static_cast<int>(x.size() / static_cast<std::size_t>(batch)) });
    out.resize(m_outShape);
    // Tensors own their storage, so flattening is a copy; row-major order already
    // is the flattened order.
    forEachElementRange(ctx, x.size(),
        [&](std::size_t begin, std::size_t end) { std::copy(x.data() + begin, x.data() + end, out.data() + begin); });
}

void Flatten::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    dx->resize(inputs[0]->shape());
    forEachElementRange(ctx, outGrad.size(), [&](std::size_t begin, std::size_t end) {
        std::copy(outGrad.data() + begin, outGrad.data() + end, dx->data() + begin);
    });
}

} // namespace nw
