#pragma once
// Averages each channel plane of an NCHW image to one number: [C, H, W] -> [C].
// The usual bridge from convolutions to a classifier head, and what Grad-CAM's
// channel weights are built on. Has no parameters.
#include "../Layer.h"
#include "ImageGeometry.h"

namespace nw {

class GlobalAvgPool : public Layer {
public:
    GlobalAvgPool() = default;

    std::string typeName() const override { return "GlobalAvgPool"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

private:
    ImageShape m_in;
};

} // namespace nw
