#pragma once
// What Flatten and Reshape share: the output holds the input's values in the same
// row-major order under another shape, and backward hands the gradient back under
// the input's shape. Tensors own their storage, so both passes are a parallel copy.
#include "../Layer.h"

namespace nw {

class ReshapingLayer : public Layer {
public:
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) final;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) final;

protected:
    // Sets `shape` to the whole output shape, batch first, for the input `x`. Reusing
    // the caller's vector keeps forward() from allocating a shape every batch.
    virtual void batchOutputShape(const Tensor& x, Shape& shape) = 0;

private:
    Shape m_outShape;
};

} // namespace nw
