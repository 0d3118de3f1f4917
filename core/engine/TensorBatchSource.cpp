#include "TensorBatchSource.h"

#include "EngineError.h"

#include <algorithm>

namespace nw {

TensorBatchSource::TensorBatchSource(Tensor inputs, Tensor targets)
    : m_inputs(std::move(inputs))
    , m_targets(std::move(targets))
{
    if (m_inputs.rank() < 1 || m_targets.rank() < 1 || m_inputs.dim(0) != m_targets.dim(0))
        throw EngineError("inputs and targets must hold the same number of samples (" + shapeToString(m_inputs.shape())
                          + " vs " + shapeToString(m_targets.shape()) + ")");
}

std::size_t TensorBatchSource::size() const
{
    return static_cast<std::size_t>(m_inputs.dim(0));
}

Shape TensorBatchSource::sampleShape() const
{
    return {m_inputs.shape().begin() + 1, m_inputs.shape().end()};
}

Shape TensorBatchSource::targetShape() const
{
    return {m_targets.shape().begin() + 1, m_targets.shape().end()};
}

void TensorBatchSource::fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const
{
    const int n = static_cast<int>(indices.size());
    inputs.resize(withBatch(n, sampleShape()));
    targets.resize(withBatch(n, targetShape()));
    const std::size_t inStride = shapeNumel(sampleShape());
    const std::size_t targetStride = shapeNumel(targetShape());
    for (std::size_t k = 0; k < indices.size(); ++k) {
        const std::size_t i = indices[k];
        if (i >= size())
            throw EngineError("sample index " + std::to_string(i) + " is out of range (" + std::to_string(size())
                              + " samples)");
        std::copy_n(m_inputs.data() + i * inStride, inStride, inputs.data() + k * inStride);
        std::copy_n(m_targets.data() + i * targetStride, targetStride, targets.data() + k * targetStride);
    }
}

} // namespace nw
