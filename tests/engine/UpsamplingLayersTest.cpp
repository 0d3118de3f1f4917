// Tests for the decoder layers of autoencoders: ConvTranspose2D and Upsample2D.
// Forward values are checked by hand on tiny inputs and, for ConvTranspose2D,
// against the textbook scatter on random ones; gradients against central
// differences in every mode; shape errors name the problem; and benchmark-sized
// batches agree bit for bit on 1 and 2 threads. (PyTorch oracle cases for both
// run through tests/model/RegisteredLayersTest.cpp.)
#include "engine/EngineError.h"
#include "engine/layers/ConvTranspose2D.h"
#include "engine/layers/Upsample2D.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace nw;

namespace {

// Forward then (when r is given) backward of L = sum(y * r) on `threads` threads.
struct Pass {
    Tensor y;
    Tensor dx;
};

Pass run(Layer& layer, const Tensor& x, const Tensor* r = nullptr, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, true, 1 };
    Pass result;
    const Tensor* in[] = { &x };
    layer.forward(in, result.y, ctx);
    if (r) {
        Tensor* grads[] = { &result.dx };
        layer.backward(in, result.y, *r, grads, ctx);
    }
    return result;
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

template <typename Make>
std::string constructionErrorOf(Make make)
{
    try {
        make();
    } catch (const ShapeError& e) {
        return e.what();
    }
    return "no error";
}

void expectBitIdentical(const Tensor& a, const Tensor& b, const std::string& what)
{
    ASSERT_EQ(a.shape(), b.shape()) << what;
    EXPECT_EQ(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0) << what << " differs";
}

Tensor tensorOf(const Shape& shape, std::initializer_list<float> values)
{
    Tensor t(shape);
    std::copy(values.begin(), values.end(), t.data());
    return t;
}

// The definition: every input pixel adds its value times the stamp W[ic, oc] at
// (ih * stride - padding + kh, iw * stride - padding + kw), in double.
Tensor directTransposedConvolution(const Tensor& x, const Tensor& w, const Tensor* b, int stride, int padding,
    int outputPadding)
{
    const int n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3);
    const int oc = w.dim(1), k = w.dim(2);
    const int oh = (h - 1) * stride - 2 * padding + k + outputPadding;
    const int ow = (wd - 1) * stride - 2 * padding + k + outputPadding;
    std::vector<double> sum(static_cast<std::size_t>(n) * oc * oh * ow, 0.0);
    for (int s = 0; s < n; ++s)
        for (int o = 0; o < oc; ++o) {
            for (int i = 0; i < oh * ow; ++i)
                sum[(static_cast<std::size_t>(s) * oc + o) * oh * ow + i] = b ? (*b)[o] : 0.0;
            for (int ci = 0; ci < c; ++ci)
                for (int ih = 0; ih < h; ++ih)
                    for (int iw = 0; iw < wd; ++iw)
                        for (int u = 0; u < k; ++u)
                            for (int v = 0; v < k; ++v) {
                                const int y = ih * stride - padding + u, z = iw * stride - padding + v;
                                if (y < 0 || y >= oh || z < 0 || z >= ow)
                                    continue;
                                sum[((static_cast<std::size_t>(s) * oc + o) * oh + y) * ow + z]
                                    += double(x[((s * c + ci) * h + ih) * wd + iw]) * w[((ci * oc + o) * k + u) * k + v];
                            }
        }
    Tensor y({ n, oc, oh, ow });
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = static_cast<float>(sum[i]);
    return y;
}

} // namespace

// ---- ConvTranspose2D ------------------------------------------------------------

TEST(ConvTranspose2D, OutputShapeFollowsPyTorchsFormula)
{
    // (in - 1) * stride - 2 * padding + kernel + output_padding
    ConvTranspose2D a(8, 3, 2, 1, 1);
    EXPECT_EQ(a.outputShape({ { 16, 7, 7 } }), (Shape { 8, 14, 14 }));
    ConvTranspose2D b(1, 2, 2);
    EXPECT_EQ(b.outputShape({ { 4, 3, 5 } }), (Shape { 1, 6, 10 }));
    ConvTranspose2D c(2, 5, 1, 2);
    EXPECT_EQ(c.outputShape({ { 1, 6, 4 } }), (Shape { 2, 6, 4 }));
}

TEST(ConvTranspose2D, ParametersFollowPyTorchLayoutInputChannelsFirst)
{
    ConvTranspose2D layer(5, 3, 2, 1, 1);
    layer.build({ { 4, 6, 6 } });
    EXPECT_EQ(layer.weight().value.shape(), (Shape { 4, 5, 3, 3 }));
    EXPECT_EQ(layer.bias().value.shape(), (Shape { 5 }));
    EXPECT_EQ(layer.parameterCount(), std::size_t(4 * 5 * 9 + 5));
    ConvTranspose2D noBias(5, 3, 1, 0, 0, false);
    noBias.build({ { 4, 6, 6 } });
    EXPECT_EQ(noBias.parameters().size(), 1u);
}

TEST(ConvTranspose2D, RefusesNonsenseSettingsWithTheReason)
{
    EXPECT_NE(constructionErrorOf([] { ConvTranspose2D(0, 3); }).find("output channel"), std::string::npos);
    EXPECT_NE(constructionErrorOf([] { ConvTranspose2D(2, 0); }).find("kernel"), std::string::npos);
    EXPECT_NE(constructionErrorOf([] { ConvTranspose2D(2, 3, 0); }).find("stride"), std::string::npos);
    EXPECT_NE(constructionErrorOf([] { ConvTranspose2D(2, 3, 1, -1); }).find("padding"), std::string::npos);
    const std::string op = constructionErrorOf([] { ConvTranspose2D(2, 3, 2, 1, 2); });
    EXPECT_NE(op.find("output_padding must be at least 0 and smaller than the stride 2, got 2"), std::string::npos)
        << op;
}

TEST(ConvTranspose2D, ExplainsBadInputShapes)
{
    ConvTranspose2D layer(2, 3, 1, 0);
    EXPECT_NE(shapeErrorOf(layer, { 784 }).find("Reshape to 1x28x28"), std::string::npos);
    ConvTranspose2D cropsAll(2, 1, 1, 2);
    const std::string e = shapeErrorOf(cropsAll, { 1, 3, 3 });
    EXPECT_NE(e.find("padding 2 crops away the whole 3x3 output"), std::string::npos) << e;
}

TEST(ConvTranspose2D, ForwardStampsTheKernelByHand)
{
    // One channel, 2x2 input, 2x2 kernel, stride 2: each pixel stamps W times itself
    // into its own 2x2 block.
    ConvTranspose2D layer(1, 2, 2, 0, 0, true);
    layer.build({ { 1, 2, 2 } });
    std::copy_n(std::initializer_list<float> { 1, 2, 3, 4 }.begin(), 4, layer.weight().value.data());
    layer.bias().value[0] = 0.5f;
    const Tensor x = tensorOf({ 1, 1, 2, 2 }, { 1, 10, 100, 1000 });
    const Tensor y = run(layer, x).y;
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 4, 4 }));
    const float expected[16] = { 1.5f, 2.5f, 10.5f, 20.5f, 3.5f, 4.5f, 30.5f, 40.5f, 100.5f, 200.5f, 1000.5f,
        2000.5f, 300.5f, 400.5f, 3000.5f, 4000.5f };
    for (int i = 0; i < 16; ++i)
        EXPECT_FLOAT_EQ(y[static_cast<std::size_t>(i)], expected[i]) << i;
}

TEST(ConvTranspose2D, OverlappingStampsAddUp)
{
    // Stride 1, kernel 2 of ones, no bias: the middle pixel of a 1x3 row gets both
    // neighbours' stamps.
    ConvTranspose2D layer(1, 2, 1, 0, 0, false);
    layer.build({ { 1, 1, 2 } });
    layer.weight().value.fill(1.0f);
    const Tensor y = run(layer, tensorOf({ 1, 1, 1, 2 }, { 1, 2 })).y;
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 3 }));
    const float expected[6] = { 1, 3, 2, 1, 3, 2 };
    for (int i = 0; i < 6; ++i)
        EXPECT_FLOAT_EQ(y[static_cast<std::size_t>(i)], expected[i]) << i;
}

TEST(ConvTranspose2D, ForwardMatchesTheDirectScatter)
{
    struct Case {
        int inC, outC, k, stride, padding, outputPadding, h, w;
    };
    for (const Case c : { Case { 3, 4, 3, 2, 1, 1, 5, 7 }, Case { 2, 3, 4, 3, 2, 2, 3, 4 },
             Case { 1, 2, 1, 1, 0, 0, 4, 4 }, Case { 4, 2, 5, 1, 2, 0, 6, 3 } }) {
        ConvTranspose2D layer(c.outC, c.k, c.stride, c.padding, c.outputPadding);
        layer.build({ { c.inC, c.h, c.w } });
        Rng rng(5);
        layer.initialize(rng);
        layer.bias().value = test::randomTensor({ c.outC }, 6);
        const Tensor x = test::randomTensor({ 3, c.inC, c.h, c.w }, 7);
        const Tensor y = run(layer, x).y;
        const Tensor ref
            = directTransposedConvolution(x, layer.weight().value, &layer.bias().value, c.stride, c.padding, c.outputPadding);
        ASSERT_EQ(y.shape(), ref.shape());
        for (std::size_t i = 0; i < y.size(); ++i)
            ASSERT_NEAR(y[i], ref[i], 1e-4f) << "k=" << c.k << " stride=" << c.stride << " at " << i;
    }
}

TEST(ConvTranspose2D, GradientMatchesNumericWithStridePaddingAndOutputPadding)
{
    ConvTranspose2D layer(3, 3, 2, 1, 1);
    const auto r = test::checkGradients(layer, { test::randomTensor({ 2, 2, 4, 5 }, 21) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_GT(r.probes, 120);
}

TEST(ConvTranspose2D, GradientMatchesNumericWithStride3AndNoBias)
{
    ConvTranspose2D layer(2, 4, 3, 2, 2, false);
    const auto r = test::checkGradients(layer, { test::randomTensor({ 2, 3, 3, 4 }, 22) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

TEST(ConvTranspose2D, OneAndTwoThreadsGiveBitIdenticalResults)
{
    // The first decoder layer of fashion-autoencoder on a batch of 64: 16x7x7 -> 8x14x14.
    const Tensor x = test::randomTensor({ 64, 16, 7, 7 }, 41);
    const Tensor r = test::randomTensor({ 64, 8, 14, 14 }, 42);
    Pass runs[2];
    Tensor dw[2], db[2];
    for (int t = 0; t < 2; ++t) {
        ConvTranspose2D layer(8, 3, 2, 1, 1);
        layer.build({ { 16, 7, 7 } });
        Rng rng(9);
        layer.initialize(rng);
        runs[t] = run(layer, x, &r, t + 1);
        dw[t] = layer.weight().grad;
        db[t] = layer.bias().grad;
    }
    expectBitIdentical(runs[0].y, runs[1].y, "output");
    expectBitIdentical(runs[0].dx, runs[1].dx, "input grad");
    expectBitIdentical(dw[0], dw[1], "weight grad");
    expectBitIdentical(db[0], db[1], "bias grad");
}

// ---- Upsample2D -----------------------------------------------------------------

TEST(Upsample2D, MultipliesHeightAndWidthByTheScale)
{
    Upsample2D layer(3, UpsampleMode::Bilinear);
    EXPECT_EQ(layer.outputShape({ { 2, 4, 5 } }), (Shape { 2, 12, 15 }));
    EXPECT_EQ(layer.parameters().size(), 0u);
}

TEST(Upsample2D, ExplainsBadSettingsAndInputs)
{
    EXPECT_NE(constructionErrorOf([] { Upsample2D(0, UpsampleMode::Nearest); })
                  .find("scale factor between 1 and 16, got 0"),
        std::string::npos);
    Upsample2D layer(2, UpsampleMode::Nearest);
    EXPECT_NE(shapeErrorOf(layer, { 3, 4 }).find("Reshape to 1x3x4"), std::string::npos);
}

TEST(Upsample2D, NearestRepeatsEachPixel)
{
    Upsample2D layer(2, UpsampleMode::Nearest);
    layer.build({ { 1, 2, 2 } });
    const Tensor y = run(layer, tensorOf({ 1, 1, 2, 2 }, { 1, 2, 3, 4 })).y;
    const float expected[16] = { 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4 };
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 4, 4 }));
    for (int i = 0; i < 16; ++i)
        EXPECT_FLOAT_EQ(y[static_cast<std::size_t>(i)], expected[i]) << i;
}

TEST(Upsample2D, BilinearAlignsPixelCentresAndClampsTheBorder)
{
    // align_corners=False, scale 2 on the row [0, 4]: sources -0.25 (clamped to 0),
    // 0.25, 0.75, 1.25 (clamped to the last pixel) give 0, 1, 3, 4.
    Upsample2D layer(2, UpsampleMode::Bilinear);
    layer.build({ { 1, 1, 2 } });
    const Tensor y = run(layer, tensorOf({ 1, 1, 1, 2 }, { 0, 4 })).y;
    ASSERT_EQ(y.shape(), (Shape { 1, 1, 2, 4 }));
    const float expected[8] = { 0, 1, 3, 4, 0, 1, 3, 4 };
    for (int i = 0; i < 8; ++i)
        EXPECT_FLOAT_EQ(y[static_cast<std::size_t>(i)], expected[i]) << i;
}

TEST(Upsample2D, NearestGradientSumsEachBlock)
{
    Upsample2D layer(2, UpsampleMode::Nearest);
    layer.build({ { 1, 1, 2 } });
    const Tensor x = tensorOf({ 1, 1, 1, 2 }, { 5, 6 });
    const Tensor r = tensorOf({ 1, 1, 2, 4 }, { 1, 2, 3, 4, 10, 20, 30, 40 });
    const Tensor dx = run(layer, x, &r).dx;
    EXPECT_FLOAT_EQ(dx[0], 33.0f);
    EXPECT_FLOAT_EQ(dx[1], 77.0f);
}

TEST(Upsample2D, GradientMatchesNumericInBothModes)
{
    for (const UpsampleMode mode : { UpsampleMode::Nearest, UpsampleMode::Bilinear }) {
        for (const int scale : { 2, 3 }) {
            Upsample2D layer(scale, mode);
            const auto r = test::checkGradients(layer, { test::randomTensor({ 2, 2, 3, 5 }, 23) });
            EXPECT_LT(r.worstError, 2e-3f) << upsampleModeName(mode) << " x" << scale << ": " << r.worstPlace;
            EXPECT_GT(r.probes, 50);
        }
    }
}

TEST(Upsample2D, OneAndTwoThreadsGiveBitIdenticalResults)
{
    const Tensor x = test::randomTensor({ 64, 8, 14, 14 }, 51);
    const Tensor r = test::randomTensor({ 64, 8, 28, 28 }, 52);
    for (const UpsampleMode mode : { UpsampleMode::Nearest, UpsampleMode::Bilinear }) {
        Pass runs[2];
        for (int t = 0; t < 2; ++t) {
            Upsample2D layer(2, mode);
            layer.build({ { 8, 14, 14 } });
            runs[t] = run(layer, x, &r, t + 1);
        }
        expectBitIdentical(runs[0].y, runs[1].y, std::string(upsampleModeName(mode)) + " output");
        expectBitIdentical(runs[0].dx, runs[1].dx, std::string(upsampleModeName(mode)) + " input grad");
    }
}
