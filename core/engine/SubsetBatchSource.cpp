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

void SubsetBatchSource::fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const
{
    m_mapped.resize(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k)
        m_mapped[k] = m_indices.at(indices[k]);
    m_source.fillBatch(m_mapped, inputs, targets);
}

} // namespace nw
