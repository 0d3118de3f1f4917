#pragma once
// Joins 2 to 8 inputs along one sample axis: axis 0 is the features of flat
// inputs and the channels of images (the usual merge of parallel branches, as in
// torch.cat(dim=1) on batches). A negative axis counts from the last one. All
// other axes must match.
#include "../Layer.h"

#include <vector>

namespace nw {

class Concat : public Layer {
public:
    explicit Concat(int axis = 0);

    std::string typeName() const override { return "Concat"; }
    int minInputs() const override { return 2; }
    int maxInputs() const override { return 8; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

    int axis() const { return m_axis; }

private:
    // Fills m_chunks and m_rows for these batch tensors; returns the output row length.
    std::size_t layout(LayerInputs inputs);

    int m_axis;
    // Per input: values each contributes to one output row. A row is everything
    // from the concatenation axis on, for one index of the axes before it.
    std::vector<std::size_t> m_chunks;
    std::size_t m_rows = 0;
    Shape m_outShape; // kept between batches so forward() does not reallocate it
};

} // namespace nw
