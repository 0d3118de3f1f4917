#pragma once
// A BatchSource over float tensors already in memory: toy datasets, tests, and
// anything small. inputs is [N, sample...]; targets is [N] (class indices) or
// [N, target...].
#include "BatchSource.h"

namespace nw {

class TensorBatchSource : public BatchSource {
public:
    TensorBatchSource(Tensor inputs, Tensor targets);

    std::size_t size() const override;
    Shape sampleShape() const override;
    Shape targetShape() const override;
    void fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const override;

    const Tensor& inputs() const { return m_inputs; }
    const Tensor& targets() const { return m_targets; }

private:
    Tensor m_inputs;
    Tensor m_targets;
};

} // namespace nw
