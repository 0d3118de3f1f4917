#include "engine/layers/BroadcastProducts.h"

#include "support/ReferenceDot.h"
#include "support/UniformValues.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

using namespace nw;
using nw::test::referenceDot;
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
                const double expected = referenceDot(&dy[u], s.units, &x[k], s.features, s.batch);
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
                const double expected = referenceDot(&dy[b * s.units], 1, &w[k], s.features, s.units);
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

// A dense layer's forward pass, both ways round. Over W^T: v = W^T [features, units]
// padded with zero columns to whole vectors, sums starting from the bias along
// columns. Over X^T: p = W, v = X^T [features, batch] padded likewise, output Y^T,
// the bias along rows. Widths below a vector, between vectors, at whole 64-column
// blocks and past them: right, the same bits both ways, and nothing past the width
// of a row is written.
TEST(BroadcastProducts, OverPaddedRowsMatchesADoublePrecisionReferenceEitherWayRound)
{
    std::vector<Sizes> cases(std::begin(kCases), std::end(kCases));
    // Last blocks of three and of four vectors, the fourth partly stored.
    cases.insert(cases.end(), { { 50, 40, 9 }, { 7, 63, 20 }, { 33, 113, 5 } });
    for (const Sizes& s : cases) {
        const std::size_t paddedUnits = (s.units + 15) / 16 * 16, paddedBatch = (s.batch + 15) / 16 * 16;
        const std::vector<float> x = uniformValues(s.batch * s.features, 5);
        const std::vector<float> w = uniformValues(s.units * s.features, 6);
        const std::vector<float> bias = uniformValues(s.units, 7);
        std::vector<float> wt(s.features * paddedUnits, 0.0f), xt(s.features * paddedBatch, 0.0f),
            paddedBias(paddedUnits, 0.0f);
        std::copy(bias.begin(), bias.end(), paddedBias.begin());
        for (std::size_t k = 0; k < s.features; ++k) {
            for (std::size_t u = 0; u < s.units; ++u)
                wt[k * paddedUnits + u] = w[u * s.features + k];
            for (std::size_t b = 0; b < s.batch; ++b)
                xt[k * paddedBatch + b] = x[b * s.features + k];
        }
        for (const bool withBias : { false, true }) {
            // Room past each row that must stay untouched.
            const std::size_t yStride = s.units + 3, ytStride = s.batch + 3;
            std::vector<float> y(s.batch * yStride, NAN), yt(s.units * ytStride, NAN);
            const SumStart columns { withBias ? paddedBias.data() : nullptr, SumStart::Along::Columns };
            const SumStart rows { withBias ? bias.data() : nullptr, SumStart::Along::Rows };
            // Y[b][u] = bias[u] + sum over k of X[b][k] W[u][k], and Y^T[u][b] the same.
            broadcastProductsOverPaddedRows({ x.data(), s.features, 1 }, s.batch, wt.data(), paddedUnits, s.features,
                s.units, columns, y.data(), yStride);
            broadcastProductsOverPaddedRows({ w.data(), s.features, 1 }, s.units, xt.data(), paddedBatch, s.features,
                s.batch, rows, yt.data(), ytStride);
            const auto where = [&](std::size_t b, std::size_t u) {
                return std::to_string(s.batch) + "x" + std::to_string(s.features) + " . " + std::to_string(s.units)
                    + " at " + std::to_string(b) + ", " + std::to_string(u);
            };
            for (std::size_t b = 0; b < s.batch; ++b) {
                for (std::size_t u = 0; u < s.units; ++u) {
                    const double expected = referenceDot(
                        &x[b * s.features], 1, &w[u * s.features], 1, s.features, withBias ? bias[u] : 0.0);
                    ASSERT_NEAR(y[b * yStride + u], expected, 1e-5 * (1.0 + std::sqrt(double(s.features))))
                        << where(b, u);
                    ASSERT_EQ(y[b * yStride + u], yt[u * ytStride + b])
                        << "the two ways round differ at " << where(b, u);
                }
                for (std::size_t u = s.units; u < yStride; ++u)
                    ASSERT_TRUE(std::isnan(y[b * yStride + u])) << "wrote past the width at " << where(b, u);
            }
            for (std::size_t u = 0; u < s.units; ++u)
                for (std::size_t b = s.batch; b < ytStride; ++b)
                    ASSERT_TRUE(std::isnan(yt[u * ytStride + b])) << "wrote past the width of Y^T at " << where(b, u);
        }
    }
}
