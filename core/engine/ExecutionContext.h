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
};

} // namespace nw
