#include "ReshapingLayer.h"

#include "ElementwiseLoop.h"

#include <algorithm>

namespace nw {

void ReshapingLayer::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    batchOutputShape(x, m_outShape);
    out.resize(m_outShape);
    forEachElementRange(ctx, x.size(),
        [&](std::size_t begin, std::size_t end) { std::copy(x.data() + begin, x.data() + end, out.data() + begin); });
}

void ReshapingLayer::backward(
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
