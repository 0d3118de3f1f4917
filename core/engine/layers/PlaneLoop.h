#pragma once
// The parallel loop of the layers that work image plane by image plane (the pools):
// body(p) for every (sample, channel) plane p of an NCHW tensor, in parts of whole
// planes, each part covering at least ~16k input pixels so small images use few
// threads. The split depends on the sizes alone and each plane is one thread's, so
// results never depend on the thread count.
#include "../Partition.h"
#include "../ThreadPool.h"

#include <algorithm>
#include <cstddef>

namespace nw {

// body(first, end) for each part's run of consecutive planes [first, end).
template <typename Body>
void forEachPlaneRange(ThreadPool& pool, std::size_t planes, int planePixels, const Body& body)
{
    constexpr std::size_t kMinPartPixels = 16 * 1024;
    const std::size_t plane = static_cast<std::size_t>(std::max(1, planePixels));
    const int parts = partsFor(planes, std::max<std::size_t>(1, kMinPartPixels / plane));
    pool.parallelFor(parts, [&](int part) {
        const Range r = splitRange(planes, parts, part);
        body(r.begin, r.end);
    });
}

template <typename Body>
void forEachPlane(ThreadPool& pool, std::size_t planes, int planePixels, const Body& body)
{
    forEachPlaneRange(pool, planes, planePixels, [&](std::size_t first, std::size_t end) {
        for (std::size_t p = first; p < end; ++p)
            body(p);
    });
}

} // namespace nw
