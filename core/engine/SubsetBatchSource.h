#pragma once
// A view of some samples of another BatchSource (a train, validation or test
// split) without copying them: sample i of the view is sample indices[i] of the
// underlying source, which must outlive the view.
#include "BatchSource.h"

#include <vector>

namespace nw {

class SubsetBatchSource : public BatchSource {
public:
    SubsetBatchSource(const BatchSource& source, std::vector<std::size_t> indices);

    std::size_t size() const override { return m_indices.size(); }
    Shape sampleShape() const override { return m_source.sampleShape(); }
    Shape targetShape() const override { return m_source.targetShape(); }
    void fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const override;
    void fillBatchInParallel(
        std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const override;

    // The underlying sample behind sample i of this view.
    std::size_t sourceIndex(std::size_t i) const { return m_indices.at(i); }
    const std::vector<std::size_t>& indices() const { return m_indices; }

private:
    const BatchSource& m_source;
    std::vector<std::size_t> m_indices;
    // Reused per batch; the fills run on one thread at a time (the pool's threads
    // only read it, inside the underlying source's fill).
    mutable std::vector<std::size_t> m_mapped;

    std::span<const std::size_t> mapped(std::span<const std::size_t> indices) const;
};

} // namespace nw
