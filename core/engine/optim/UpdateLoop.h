#pragma once
// The loop every update rule runs over a parameter tensor. Rules are several array
// statements over the same elements (moment, second moment, weight), so the loop
// hands them tiles small enough that all of a tile's arrays stay in L1 between
// statements, instead of streaming the whole tensor through the cache once per
// statement. Tensors above ~32k elements are split into parts for the pool; parts
// and tiles depend on the element count only, so results never depend on the
// thread count.
#include "../Partition.h"
#include "../ThreadPool.h"

#include <Eigen/Core>

#include <algorithm>
#include <cstddef>

namespace nw {

// Elements per part: tensors up to twice this size are updated on the calling thread.
inline constexpr std::size_t kUpdateGrain = 16384;
// Elements per tile: 4 KB per array, so four arrays fit in a 32 KB L1 with room to spare.
inline constexpr std::size_t kUpdateTile = 1024;

// The parts an n-element tensor's update is split into (1: the calling thread alone).
inline int updateParts(std::size_t n)
{
    return partsFor(n, kUpdateGrain);
}

// Calls fn(first, count) over consecutive tiles covering [0, n).
template <typename Fn> void forEachUpdateTile(ThreadPool& pool, std::size_t n, Fn&& fn)
{
    const auto runRange = [&](std::size_t begin, std::size_t end) {
        for (std::size_t first = begin; first < end; first += kUpdateTile)
            fn(first, static_cast<Eigen::Index>(std::min(kUpdateTile, end - first)));
    };
    const int parts = updateParts(n);
    if (parts == 1) {
        runRange(0, n);
        return;
    }
    pool.parallelFor(parts, [&](int part) {
        const Range r = splitRange(n, parts, part);
        runRange(r.begin, r.end);
    });
}

} // namespace nw
