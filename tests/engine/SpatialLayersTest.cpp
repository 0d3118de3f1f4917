// Tests for the spatial layers: Conv2D, MaxPool2D, AvgPool2D, GlobalAvgPool.
// Forward values are checked by hand on tiny inputs and against a direct
// (six-loop) convolution on random ones; gradients against central differences;
// and 1-thread vs 2-thread runs must agree bit for bit.
#include "engine/EngineError.h"
#include "engine/layers/AvgPool2D.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/GlobalAvgPool.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

using namespace nw;

namespace {

Shape sampleShape(const Tensor& t)
{
    return Shape(t.shape().begin() + 1, t.shape().end());
}

Tensor runForward(Layer& layer, const Tensor& x, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, true, 1 };
    Tensor y;
    const Tensor* in[] = { &x };
    layer.forward(in, y, ctx);
    return y;
}

// Forward then backward of L = sum(y * r); returns the input gradient.
Tensor runBackward(Layer& layer, const Tensor& x, const Tensor& r, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, true, 1 };
    Tensor y;
    const Tensor* in[] = { &x };
    layer.forward(in, y, ctx);
    Tensor dx;
    Tensor* grads[] = { &dx };
    layer.backward(in, y, r, grads, ctx);
    return dx;
}

std::string shapeErrorOf(Layer& layer, const Shape& input)
{
    try {
        layer.outputShape({ input });
    } catch (const ShapeError& e) {
        return e.what();
    }
    return "no error";
}

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

// The textbook definition, for comparison with im2col + GEMM.
Tensor directConvolution(const Tensor& x, const Tensor& w, const Tensor& b, int stride, int padding)
{
    const int n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3);
    const int oc = w.dim(0), k = w.dim(2);
    const int oh = (h + 2 * padding - k) / stride + 1, ow = (wd + 2 * padding - k) / stride + 1;
    Tensor y({ n, oc, oh, ow });
    for (int s = 0; s < n; ++s)
        for (int o = 0; o < oc; ++o)
            for (int i = 0; i < oh; ++i)
                for (int j = 0; j < ow; ++j) {
                    double sum = b.empty() ? 0.0 : b[o];
                    for (int ci = 0; ci < c; ++ci)
                        for (int u = 0; u < k; ++u)
                            for (int v = 0; v < k; ++v) {
                                const int ih = i * stride - padding + u, iw = j * stride - padding + v;
                                if (ih < 0 || ih >= h || iw < 0 || iw >= wd)
                                    continue;
                                sum += double(x[((s * c + ci) * h + ih) * wd + iw]) * w[((o * c + ci) * k + u) * k + v];
                            }
                    y[((s * oc + o) * oh + i) * ow + j] = static_cast<float>(sum);
                }
    return y;
}

void expectBitIdentical(const Tensor& a, const Tensor& b, const std::string& what)
{
    ASSERT_EQ(a.shape(), b.shape()) << what;
    EXPECT_EQ(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0) << what << " differs";
}

} // namespace

// ---- Conv2D ---------------------------------------------------------------------

TEST(Conv2D, OutputShapeFollowsKernelStrideAndPadding)
{
    EXPECT_EQ(Conv2D(8, 3, 1, 1).outputShape({ { 1, 28, 28 } }), (Shape { 8, 28, 28 }));
    EXPECT_EQ(Conv2D(4, 3, 2, 0).outputShape({ { 3, 7, 9 } }), (Shape { 4, 3, 4 }));
    EXPECT_EQ(Conv2D(2, 5, 3, 2).outputShape({ { 1, 10, 6 } }), (Shape { 2, 4, 2 }));
}

TEST(Conv2D, ParametersFollowPyTorchLayout)
{
    Conv2D conv(6, 5);
    conv.build({ { 3, 12, 12 } });
    EXPECT_EQ(conv.weight().value.shape(), (Shape { 6, 3, 5, 5 }));
    EXPECT_EQ(conv.bias().value.shape(), (Shape { 6 }));
    EXPECT_EQ(conv.parameterCount(), 6u * 3 * 25 + 6);
    EXPECT_EQ(conv.typeName(), "Conv2D");
    Conv2D noBias(6, 5, 1, 0, false);
    noBias.build({ { 3, 12, 12 } });
    EXPECT_EQ(noBias.parameters().size(), 1u);
}

TEST(Conv2D, HeUniformUsesFanInOfChannelsTimesKernelArea)
{
    Conv2D conv(16, 3);
    conv.build({ { 8, 14, 14 } });
    Rng rng(5);
    conv.initialize(rng);
    const float limit = std::sqrt(6.0f / (8 * 9));
    const Tensor& w = conv.weight().value;
    float biggest = 0.0f;
    for (std::size_t i = 0; i < w.size(); ++i)
        biggest = std::max(biggest, std::abs(w[i]));
    EXPECT_LE(biggest, limit);
    EXPECT_GT(biggest, 0.9f * limit);
}

TEST(Conv2D, RefusesFlatInputWithReshapeAdvice)
{
    Conv2D conv(8, 3);
    const std::string msg = shapeErrorOf(conv, { 784 });
    EXPECT_NE(msg.find("expects an image input (channels x height x width) but gets 784"), std::string::npos) << msg;
    EXPECT_NE(msg.find("Reshape to 1x28x28"), std::string::npos) << msg;
    EXPECT_NE(shapeErrorOf(conv, { 3072 }).find("3x32x32"), std::string::npos);
    EXPECT_NE(shapeErrorOf(conv, { 28, 28 }).find("1x28x28"), std::string::npos);
}

TEST(Conv2D, RefusesKernelLargerThanPaddedInput)
{
    Conv2D conv(2, 5);
    const std::string msg = shapeErrorOf(conv, { 1, 3, 3 });
    EXPECT_NE(msg.find("kernel 5 is larger than the padded input 3x3"), std::string::npos) << msg;
    EXPECT_EQ(Conv2D(2, 5, 1, 1).outputShape({ { 1, 3, 3 } }), (Shape { 2, 1, 1 }));
}

TEST(Conv2D, RefusesNonsenseSettings)
{
    EXPECT_THROW(Conv2D(0, 3), ShapeError);
    EXPECT_THROW(Conv2D(4, 0), ShapeError);
    EXPECT_THROW(Conv2D(4, 3, 0), ShapeError);
    EXPECT_THROW(Conv2D(4, 3, 1, -1), ShapeError);
}

TEST(Conv2D, ForwardComputesHandCheckedValues)
{
    // x = 1..9 as a 3x3 image, w = [[1,2],[3,4]], bias 0.5.
    Conv2D conv(1, 2);
    conv.build({ { 1, 3, 3 } });
    conv.weight().value = Tensor({ 1, 1, 2, 2 }, { 1, 2, 3, 4 });
    conv.bias().value = Tensor({ 1 }, { 0.5f });
    const Tensor x({ 1, 1, 3, 3 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    const Tensor y = runForward(conv, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 2 }));
    EXPECT_FLOAT_EQ(y[0], 37.5f); // 1*1 + 2*2 + 4*3 + 5*4
    EXPECT_FLOAT_EQ(y[1], 47.5f);
    EXPECT_FLOAT_EQ(y[2], 67.5f);
    EXPECT_FLOAT_EQ(y[3], 77.5f);
}

TEST(Conv2D, ForwardZeroPadsWithStride)
{
    // Same x and w, padding 1, stride 2: windows start at -1 and 1.
    Conv2D conv(1, 2, 2, 1, false);
    conv.build({ { 1, 3, 3 } });
    conv.weight().value = Tensor({ 1, 1, 2, 2 }, { 1, 2, 3, 4 });
    const Tensor x({ 1, 1, 3, 3 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    const Tensor y = runForward(conv, x);
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 2 }));
    EXPECT_FLOAT_EQ(y[0], 4.0f); // only x00 * w11
    EXPECT_FLOAT_EQ(y[1], 18.0f); // x01 * w10 + x02 * w11
    EXPECT_FLOAT_EQ(y[2], 36.0f); // x10 * w01 + x20 * w11
    EXPECT_FLOAT_EQ(y[3], 77.0f);
}

TEST(Conv2D, ForwardMatchesDirectConvolution)
{
    struct Case {
        int outC, k, stride, padding;
        Shape input;
    };
    const Case cases[] = {
        { 8, 3, 1, 1, { 5, 1, 28, 28 } },
        { 16, 3, 1, 1, { 7, 8, 14, 14 } },
        { 3, 3, 2, 1, { 3, 2, 7, 9 } },
        { 4, 5, 3, 2, { 2, 3, 11, 6 } },
        { 5, 1, 1, 0, { 2, 4, 3, 5 } },
        { 2, 4, 2, 0, { 40, 3, 9, 10 } },
        { 3, 5, 1, 2, { 2, 2, 9, 8 } }, // stride 1, few channels: the direct kernels
        { 6, 3, 1, 1, { 2, 16, 6, 5 } }, // stride 1, 16*3*3 rows: im2col + GEMM
        { 8, 3, 1, 1, { 1, 1, 200, 200 } }, // few channels, but grids too big for the direct kernels
    };
    for (const Case& c : cases) {
        Conv2D conv(c.outC, c.k, c.stride, c.padding);
        const Tensor x = test::randomTensor(c.input, 11);
        conv.build({ sampleShape(x) });
        Rng rng(3);
        conv.initialize(rng);
        conv.bias().value = test::randomTensor({ c.outC }, 12);
        const Tensor y = runForward(conv, x, 2);
        const Tensor ref = directConvolution(x, conv.weight().value, conv.bias().value, c.stride, c.padding);
        ASSERT_EQ(y.shape(), ref.shape());
        for (std::size_t i = 0; i < y.size(); ++i)
            ASSERT_NEAR(y[i], ref[i], 1e-4f) << "case k=" << c.k << " stride=" << c.stride << " at " << i;
    }
}

namespace {

// Finite differences against the layer's own gradients on a seeded random input.
void expectGradientsMatchNumeric(Conv2D& conv, const Shape& input, std::uint64_t seed, int minProbes = 1)
{
    const auto r = test::checkGradients(conv, { test::randomTensor(input, seed) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_GE(r.probes, minProbes);
}

} // namespace

TEST(Conv2D, GradientMatchesNumericWithStrideAndPadding)
{
    Conv2D conv(4, 3, 2, 1);
    expectGradientsMatchNumeric(conv, { 2, 3, 7, 9 }, 21, 200);
}

// Stride 1 with few input channels runs on the direct kernels; five output channels
// also take the kernels' one-channel remainder path.
TEST(Conv2D, GradientMatchesNumericOnTheDirectKernels)
{
    Conv2D conv(5, 3, 1, 1);
    expectGradientsMatchNumeric(conv, { 2, 3, 6, 7 }, 24, 200);
}

// The direct kernels' input gradient covers only the padded image's interior rows:
// with a wide padding, a 5x5 kernel and a narrow image (rows shorter than a vector),
// and on a tiny image where a row and its padding are less than a vector.
TEST(Conv2D, GradientMatchesNumericOnTheDirectKernelsWithWidePaddingAndTinyImages)
{
    Conv2D wide(3, 5, 1, 2);
    expectGradientsMatchNumeric(wide, { 2, 2, 9, 8 }, 26);
    Conv2D tiny(2, 3, 1, 1);
    expectGradientsMatchNumeric(tiny, { 2, 3, 2, 3 }, 27);
}

// Stride 1 with 15 * 3 * 3 = 135 im2col rows: too deep for the direct kernels.
TEST(Conv2D, GradientMatchesNumericOnTheGemmPathWithStride1)
{
    Conv2D conv(3, 3, 1, 1);
    expectGradientsMatchNumeric(conv, { 2, 15, 5, 5 }, 25);
}

TEST(Conv2D, GradientMatchesNumericWithoutPaddingOrBias)
{
    Conv2D conv(3, 2, 1, 0, false);
    expectGradientsMatchNumeric(conv, { 3, 2, 6, 5 }, 22);
}

TEST(Conv2D, GradientMatchesNumericWithWidePaddingAndStride3)
{
    Conv2D conv(2, 4, 3, 2);
    expectGradientsMatchNumeric(conv, { 2, 2, 8, 11 }, 23);
}

TEST(Conv2D, SkipsInputGradientButStillComputesWeightGradient)
{
    const Tensor x = test::randomTensor({ 4, 2, 6, 6 }, 31);
    const Tensor r = test::randomTensor({ 4, 3, 6, 6 }, 32);
    Conv2D a(3, 3, 1, 1);
    a.build({ { 2, 6, 6 } });
    Rng rng(1);
    a.initialize(rng);
    runBackward(a, x, r);
    const Tensor expected = a.weight().grad;

    ThreadPool pool(1);
    ExecutionContext ctx { &pool, true, 1 };
    Tensor y;
    const Tensor* in[] = { &x };
    a.forward(in, y, ctx);
    Tensor* noGrad[] = { nullptr };
    a.backward(in, y, r, noGrad, ctx);
    expectBitIdentical(a.weight().grad, expected, "weight grad");
}

TEST(Conv2D, OneAndTwoThreadsGiveBitIdenticalResults)
{
    // Benchmark-sized: the second conv of the CNN on a batch of 64.
    const Tensor x = test::randomTensor({ 64, 8, 14, 14 }, 41);
    const Tensor r = test::randomTensor({ 64, 16, 14, 14 }, 42);
    Tensor y[2], dx[2], dw[2], db[2];
    for (int t = 0; t < 2; ++t) {
        Conv2D conv(16, 3, 1, 1);
        conv.build({ { 8, 14, 14 } });
        Rng rng(9);
        conv.initialize(rng);
        y[t] = runForward(conv, x, t + 1);
        dx[t] = runBackward(conv, x, r, t + 1);
        dw[t] = conv.weight().grad;
        db[t] = conv.bias().grad;
    }
    expectBitIdentical(y[0], y[1], "output");
    expectBitIdentical(dx[0], dx[1], "input grad");
    expectBitIdentical(dw[0], dw[1], "weight grad");
    expectBitIdentical(db[0], db[1], "bias grad");
}

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
    const Tensor x({ 1, 1, 4, 4 }, { 1, 5, 2, 0, 3, 4, 8, 1, -1, -2, 0, 6, -3, -4, 7, 2 });
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
    const Tensor x({ 1, 1, 4, 4 }, { 1, 5, 2, 0, 3, 4, 8, 1, -1, -2, 0, 6, -3, -4, 7, 2 });
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
    const Tensor x({ 1, 1, 4, 4 }, { 1, 5, 2, 0, 3, 4, 8, 1, -1, -2, 0, 6, -3, -4, 7, 2 });
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
