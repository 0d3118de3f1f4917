#include "RowDotProducts.h"

#include "FloatVector.h"

#include <algorithm>

namespace nw {

namespace {

constexpr int kLanes = kFloatVectorLanes;
using Vec = FloatVector;
constexpr int kTile = 4; // rows of A and rows of B per tile: 16 sums
constexpr std::size_t kBlockBytes = 32 * 1024; // rows of B kept in L1 at a time

// Adds the halves of a and b lane-group by lane-group: for groups of g lanes, the
// result holds a's first group + a's second, then b's, and so on. Four rounds
// (g = 8, 4, 2, 1) turn 16 vectors into one that holds each one's total.
inline Vec foldEights(Vec a, Vec b)
{
    return __builtin_shufflevector(a, b, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23)
        + __builtin_shufflevector(a, b, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
}

inline Vec foldFours(Vec a, Vec b)
{
    return __builtin_shufflevector(a, b, 0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27)
        + __builtin_shufflevector(a, b, 4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31);
}

inline Vec foldTwos(Vec a, Vec b)
{
    return __builtin_shufflevector(a, b, 0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29)
        + __builtin_shufflevector(a, b, 2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31);
}

inline Vec foldOnes(Vec a, Vec b)
{
    return __builtin_shufflevector(a, b, 0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30)
        + __builtin_shufflevector(a, b, 1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31);
}

// The total of each of 16 vectors, as the lanes of one. Fed in order v[0..15], the
// four rounds leave v[i]'s total in the lane whose 4-bit index is i reversed; the
// caller's vectors go in bit-reversed order, so total i lands in lane i.
inline Vec totals(const Vec (&sums)[kTile * kTile])
{
    constexpr int kBitReversed[16] = { 0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15 };
    Vec eights[8];
    for (int i = 0; i < 8; ++i)
        eights[i] = foldEights(sums[kBitReversed[2 * i]], sums[kBitReversed[2 * i + 1]]);
    Vec fours[4];
    for (int i = 0; i < 4; ++i)
        fours[i] = foldFours(eights[2 * i], eights[2 * i + 1]);
    return foldOnes(foldTwos(fours[0], fours[1]), foldTwos(fours[2], fours[3]));
}

// The 16 dot products of 4 rows of A with 4 rows of B: result[r * 4 + c] = a[r] . b[c].
void tile(const float* const (&a)[kTile], const float* const (&b)[kTile], std::size_t depth,
    float (&result)[kTile * kTile])
{
    Vec sums[kTile * kTile] = {};
    std::size_t k = 0;
    for (; k + kLanes <= depth; k += kLanes) {
        Vec x0 = loadFloats(a[0] + k), x1 = loadFloats(a[1] + k), x2 = loadFloats(a[2] + k),
            x3 = loadFloats(a[3] + k);
        Vec w0 = loadFloats(b[0] + k), w1 = loadFloats(b[1] + k), w2 = loadFloats(b[2] + k),
            w3 = loadFloats(b[3] + k);
        keepInRegister(x0), keepInRegister(x1), keepInRegister(x2), keepInRegister(x3);
        keepInRegister(w0), keepInRegister(w1), keepInRegister(w2), keepInRegister(w3);
        const Vec x[kTile] = { x0, x1, x2, x3 };
        const Vec w[kTile] = { w0, w1, w2, w3 };
        for (int r = 0; r < kTile; ++r)
            for (int c = 0; c < kTile; ++c)
                sums[r * kTile + c] += x[r] * w[c];
    }
    const Vec total = totals(sums);
    storeFloats(result, total);
    for (; k < depth; ++k)
        for (int r = 0; r < kTile; ++r)
            for (int c = 0; c < kTile; ++c)
                result[r * kTile + c] += a[r][k] * b[c][k];
}

} // namespace

void rowDotProducts(const float* a, std::size_t aRows, const float* b, std::size_t bBegin, std::size_t bEnd,
    std::size_t depth, const float* bias, float* out, std::size_t outStride)
{
    // B's rows in blocks that stay in L1 (about half of it) while every tile of A's
    // rows passes by; each 4 rows of A come from L2 once per block and serve all of
    // its tiles.
    const std::size_t blockRows = std::max<std::size_t>(
        kTile, kBlockBytes / (std::max<std::size_t>(1, depth) * sizeof(float)) / kTile * kTile);
    for (std::size_t block = bBegin; block < bEnd; block += blockRows) {
        const std::size_t blockEnd = std::min(bEnd, block + blockRows);
        for (std::size_t r0 = 0; r0 < aRows; r0 += kTile) {
            const std::size_t rows = std::min<std::size_t>(kTile, aRows - r0);
            const float* aTile[kTile];
            for (std::size_t r = 0; r < kTile; ++r)
                aTile[r] = a + (r0 + std::min(r, rows - 1)) * depth; // a short last tile repeats a row
            for (std::size_t j0 = block; j0 < blockEnd; j0 += kTile) {
                const std::size_t cols = std::min<std::size_t>(kTile, blockEnd - j0);
                const float* bTile[kTile];
                for (std::size_t c = 0; c < kTile; ++c)
                    bTile[c] = b + (j0 + std::min(c, cols - 1)) * depth;
                float result[kTile * kTile];
                tile(aTile, bTile, depth, result);
                for (std::size_t r = 0; r < rows; ++r) {
                    float* to = out + (r0 + r) * outStride + j0;
                    for (std::size_t c = 0; c < cols; ++c)
                        to[c] = bias ? result[r * kTile + c] + bias[j0 + c] : result[r * kTile + c];
                }
            }
        }
    }
}

} // namespace nw
