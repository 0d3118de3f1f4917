#include "SubsetBatchSource.h"

#include "EngineError.h"

namespace nw {

SubsetBatchSource::SubsetBatchSource(const BatchSource& source, std::vector<std::size_t> indices)
    : m_source(source)
    , m_indices(std::move(indices))
{
    for (std::size_t i : m_indices)
        if (i >= source.size())
            throw EngineError("sample index " + std::to_string(i) + " is out of range (" + std::to_string(source.size())
                              + " samples)");
}

std::span<const std::size_t> SubsetBatchSource::mapped(std::span<const std::size_t> indices) const
{
    m_mapped.resize(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k)
        m_mapped[k] = m_indices.at(indices[k]);
    return m_mapped;
}

void SubsetBatchSource::fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const
{
    m_source.fillBatch(mapped(indices), inputs, targets);
}

void SubsetBatchSource::fillBatchInParallel(
    std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const
{
    m_source.fillBatchInParallel(mapped(indices), pool, inputs, targets);
}

} // namespace nw
