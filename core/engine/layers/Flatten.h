#pragma once
// Turns each sample into a flat vector: [N, C, H, W] -> [N, C*H*W], in row-major
// order (the same order as PyTorch's nn.Flatten), so a Dense layer can follow a
// convolution.
#include "../Layer.h"

namespace nw {

class Flatten : public Layer {
public:
    Flatten() = default;

    std::string typeName() const override { return "Flatten"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

private:
    Shape m_outShape; // batch shape of the last forward, kept to avoid reallocating it
};

} // namespace nw
