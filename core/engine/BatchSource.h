#pragma once
// Where the trainer gets its samples. A source is addressed by sample index, so
// shuffling, validation splits and "show me sample 4711" all work the same way.
// Implementations keep their storage compact (images stay uint8) and convert only
// the samples of one batch in fillBatch().
#include "Shape.h"
#include "Tensor.h"

#include <cstddef>
#include <span>

namespace nw {

class ThreadPool;

// What the trainer knows about a training batch that a source may use: the epoch
// (augmentation draws new variations each epoch) and the run's pool (to assemble
// the batch in parallel; null: on the calling thread).
struct TrainingBatchContext {
    int epoch = 0;
    ThreadPool* pool = nullptr;
};

class BatchSource {
public:
    virtual ~BatchSource() = default;
    virtual std::size_t size() const = 0;
    virtual Shape sampleShape() const = 0;
    // Per-sample target shape; empty for a class index (targets tensor is then [n]).
    virtual Shape targetShape() const = 0;
    // Writes inputs [n, sample...] and targets [n, target...] for the given samples.
    virtual void fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const = 0;
    // The same values, with the pool's threads sharing the work where a source can
    // split it by sample (converting a batch of bytes to floats on one core while
    // the other waits cost a tenth of an MLP's inference). Null pool, and the
    // default: on the calling thread.
    virtual void fillBatchInParallel(
        std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const
    {
        (void)pool;
        fillBatch(indices, inputs, targets);
    }
    // The same for a training batch: the trainer calls this, evaluation calls
    // fillBatch(), so a source that varies its training samples (augmentation)
    // leaves validation and test untouched. The default is fillBatchInParallel()
    // on the run's pool.
    virtual void fillTrainingBatch(std::span<const std::size_t> indices, const TrainingBatchContext& context,
        Tensor& inputs, Tensor& targets) const
    {
        fillBatchInParallel(indices, context.pool, inputs, targets);
    }
};

} // namespace nw
