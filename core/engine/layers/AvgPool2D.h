#pragma once
// Average pooling over each channel plane of an NCHW image with PyTorch's default
// semantics: padding counts as zeros in the average (count_include_pad=True), so
// every window divides by k*k, and the output size rounds down (ceil_mode=False).
#include "Pool2D.h"

namespace nw {

class AvgPool2D : public Pool2D {
public:
    // stride 0 means "same as the kernel".
    explicit AvgPool2D(int kernelSize, int stride = 0, int padding = 0);

    std::string typeName() const override { return "AvgPool2D"; }
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
};

} // namespace nw
