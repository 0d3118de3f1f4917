// Tests for the pooling layers: MaxPool2D, AvgPool2D, GlobalAvgPool. Forward values
// by hand and against a row-major scan, gradients against central differences, and
// 1-thread vs 2-thread runs must agree bit for bit.
#include "engine/layers/AvgPool2D.h"
#include "engine/layers/GlobalAvgPool.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/Rng.h"
#include "support/GradientCheck.h"
#include "support/LayerRuns.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace nw;
using namespace nw::test;

namespace {

// Distinct values spaced far beyond the gradient check's epsilon, in scrambled
// order, so no max-pool window has a tie or a near tie.
Tensor tieFreeTensor(const Shape& shape)
{
    Tensor t(shape);
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i)
        t[i] = static_cast<float>((i * 37) % n) * 0.05f - 2.0f;
    return t;
}

// One 4x4 image whose 2x2 windows have distinct maxima and averages, for the
// pools' hand-worked expectations.
Tensor fourByFourImage()
{
    return Tensor({ 1, 1, 4, 4 }, { 1, 5, 2, 0, 3, 4, 8, 1, -1, -2, 0, 6, -3, -4, 7, 2 });
}

} // namespace

// ---- MaxPool2D ------------------------------------------------------------------

TEST(MaxPool2D, StrideDefaultsToKernelAndShapeRoundsDown)
{
    MaxPool2D pool(2);
    EXPECT_EQ(pool.stride(), 2);
    EXPECT_EQ(pool.typeName(), "MaxPool2D");
    EXPECT_EQ(pool.outputShape({ { 8, 28, 28 } }), (Shape { 8, 14, 14 }));
    EXPECT_EQ(pool.outputShape({ { 8, 7, 5 } }), (Shape { 8, 3, 2 }));
    EXPECT_EQ(MaxPool2D(3, 2, 1).outputShape({ { 2, 7, 6 } }), (Shape { 2, 4, 3 }));
}

TEST(MaxPool2D, ExplainsBadInputs)
{
    MaxPool2D pool(4);
    EXPECT_NE(shapeErrorOf(pool, { 1, 3, 3 }).find("kernel 4 is larger than the padded input 3x3"), std::string::npos);
    EXPECT_NE(shapeErrorOf(pool, { 784 }).find("Reshape to 1x28x28"), std::string::npos);
    try {
        MaxPool2D tooMuchPadding(2, 2, 2);
        FAIL() << "expected ShapeError";
    } catch (const ShapeError& e) {
        EXPECT_NE(std::string(e.what()).find("more than half the kernel"), std::string::npos) << e.what();
    }
}

TEST(MaxPool2D, ForwardTakesWindowMaximum)
{
    MaxPool2D pool(2);
    pool.build({ { 1, 4, 4 } });
    const Tensor x = fourByFourImage();
    const Tensor y = runForward(pool, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 2 }));
    EXPECT_FLOAT_EQ(y[0], 5.0f);
    EXPECT_FLOAT_EQ(y[1], 8.0f);
    EXPECT_FLOAT_EQ(y[2], -1.0f);
    EXPECT_FLOAT_EQ(y[3], 7.0f);
}

TEST(MaxPool2D, PaddingCountsAsMinusInfinity)
{
    // All inputs negative: zero padding would wrongly win every border window.
    MaxPool2D pool(3, 2, 1);
    pool.build({ { 1, 3, 3 } });
    const Tensor x({ 1, 1, 3, 3 }, { -1, -2, -3, -4, -5, -6, -7, -8, -9 });
    const Tensor y = runForward(pool, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 2 }));
    EXPECT_FLOAT_EQ(y[0], -1.0f);
    EXPECT_FLOAT_EQ(y[1], -2.0f);
    EXPECT_FLOAT_EQ(y[2], -4.0f);
    EXPECT_FLOAT_EQ(y[3], -5.0f);
}

TEST(MaxPool2D, BackwardRoutesGradientToTheMaximum)
{
    MaxPool2D pool(2);
    pool.build({ { 1, 4, 4 } });
    const Tensor x = fourByFourImage();
    const Tensor dy({ 1, 1, 2, 2 }, { 10, 20, 30, 40 });
    const Tensor dx = runBackward(pool, x, dy);
    const float expected[16] = { 0, 10, 0, 0, 0, 0, 20, 0, 30, 0, 0, 0, 0, 0, 40, 0 };
    for (int i = 0; i < 16; ++i)
        EXPECT_FLOAT_EQ(dx[i], expected[i]) << i;
}

TEST(MaxPool2D, OverlappingWindowsAddGradientsAtASharedMaximum)
{
    // A 2x3 input with stride 1: both 2x2 windows hold the maximum 9.
    MaxPool2D overlap(2, 1);
    overlap.build({ { 1, 2, 3 } });
    const Tensor x({ 1, 1, 2, 3 }, { 0, 9, 1, 2, 3, 4 });
    const Tensor dy({ 1, 1, 1, 2 }, { 1.5f, 2.0f });
    const Tensor dx = runBackward(overlap, x, dy);
    EXPECT_FLOAT_EQ(dx[1], 3.5f);
    EXPECT_FLOAT_EQ(dx[0] + dx[2] + dx[3] + dx[4] + dx[5], 0.0f);
}

TEST(MaxPool2D, FirstMaximumWinsTies)
{
    // Same rule on the 2x2 fast path and the general path (stride 1 here).
    const Tensor x({ 1, 1, 2, 2 }, { 3, 3, 3, 3 });
    MaxPool2D fast(2);
    fast.build({ { 1, 2, 2 } });
    Tensor dx = runBackward(fast, x, Tensor({ 1, 1, 1, 1 }, { 1 }));
    EXPECT_FLOAT_EQ(dx[0], 1.0f);
    EXPECT_FLOAT_EQ(dx[1] + dx[2] + dx[3], 0.0f);
    MaxPool2D general(2, 1);
    general.build({ { 1, 2, 2 } });
    dx = runBackward(general, x, Tensor({ 1, 1, 1, 1 }, { 1 }));
    EXPECT_FLOAT_EQ(dx[0], 1.0f);
    EXPECT_FLOAT_EQ(dx[1] + dx[2] + dx[3], 0.0f);
}

// The 2x2 fast path works on whole rows of pairs with vectors, a part's even planes
// stacked as one tall image (odd ones plane by plane; rows wider than its
// stack budget window by window); on planes full of ties and with a few NaNs it must
// pick the pixel a row-major scan of each window picks: the first maximum, or the
// last NaN.
TEST(MaxPool2D, TheVectorisedTwoByTwoPathPicksWhatARowMajorScanPicks)
{
    struct Case {
        int n, c, h, w;
    };
    for (const Case& k : { Case { 2, 3, 10, 36 }, Case { 1, 1, 4, 2052 }, Case { 2, 2, 7, 12 } }) {
        const int n = k.n, c = k.c, h = k.h, w = k.w;
        Tensor x({ n, c, h, w });
        Rng rng(5);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = static_cast<float>(rng.below(4)); // many ties
        const float nan = std::numeric_limits<float>::quiet_NaN();
        for (std::size_t i : { 7u, 40u, 41u, 77u, 300u, 301u, 336u, 1000u })
            if (i < x.size())
                x[i] = nan;
        MaxPool2D pool(2);
        pool.build({ { c, h, w } });
        const Tensor y = runForward(pool, x);
        Tensor ones({ n, c, h / 2, w / 2 });
        ones.array().setOnes();
        const Tensor dx = runBackward(pool, x, ones);
        for (int p = 0; p < n * c; ++p)
            for (int oh = 0; oh < h / 2; ++oh)
                for (int ow = 0; ow < w / 2; ++ow) {
                    std::size_t at = 0;
                    float best = -std::numeric_limits<float>::infinity();
                    for (int kh = 0; kh < 2; ++kh)
                        for (int kw = 0; kw < 2; ++kw) {
                            const std::size_t i = static_cast<std::size_t>((p * h + 2 * oh + kh) * w + 2 * ow + kw);
                            if (x[i] > best || std::isnan(x[i])) {
                                best = x[i];
                                at = i;
                            }
                        }
                    const float got = y[static_cast<std::size_t>((p * (h / 2) + oh) * (w / 2) + ow)];
                    if (std::isnan(best))
                        ASSERT_TRUE(std::isnan(got)) << "width " << w << ", plane " << p << " at " << oh << "," << ow;
                    else
                        ASSERT_EQ(got, best) << "width " << w << ", plane " << p << " at " << oh << "," << ow;
                    ASSERT_EQ(dx[at], 1.0f) << "width " << w << ": the gradient goes to pixel " << at;
                }
    }
}

TEST(MaxPool2D, PropagatesNaN)
{
    MaxPool2D pool(2);
    pool.build({ { 1, 2, 2 } });
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const Tensor y = runForward(pool, Tensor({ 1, 1, 2, 2 }, { 1, nan, 3, 2 }));
    EXPECT_TRUE(std::isnan(y[0]));
    MaxPool2D general(2, 1);
    general.build({ { 1, 2, 3 } });
    const Tensor z = runForward(general, Tensor({ 1, 1, 2, 3 }, { 1, nan, 3, 2, 5, 0 }));
    EXPECT_TRUE(std::isnan(z[0]));
    EXPECT_TRUE(std::isnan(z[1]));
}

TEST(MaxPool2D, GradientMatchesNumericWithOverlapAndPadding)
{
    MaxPool2D pool(3, 2, 1);
    const auto r = test::checkGradients(pool, { tieFreeTensor({ 2, 3, 7, 6 }) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_GT(r.probes, 100);
}

TEST(MaxPool2D, GradientMatchesNumericNonOverlapping)
{
    MaxPool2D pool(2);
    const auto r = test::checkGradients(pool, { tieFreeTensor({ 3, 2, 6, 9 }) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

// ---- AvgPool2D ------------------------------------------------------------------

TEST(AvgPool2D, ForwardAveragesWindows)
{
    AvgPool2D pool(2);
    EXPECT_EQ(pool.typeName(), "AvgPool2D");
    pool.build({ { 1, 4, 4 } });
    const Tensor x = fourByFourImage();
    const Tensor y = runForward(pool, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 2 }));
    EXPECT_FLOAT_EQ(y[0], 3.25f);
    EXPECT_FLOAT_EQ(y[1], 2.75f);
    EXPECT_FLOAT_EQ(y[2], -2.5f);
    EXPECT_FLOAT_EQ(y[3], 3.75f);
}

TEST(AvgPool2D, PaddingCountsInTheAverage)
{
    // count_include_pad=True: every window divides by 4, padding included.
    AvgPool2D pool(2, 2, 1);
    pool.build({ { 1, 3, 3 } });
    const Tensor x({ 1, 1, 3, 3 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    const Tensor y = runForward(pool, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 2 }));
    EXPECT_FLOAT_EQ(y[0], 0.25f);
    EXPECT_FLOAT_EQ(y[1], 1.25f);
    EXPECT_FLOAT_EQ(y[2], 2.75f);
    EXPECT_FLOAT_EQ(y[3], 7.0f);

    const Tensor dx = runBackward(pool, x, Tensor({ 1, 1, 2, 2 }, { 4, 8, 12, 16 }));
    const float expected[9] = { 1, 2, 2, 3, 4, 4, 3, 4, 4 };
    for (int i = 0; i < 9; ++i)
        EXPECT_FLOAT_EQ(dx[i], expected[i]) << i;
}

TEST(AvgPool2D, ExplainsBadInputs)
{
    AvgPool2D pool(5, 1, 2);
    EXPECT_EQ(pool.outputShape({ { 2, 3, 3 } }), (Shape { 2, 3, 3 }));
    EXPECT_NE(shapeErrorOf(pool, { 2, 3 }).find("Reshape to 1x2x3"), std::string::npos);
    AvgPool2D big(5);
    EXPECT_NE(shapeErrorOf(big, { 2, 3, 3 }).find("kernel 5 is larger than the padded input 3x3"), std::string::npos);
}

TEST(AvgPool2D, GradientMatchesNumericWithOverlapAndPadding)
{
    AvgPool2D pool(3, 2, 1);
    const auto r = test::checkGradients(pool, { test::randomTensor({ 2, 3, 7, 6 }, 51) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_GT(r.probes, 100);
}

// ---- GlobalAvgPool --------------------------------------------------------------

TEST(GlobalAvgPool, AveragesEachPlane)
{
    GlobalAvgPool pool;
    EXPECT_EQ(pool.typeName(), "GlobalAvgPool");
    EXPECT_EQ(pool.outputShape({ { 16, 7, 5 } }), (Shape { 16 }));
    EXPECT_NE(shapeErrorOf(pool, { 784 }).find("Reshape to 1x28x28"), std::string::npos);
    pool.build({ { 2, 2, 3 } });
    const Tensor x({ 1, 2, 2, 3 }, { 1, 2, 3, 4, 5, 6, -6, 0, 0, 0, 0, 0 });
    const Tensor y = runForward(pool, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 2 }));
    EXPECT_FLOAT_EQ(y[0], 3.5f);
    EXPECT_FLOAT_EQ(y[1], -1.0f);
}

TEST(GlobalAvgPool, GradientMatchesNumeric)
{
    GlobalAvgPool pool;
    const auto r = test::checkGradients(pool, { test::randomTensor({ 3, 4, 5, 3 }, 61) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

// ---- All pools: thread-count independence --------------------------------------

TEST(SpatialPools, OneAndTwoThreadsGiveBitIdenticalResults)
{
    const Tensor x = test::randomTensor({ 64, 8, 28, 28 }, 71);
    std::unique_ptr<Layer> layers[2][3];
    for (int t = 0; t < 2; ++t) {
        layers[t][0] = std::make_unique<MaxPool2D>(2);
        layers[t][1] = std::make_unique<AvgPool2D>(3, 2, 1);
        layers[t][2] = std::make_unique<GlobalAvgPool>();
    }
    for (int l = 0; l < 3; ++l) {
        Tensor y[2], dx[2];
        for (int t = 0; t < 2; ++t) {
            Layer& layer = *layers[t][l];
            layer.build({ { 8, 28, 28 } });
            y[t] = runForward(layer, x, t + 1);
            const Tensor r = test::randomTensor(y[t].shape(), 72);
            dx[t] = runBackward(layer, x, r, t + 1);
        }
        expectBitIdentical(y[0], y[1], layers[0][l]->typeName() + " output");
        expectBitIdentical(dx[0], dx[1], layers[0][l]->typeName() + " input grad");
    }
}
