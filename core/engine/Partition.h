#pragma once
// Work partitioning that never depends on the thread count. Every parallel loop in
// the engine splits its work into parts chosen from the problem size alone, and any
// reduction adds the parts' results in part order; so a seed gives bit-identical
// results on 1 thread or 16.
#include <algorithm>
#include <cstddef>

namespace nw {

struct Range {
    std::size_t begin;
    std::size_t end;
    std::size_t size() const { return end - begin; }
};

// The most parts any loop is split into; enough to keep 16 cores busy.
inline constexpr int kMaxParts = 16;

// Parts for `items` units of work where one part should hold at least `grain` units.
inline int partsFor(std::size_t items, std::size_t grain, int maxParts = kMaxParts)
{
    if (grain == 0)
        grain = 1;
    const std::size_t p = items / grain;
    return static_cast<int>(std::clamp<std::size_t>(p, 1, static_cast<std::size_t>(maxParts)));
}

// The `part`-th of `parts` near-equal contiguous slices of [0, n).
inline Range splitRange(std::size_t n, int parts, int part)
{
    const std::size_t p = static_cast<std::size_t>(parts);
    const std::size_t i = static_cast<std::size_t>(part);
    const std::size_t base = n / p;
    const std::size_t extra = n % p;
    const std::size_t begin = i * base + std::min(i, extra);
    return {begin, begin + base + (i < extra ? 1 : 0)};
}

} // namespace nw
