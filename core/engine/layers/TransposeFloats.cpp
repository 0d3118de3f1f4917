#include "TransposeFloats.h"

#include "FloatVector.h"

namespace nw {

namespace {

using Vec = FloatVector;
constexpr std::size_t kLanes = kFloatVectorLanes;

// One round of a 16 x 16 transpose in registers. Vector index and lane index are
// both 4-bit numbers; the round swaps bit `Bit` of the one with bit `Bit` of the
// other for the pair (a: that bit clear, b: set). Four rounds, one per bit, move
// the value at (vector r, lane c) to (vector c, lane r): 64 two-source shuffles per
// 256 values, where copying one value at a time strides across 16 cache lines.
template <int Bit> void swapBit(Vec& a, Vec& b)
{
    Vec low, high;
    if constexpr (Bit == 8) {
        low = __builtin_shufflevector(a, b, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23);
        high = __builtin_shufflevector(a, b, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
    } else if constexpr (Bit == 4) {
        low = __builtin_shufflevector(a, b, 0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27);
        high = __builtin_shufflevector(a, b, 4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31);
    } else if constexpr (Bit == 2) {
        low = __builtin_shufflevector(a, b, 0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29);
        high = __builtin_shufflevector(a, b, 2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31);
    } else {
        static_assert(Bit == 1);
        low = __builtin_shufflevector(a, b, 0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30);
        high = __builtin_shufflevector(a, b, 1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31);
    }
    a = low;
    b = high;
}

template <int Bit> void swapBitOfAll(Vec (&v)[kLanes])
{
    for (std::size_t i = 0; i < kLanes; ++i)
        if (!(i & Bit))
            swapBit<Bit>(v[i], v[i + Bit]);
}

void block(const float* src, std::size_t srcStride, float* dst, std::size_t dstStride)
{
    Vec v[kLanes];
    for (std::size_t i = 0; i < kLanes; ++i)
        v[i] = loadFloats(src + i * srcStride);
    swapBitOfAll<8>(v);
    swapBitOfAll<4>(v);
    swapBitOfAll<2>(v);
    swapBitOfAll<1>(v);
    for (std::size_t i = 0; i < kLanes; ++i)
        storeFloats(dst + i * dstStride, v[i]);
}

void oneByOne(const float* src, std::size_t rows, std::size_t cols, std::size_t srcStride, float* dst,
    std::size_t dstStride)
{
    for (std::size_t c = 0; c < cols; ++c)
        for (std::size_t r = 0; r < rows; ++r)
            dst[c * dstStride + r] = src[r * srcStride + c];
}

} // namespace

void transposeFloats(const float* src, std::size_t rows, std::size_t cols, std::size_t srcStride, float* dst,
    std::size_t dstStride)
{
    std::size_t r0 = 0;
    for (; r0 + kLanes <= rows; r0 += kLanes) {
        std::size_t c0 = 0;
        for (; c0 + kLanes <= cols; c0 += kLanes)
            block(src + r0 * srcStride + c0, srcStride, dst + c0 * dstStride + r0, dstStride);
        oneByOne(src + r0 * srcStride + c0, kLanes, cols - c0, srcStride, dst + c0 * dstStride + r0, dstStride);
    }
    oneByOne(src + r0 * srcStride, rows - r0, cols, srcStride, dst + r0, dstStride);
}

} // namespace nw
