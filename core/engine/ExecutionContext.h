#pragma once
// What a layer needs to know about the run it is part of: the thread pool, whether
// this is a training pass (dropout active, batch norm uses batch statistics), and
// the step counter that keys counter-based randomness such as dropout masks.
#include <cstdint>

namespace nw {

class ThreadPool;

struct ExecutionContext {
    ThreadPool* pool = nullptr; // never null when a layer runs
    bool training = false;
    std::uint64_t step = 0;     // advanced once per training batch by the trainer
};

} // namespace nw
