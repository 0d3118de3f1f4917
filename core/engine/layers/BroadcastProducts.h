#pragma once
// out[i][k] = sum over s of p(i, s) * v[s][k], for i in [0, n) and k in [0, width):
// the products of a dense layer, whose long operand is read along its rows. With
// p(i, s) = dY[s][i] and v = X it is the weight gradient dW = dY^T X; with
// p(i, s) = dY[i][s] and v = W it is the input gradient dX = dY W; the forward pass
// is below.
//
// Why not a GEMM library: a GEMM packs both operands into panels on every call.
// Here nothing is packed: a tile of 6 rows of the output and 64 columns keeps 24
// sums in vector registers while s runs, each step loading 4 vectors of v's row s
// and broadcasting 6 scalars of p (24 multiply-adds per 4 loads, no horizontal
// sums). Every output is summed over s in order 0, 1, 2, ... whatever the tiling or
// the thread, so results are identical on any thread count.
#include <cstddef>

namespace nw {

// p(i, s) is p[i * pRowStride + s * pStepStride]; v's row s starts at v + s * vStride;
// out's row i at out + i * outStride. `out` is overwritten.
struct BroadcastOperand {
    const float* p;
    std::size_t rowStride;
    std::size_t stepStride;
};

void broadcastProducts(BroadcastOperand p, std::size_t n, const float* v, std::size_t vStride, std::size_t steps,
    std::size_t width, float* out, std::size_t outStride);

// Where sums start: zero, or values[i] for every sum of output row i, or values[k]
// for every sum of output column k.
struct SumStart {
    enum class Along { Rows, Columns };
    const float* values = nullptr;
    Along along = Along::Rows;
};

// The same with the sums starting from `start`, for a v whose rows, and a start
// along columns, can be read up to the next multiple of 16 columns past `width`:
// the last columns are then summed in vectors too, not one at a time; the lanes
// past the width sum whatever is there, and nobody reads them. This is a dense
// layer's forward pass (Dense.cpp), Y = X W^T + b over W^T, or Y^T = W X^T + b over
// X^T: either way each sum is b, then its products in order s = 0, 1, 2, ..., so
// the two give the same bits on any tiling.
void broadcastProductsOverPaddedRows(BroadcastOperand p, std::size_t n, const float* v, std::size_t vStride,
    std::size_t steps, std::size_t width, SumStart start, float* out, std::size_t outStride);

} // namespace nw
