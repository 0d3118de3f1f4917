#pragma once
// Elementwise sum of 2 to 8 inputs of the same shape: the merge of a residual
// (skip) connection. Each input's gradient is the output gradient unchanged.
#include "../Layer.h"

namespace nw {

class Add : public Layer {
public:
    Add() = default;

    std::string typeName() const override { return "Add"; }
    int minInputs() const override { return 2; }
    int maxInputs() const override { return 8; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
};

} // namespace nw
