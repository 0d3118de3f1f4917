#pragma once
// out[i][k] = sum over s of p(i, s) * v[s][k], for i in [0, n) and k in [0, width):
// the products of a dense layer's backward pass, whose long operand is read along
// its rows. With p(i, s) = dY[s][i] and v = X it is the weight gradient dW = dY^T X;
// with p(i, s) = dY[i][s] and v = W it is the input gradient dX = dY W.
//
// As RowDotProducts.h does for the forward pass, nothing is packed: a tile of 6 rows
// of the output and 64 columns keeps 24 sums in vector registers while s runs, each
// step loading 4 vectors of v's row s and broadcasting 6 scalars of p. Every output
// is summed over s in order 0, 1, 2, ... whatever the tiling or the thread, so
// results are identical on any thread count.
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

// The same with each sum starting from start[k] (null: zero), for a v whose rows,
// and start, can be read up to the next multiple of 16 columns past `width` and are
// zero there: the last columns are then summed in vectors too, not one at a time.
// This is a dense layer's forward pass, out = X W^T + bias with p = X and v = W^T
// padded (Dense.cpp); each sum runs start, s = 0, 1, 2, ... on any tiling.
void broadcastProductsOverPaddedRows(BroadcastOperand p, std::size_t n, const float* v, std::size_t vStride,
    std::size_t steps, std::size_t width, const float* start, float* out, std::size_t outStride);

} // namespace nw
