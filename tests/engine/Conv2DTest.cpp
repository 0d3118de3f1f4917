// Tests for Conv2D: forward values checked by hand on tiny inputs and against a
// direct (six-loop) convolution on random ones, on both of its paths (the direct
// kernels and im2col + GEMM); gradients against central differences; and 1-thread
// vs 2-thread runs must agree bit for bit.
#include "engine/layers/Conv2D.h"
#include "engine/Rng.h"
#include "support/GradientCheck.h"
#include "support/LayerRuns.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;
using namespace nw::test;

namespace {

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
