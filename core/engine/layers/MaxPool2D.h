#pragma once
// Max pooling over each channel plane of an NCHW image, PyTorch semantics: padding
// counts as -infinity, output size rounds down, the first maximum in a window wins
// ties, and NaN propagates. Forward remembers where each maximum came from so
// backward can route the gradient straight there; backward therefore expects the
// forward of the same batch to have run just before it, as training does.
#include "Pool2D.h"

#include <cstdint>

namespace nw {

class MaxPool2D : public Pool2D {
public:
    // stride 0 means "same as the kernel".
    explicit MaxPool2D(int kernelSize, int stride = 0, int padding = 0);

    std::string typeName() const override { return "MaxPool2D"; }
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

private:
    // Per output element, the index of its maximum within its input plane.
    std::vector<std::int32_t> m_argmax;
};

} // namespace nw
