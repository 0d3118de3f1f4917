#pragma once
// Turns each sample into a flat vector: [N, C, H, W] -> [N, C*H*W], in row-major
// order (the same order as PyTorch's nn.Flatten), so a Dense layer can follow a
// convolution.
#include "ReshapingLayer.h"

namespace nw {

class Flatten : public ReshapingLayer {
public:
    Flatten() = default;

    std::string typeName() const override { return "Flatten"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;

protected:
    void batchOutputShape(const Tensor& x, Shape& shape) override;
};

} // namespace nw
