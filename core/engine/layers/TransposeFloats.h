#pragma once
// dst[c][r] = src[r][c]: a row-major matrix written out column by column. A dense
// layer's forward pass turns its weights [units, features] into [features, units]
// with it, so that the products read them along rows (BroadcastProducts.h).
#include <cstddef>

namespace nw {

// For r < rows and c < cols: dst[c * dstStride + r] = src[r * srcStride + c].
// Nothing else in dst is written. src and dst must not overlap.
void transposeFloats(const float* src, std::size_t rows, std::size_t cols, std::size_t srcStride, float* dst,
    std::size_t dstStride);

} // namespace nw
