#include "engine/layers/BroadcastProducts.h"

#include "support/UniformValues.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

using namespace nw;
using nw::test::uniformValues;

namespace {

// A backward pass's sizes: batch rows, output units, input features.
struct Sizes {
    std::size_t batch, units, features;
};

// Every edge of the tiling: output rows below, at and past a multiple of 6; widths
// below one 16-lane vector, whole vectors, whole 64-column blocks and tails; one
// step; the MLP's 64 x 784 -> 256 layer.
constexpr Sizes kCases[] = { { 1, 1, 1 }, { 2, 5, 15 }, { 6, 6, 16 }, { 7, 13, 17 }, { 3, 7, 64 }, { 9, 11, 81 },
    { 64, 10, 256 }, { 64, 256, 784 } };

} // namespace

TEST(BroadcastProducts, WeightGradientMatchesADoublePrecisionReference)
{
    for (const Sizes& s : kCases) {
        const std::vector<float> dy = uniformValues(s.batch * s.units, 1);
        const std::vector<float> x = uniformValues(s.batch * s.features, 2);
        std::vector<float> dw(s.units * s.features, NAN);
        // dW[u][k] = sum over b of dY[b][u] X[b][k]
        broadcastProducts({ dy.data(), 1, s.units }, s.units, x.data(), s.features, s.batch, s.features, dw.data(),
            s.features);
        for (std::size_t u = 0; u < s.units; ++u)
            for (std::size_t k = 0; k < s.features; ++k) {
                double expected = 0.0;
                for (std::size_t b = 0; b < s.batch; ++b)
                    expected += static_cast<double>(dy[b * s.units + u]) * x[b * s.features + k];
                ASSERT_NEAR(dw[u * s.features + k], expected, 1e-5 * (1.0 + std::sqrt(double(s.batch))))
                    << s.batch << "x" << s.units << "x" << s.features << " at " << u << ", " << k;
            }
    }
}

TEST(BroadcastProducts, InputGradientMatchesADoublePrecisionReference)
{
    for (const Sizes& s : kCases) {
        const std::vector<float> dy = uniformValues(s.batch * s.units, 3);
        const std::vector<float> w = uniformValues(s.units * s.features, 4);
        std::vector<float> dx(s.batch * s.features, NAN);
        // dX[b][k] = sum over u of dY[b][u] W[u][k]
        broadcastProducts({ dy.data(), s.units, 1 }, s.batch, w.data(), s.features, s.units, s.features, dx.data(),
            s.features);
        for (std::size_t b = 0; b < s.batch; ++b)
            for (std::size_t k = 0; k < s.features; ++k) {
                double expected = 0.0;
                for (std::size_t u = 0; u < s.units; ++u)
                    expected += static_cast<double>(dy[b * s.units + u]) * w[u * s.features + k];
                ASSERT_NEAR(dx[b * s.features + k], expected, 1e-5 * (1.0 + std::sqrt(double(s.units))))
                    << s.batch << "x" << s.units << "x" << s.features << " at " << b << ", " << k;
            }
    }
}

// The pool splits dW's units (and dX's rows) between threads at any boundary; each
// output must come out bit for bit the same whichever slice computed it.
TEST(BroadcastProducts, ASliceOfRowsGivesTheSameBitsAsTheWholeAndLeavesTheRestAlone)
{
    const Sizes s { 19, 23, 83 };
    const std::vector<float> dy = uniformValues(s.batch * s.units, 5);
    const std::vector<float> x = uniformValues(s.batch * s.features, 6);
    std::vector<float> whole(s.units * s.features);
    broadcastProducts({ dy.data(), 1, s.units }, s.units, x.data(), s.features, s.batch, s.features, whole.data(),
        s.features);
    for (const std::size_t split : { 1u, 5u, 6u, 7u, 20u }) {
        std::vector<float> parts(s.units * s.features, NAN);
        broadcastProducts({ dy.data(), 1, s.units }, split, x.data(), s.features, s.batch, s.features, parts.data(),
            s.features);
        for (std::size_t i = split * s.features; i < parts.size(); ++i)
            ASSERT_TRUE(std::isnan(parts[i])) << "wrote outside its slice at " << i;
        broadcastProducts({ dy.data() + split, 1, s.units }, s.units - split, x.data(), s.features, s.batch,
            s.features, parts.data() + split * s.features, s.features);
        EXPECT_EQ(std::memcmp(parts.data(), whole.data(), whole.size() * sizeof(float)), 0) << "split at " << split;
    }
}

// A dense layer's forward pass over its transposed weights: v = W^T [features,
// units] padded with zero columns to whole vectors, sums starting from the bias.
// Widths below a vector, between vectors, at whole 64-column blocks and past them;
// nothing past the width of a row is written.
TEST(BroadcastProducts, OverPaddedRowsMatchesADoublePrecisionReferenceAndStaysInItsColumns)
{
    for (const Sizes& s : kCases) {
        const std::size_t padded = (s.units + 15) / 16 * 16;
        const std::vector<float> x = uniformValues(s.batch * s.features, 5);
        const std::vector<float> w = uniformValues(s.units * s.features, 6);
        const std::vector<float> bias = uniformValues(s.units, 7);
        std::vector<float> wt(s.features * padded, 0.0f), start(padded, 0.0f);
        for (std::size_t u = 0; u < s.units; ++u) {
            start[u] = bias[u];
            for (std::size_t k = 0; k < s.features; ++k)
                wt[k * padded + u] = w[u * s.features + k];
        }
        for (const bool withBias : { false, true }) {
            const std::size_t outStride = s.units + 3; // room past each row that must stay untouched
            std::vector<float> y(s.batch * outStride, NAN);
            // Y[b][u] = bias[u] + sum over k of X[b][k] W[u][k]
            broadcastProductsOverPaddedRows({ x.data(), s.features, 1 }, s.batch, wt.data(), padded, s.features,
                s.units, withBias ? start.data() : nullptr, y.data(), outStride);
            for (std::size_t b = 0; b < s.batch; ++b) {
                for (std::size_t u = 0; u < s.units; ++u) {
                    double expected = withBias ? bias[u] : 0.0;
                    for (std::size_t k = 0; k < s.features; ++k)
                        expected += static_cast<double>(x[b * s.features + k]) * w[u * s.features + k];
                    ASSERT_NEAR(y[b * outStride + u], expected, 1e-5 * (1.0 + std::sqrt(double(s.features))))
                        << s.batch << "x" << s.features << " . " << s.units << " at " << b << ", " << u;
                }
                for (std::size_t u = s.units; u < outStride; ++u)
                    ASSERT_TRUE(std::isnan(y[b * outStride + u])) << "wrote past the width at " << b << ", " << u;
            }
        }
    }
}
