#pragma once
// out[r][j] = bias[j] + dot(a[r], b[j]) for rows r of A and rows j of B, both
// row-major with the same depth: the product A B^T of a dense layer's forward pass
// in training (A: the inputs [rows, depth], B: the weights [units, depth], stored
// [out, in]). Evaluation transposes B instead (Dense.cpp says why).
//
// Why not a GEMM library: a GEMM packs both operands into panels on every call, and
// for a layer's forward pass half of that is the weights, which have not changed
// since the last batch of an evaluation. Here nothing is packed. Both operands are
// read along their rows, which are already contiguous in depth: a tile of 4 rows of
// A and 4 rows of B keeps 16 sums of 16 lanes in registers over the whole depth (16
// multiply-adds per 8 vector loads), then folds the 16 lane-sums into one vector in
// 45 shuffles and adds. Each thread takes its own rows of B (its units), which stay
// in its core's L2 from batch to batch.
//
// Every output is summed in one fixed order (lanes over the depth, then a fixed
// tree, then the tail, then the bias) whatever the tiling or the thread that runs
// it, so results are identical on any thread count.
#include <cstddef>

namespace nw {

// For rows [0, aRows) of A and rows [bBegin, bEnd) of B; bias may be null. out[r][j]
// is at out[r * outStride + j].
void rowDotProducts(const float* a, std::size_t aRows, const float* b, std::size_t bBegin, std::size_t bEnd,
    std::size_t depth, const float* bias, float* out, std::size_t outStride);

} // namespace nw
