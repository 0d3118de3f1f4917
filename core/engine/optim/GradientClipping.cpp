#include "GradientClipping.h"

#include "../EigenTypes.h"
#include "../ThreadPool.h"
#include "UpdateLoop.h"

#include <cmath>
#include <vector>

namespace nw {

namespace {

// 32 interleaved accumulators: the compiler keeps them in four vector registers of
// doubles, four independent chains of multiply-adds (one chain, eight lanes, waited on
// each add's latency and took a tenth of an MLP training step). Unlike Eigen's sum()
// their order does not depend on the data's alignment.
double sumOfSquares(const float* x, std::size_t n)
{
    constexpr std::size_t kLanes = 32;
    double lanes[kLanes] = {};
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        for (std::size_t j = 0; j < kLanes; ++j) {
            const double v = x[i + j];
            lanes[j] += v * v;
        }
    }
    double tail = 0.0;
    for (; i < n; ++i) {
        const double v = x[i];
        tail += v * v;
    }
    // Pairwise, in a fixed order.
    for (std::size_t width = kLanes / 2; width > 0; width /= 2)
        for (std::size_t j = 0; j < width; ++j)
            lanes[j] += lanes[j + width];
    return lanes[0] + tail;
}

} // namespace

float clipGradientNorm(std::span<const NamedParameter> params, float maxNorm, ThreadPool& pool)
{
    double sum = 0.0;
    std::vector<double> partSums;
    for (const NamedParameter& p : params) {
        const float* g = p.param->grad.data();
        const std::size_t n = p.param->grad.size();
        const int parts = updateParts(n);
        if (parts == 1) {
            sum += sumOfSquares(g, n);
            continue;
        }
        partSums.assign(static_cast<std::size_t>(parts), 0.0);
        pool.parallelFor(parts, [&](int part) {
            const Range r = splitRange(n, parts, part);
            partSums[static_cast<std::size_t>(part)] = sumOfSquares(g + r.begin, r.size());
        });
        for (const double s : partSums)
            sum += s;
    }
    const double norm = std::sqrt(sum);
    if (maxNorm > 0.0f && std::isfinite(norm)) {
        const double scale = static_cast<double>(maxNorm) / (norm + 1e-6);
        if (scale < 1.0) {
            const float s = static_cast<float>(scale);
            for (const NamedParameter& p : params) {
                float* g = p.param->grad.data();
                forEachUpdateTile(pool, p.param->grad.size(),
                    [&](std::size_t at, Eigen::Index n) { ArrayMap(g + at, n) *= s; });
            }
        }
    }
    return static_cast<float>(norm);
}

float clipGradientNorm(std::span<const NamedParameter> params, float maxNorm)
{
    ThreadPool callingThreadOnly(1);
    return clipGradientNorm(params, maxNorm, callingThreadOnly);
}

} // namespace nw
