#pragma once
// Softmax over the last axis of each sample: a flat [N, F] batch gets a
// probability distribution over its F features per sample; an [N, T, F] batch gets
// one per position (attention weights). The output has the input's shape.
// Stable: the row maximum is subtracted before exp() so no row overflows.
#include "../Layer.h"

namespace nw {

class Softmax : public Layer {
public:
    Softmax() = default;

    std::string typeName() const override { return "Softmax"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
};

} // namespace nw
