#pragma once
// The parallel loop shared by the elementwise layers (activations, dropout, add,
// copies). Below a few tens of thousands of elements a parallel loop costs more
// than it saves, so small tensors run in one part on the calling thread. Parts
// depend on the element count only, never on the thread count.
#include "../ExecutionContext.h"
#include "../Partition.h"
#include "../ThreadPool.h"

#include <cstddef>

namespace nw {

// Elements per part: tensors up to twice this size run in a single part.
inline constexpr std::size_t kElementGrain = 16384;

// Calls fn(begin, end) over contiguous slices that together cover [0, n).
template <typename Fn> void forEachElementRange(ExecutionContext& ctx, std::size_t n, Fn&& fn)
{
    const int parts = partsFor(n, kElementGrain);
    if (parts == 1) {
        fn(std::size_t { 0 }, n);
        return;
    }
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(n, parts, part);
        fn(r.begin, r.end);
    });
}

} // namespace nw
