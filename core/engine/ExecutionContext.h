#pragma once
// What a layer needs to know about the run it is part of: the thread pool, whether
// this is a training pass (dropout active, batch norm uses batch statistics), and
// the step counter that keys counter-based randomness such as dropout masks,
// and whether parameter gradients are wanted at all.
#include <cstdint>

namespace nw {

class ThreadPool;

struct ExecutionContext {
    ThreadPool* pool = nullptr; // never null when a layer runs
    bool training = false;
    std::uint64_t step = 0;     // advanced once per training batch by the trainer
    // False when only input or node gradients are wanted (explanations): layers may
    // then skip their parameter gradients, which are most of a backward pass's work.
    bool parameterGradients = true;
    // True only from a caller that knows no weight has changed since this network's
    // previous forward pass (predictAll's batches after its first): a layer may then
    // reuse what it derived from its weights then (Dense's transposed weights). When
    // in doubt, false: a layer rederives, never reads stale weights.
    bool weightsUnchangedSinceLastForward = false;
};

} // namespace nw
