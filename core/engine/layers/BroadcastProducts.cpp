#include "BroadcastProducts.h"

#include "FloatVector.h"

#include <algorithm>

namespace nw {

namespace {

constexpr std::size_t kLanes = kFloatVectorLanes;
using Vec = FloatVector;
constexpr std::size_t kRows = 6; // output rows per tile: 6 broadcasts per step

// Rows i0 .. i0 + rows - 1 (at most kRows) of the output, columns [k0, k0 + 16 * Vecs),
// of which the last vector stores only its first `lastLanes`. Sums start from
// `start` (see SumStart). A short tile repeats its last row's scalars and stores
// only its own rows.
template <std::size_t Vecs>
void tile(BroadcastOperand p, std::size_t i0, std::size_t rows, const float* v, std::size_t vStride,
    std::size_t steps, std::size_t k0, SumStart start, std::size_t lastLanes, float* out, std::size_t outStride)
{
    const float* scalars[kRows];
    for (std::size_t r = 0; r < kRows; ++r)
        scalars[r] = p.p + (i0 + std::min(r, rows - 1)) * p.rowStride;
    // 0 + b is b exactly: a sum is the same whichever way its start arrived.
    Vec sums[kRows][Vecs] = {};
    if (start.values)
        for (std::size_t r = 0; r < kRows; ++r)
            for (std::size_t c = 0; c < Vecs; ++c) {
                if (start.along == SumStart::Along::Rows)
                    sums[r][c] += start.values[i0 + std::min(r, rows - 1)];
                else
                    sums[r][c] += loadFloats(start.values + k0 + c * kLanes);
            }
    for (std::size_t s = 0; s < steps; ++s) {
        const float* row = v + s * vStride + k0;
        Vec x[Vecs];
        if constexpr (Vecs == 4) {
            Vec x0 = loadFloats(row), x1 = loadFloats(row + kLanes), x2 = loadFloats(row + 2 * kLanes),
                x3 = loadFloats(row + 3 * kLanes);
            keepInRegister(x0), keepInRegister(x1), keepInRegister(x2), keepInRegister(x3);
            x[0] = x0, x[1] = x1, x[2] = x2, x[3] = x3;
        } else {
            for (std::size_t c = 0; c < Vecs; ++c)
                x[c] = loadFloats(row + c * kLanes);
        }
        const std::size_t at = s * p.stepStride;
        for (std::size_t r = 0; r < kRows; ++r) {
            const float scalar = scalars[r][at];
            for (std::size_t c = 0; c < Vecs; ++c)
                sums[r][c] += x[c] * scalar;
        }
    }
    for (std::size_t r = 0; r < rows; ++r) {
        float* to = out + (i0 + r) * outStride + k0;
        for (std::size_t c = 0; c + 1 < Vecs; ++c)
            storeFloats(to + c * kLanes, sums[r][c]);
        if (lastLanes == kLanes) {
            storeFloats(to + (Vecs - 1) * kLanes, sums[r][Vecs - 1]);
        } else {
            float lanes[kLanes];
            storeFloats(lanes, sums[r][Vecs - 1]);
            std::copy_n(lanes, lastLanes, to + (Vecs - 1) * kLanes);
        }
    }
}

// Every tile of output rows over the columns [k0, k0 + 16 * Vecs).
template <std::size_t Vecs>
void columnBlock(BroadcastOperand p, std::size_t n, const float* v, std::size_t vStride, std::size_t steps,
    std::size_t k0, SumStart start, std::size_t lastLanes, float* out, std::size_t outStride)
{
    for (std::size_t i0 = 0; i0 < n; i0 += kRows)
        tile<Vecs>(p, i0, std::min(kRows, n - i0), v, vStride, steps, k0, start, lastLanes, out, outStride);
}

} // namespace

void broadcastProducts(BroadcastOperand p, std::size_t n, const float* v, std::size_t vStride, std::size_t steps,
    std::size_t width, float* out, std::size_t outStride)
{
    // Column blocks outside: a block of v (steps x 64 floats) stays in L1 while every
    // tile of output rows passes over it.
    constexpr std::size_t kBlock = 4 * kLanes;
    std::size_t k0 = 0;
    for (; k0 + kBlock <= width; k0 += kBlock)
        columnBlock<4>(p, n, v, vStride, steps, k0, {}, kLanes, out, outStride);
    for (; k0 + kLanes <= width; k0 += kLanes)
        columnBlock<1>(p, n, v, vStride, steps, k0, {}, kLanes, out, outStride);
    // The last columns, fewer than a vector: one sum at a time, in the same order.
    for (; k0 < width; ++k0)
        for (std::size_t i = 0; i < n; ++i) {
            float sum = 0.0f;
            for (std::size_t s = 0; s < steps; ++s)
                sum += p.p[i * p.rowStride + s * p.stepStride] * v[s * vStride + k0];
            out[i * outStride + k0] = sum;
        }
}

void broadcastProductsOverPaddedRows(BroadcastOperand p, std::size_t n, const float* v, std::size_t vStride,
    std::size_t steps, std::size_t width, SumStart start, float* out, std::size_t outStride)
{
    constexpr std::size_t kBlock = 4 * kLanes;
    std::size_t k0 = 0;
    for (; k0 + kBlock <= width; k0 += kBlock)
        columnBlock<4>(p, n, v, vStride, steps, k0, start, kLanes, out, outStride);
    // The rest in one block of up to 4 vectors, the last of them partly stored: the
    // lanes past the width sum whatever v's rows hold there, and nobody reads them.
    const std::size_t rest = width - k0;
    const std::size_t lastLanes = rest % kLanes == 0 ? kLanes : rest % kLanes;
    switch ((rest + kLanes - 1) / kLanes) {
    case 0:
        break;
    case 1:
        columnBlock<1>(p, n, v, vStride, steps, k0, start, lastLanes, out, outStride);
        break;
    case 2:
        columnBlock<2>(p, n, v, vStride, steps, k0, start, lastLanes, out, outStride);
        break;
    case 3:
        columnBlock<3>(p, n, v, vStride, steps, k0, start, lastLanes, out, outStride);
        break;
    default:
        columnBlock<4>(p, n, v, vStride, steps, k0, start, lastLanes, out, outStride);
        break;
    }
}

} // namespace nw
