#include "engine/EngineError.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "engine/layers/Dense.h"
#include "support/GradientCheck.h"
#include "support/ReferenceDot.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nw;

TEST(Dense, OutputShapeIsUnits)
{
    Dense d(5);
    EXPECT_EQ(d.outputShape({{12}}), (Shape{5}));
}

TEST(Dense, RefusesImageInputWithAdvice)
{
    Dense d(10);
    try {
        d.outputShape({{16, 7, 7}});
        FAIL() << "expected ShapeError";
    } catch (const ShapeError& e) {
        EXPECT_NE(std::string(e.what()).find("16x7x7"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("Flatten"), std::string::npos);
    }
}

TEST(Dense, ForwardComputesAffineMap)
{
    Dense d(2);
    d.build({{3}});
    d.weight().value = Tensor({2, 3}, {1, 2, 3, -1, 0, 1});
    d.bias().value = Tensor({2}, {0.5f, -0.5f});
    Tensor x({2, 3}, {1, 1, 1, 2, 0, -1});
    ThreadPool pool(1);
    ExecutionContext ctx{&pool, false, 0};
    Tensor y;
    const Tensor* in[] = {&x};
    d.forward(in, y, ctx);
    ASSERT_EQ(y.shape(), (Shape{2, 2}));
    EXPECT_FLOAT_EQ(y[0], 6.5f);
    EXPECT_FLOAT_EQ(y[1], -0.5f);
    EXPECT_FLOAT_EQ(y[2], -0.5f);
    EXPECT_FLOAT_EQ(y[3], -3.5f);
}

TEST(Dense, GradientMatchesNumeric)
{
    Dense d(7);
    const auto r = test::checkGradients(d, {test::randomTensor({37, 11}, 3)});
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_GT(r.probes, 100);
}

TEST(Dense, GradientMatchesNumericWithoutBias)
{
    Dense d(4, false);
    const auto r = test::checkGradients(d, {test::randomTensor({5, 6}, 4)});
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(d.parameters().size(), 1u);
}

// The pool splits Y by unit, or by row when the layer is too narrow to share (a
// classifier's 10 outputs), dW by unit and dX by row; on one thread or two, every
// output, weight gradient and input gradient must come out bit for bit the same...
TEST(Dense, OneAndTwoThreadsGiveTheSameRightBitsWhicheverWayTheWorkIsSplit)
{
    struct Case {
        int units, batch, features;
    };
    for (const Case c : { Case { 10, 200, 64 }, Case { 300, 50, 40 } }) {
        const Tensor x = test::randomTensor({ c.batch, c.features }, 5);
        const Tensor dy = test::randomTensor({ c.batch, c.units }, 6);
        Tensor y[2], dw[2], dx[2], weight, bias;
        for (const int threads : { 1, 2 }) {
            Dense d(c.units);
            d.build({ { c.features } });
            Rng rng(7);
            d.initialize(rng);
            d.bias().value = test::randomTensor({ c.units }, 8); // initialize() leaves biases at zero
            ThreadPool pool(threads);
            ExecutionContext ctx { &pool, true, 0 };
            const Tensor* in[] = { &x };
            Tensor& out = y[threads - 1];
            d.forward(in, out, ctx);
            Tensor* grads[] = { &dx[threads - 1] };
            d.backward(in, out, dy, grads, ctx);
            dw[threads - 1] = d.weight().grad;
            weight = d.weight().value;
            bias = d.bias().value;
        }
        // ...and right: Y = X W^T + b, dW = dY^T X, dX = dY W, in double precision.
        const auto units = static_cast<std::size_t>(c.units), features = static_cast<std::size_t>(c.features),
                   batch = static_cast<std::size_t>(c.batch);
        for (std::size_t b = 0; b < batch; ++b)
            for (std::size_t u = 0; u < units; ++u) {
                const double sum
                    = test::referenceDot(x.data() + b * features, 1, weight.data() + u * features, 1, features, bias[u]);
                ASSERT_NEAR(y[0][b * units + u], sum, 1e-4) << "Y at " << b << ", " << u;
            }
        for (std::size_t u = 0; u < units; ++u)
            for (std::size_t k = 0; k < features; ++k) {
                const double sum = test::referenceDot(dy.data() + u, units, x.data() + k, features, batch);
                ASSERT_NEAR(dw[0][u * features + k], sum, 1e-4) << "dW at " << u << ", " << k;
            }
        for (std::size_t b = 0; b < batch; ++b)
            for (std::size_t k = 0; k < features; ++k) {
                const double sum = test::referenceDot(dy.data() + b * units, 1, weight.data() + k, features, units);
                ASSERT_NEAR(dx[0][b * features + k], sum, 1e-4) << "dX at " << b << ", " << k;
            }
        const auto same = [](const Tensor& a, const Tensor& b) {
            return a.shape() == b.shape() && std::equal(a.data(), a.data() + a.size(), b.data());
        };
        EXPECT_TRUE(same(y[0], y[1])) << c.units << " units";
        EXPECT_TRUE(same(dw[0], dw[1])) << c.units << " units";
        EXPECT_TRUE(same(dx[0], dx[1])) << c.units << " units";
    }
}

// The forward pass transposes W or X, whichever is smaller (Dense.cpp): the affine
// map either way, and the same bits on one thread or two, in training and in
// evaluation, and for a sample alone (X^T) or inside a batch of at least as many
// samples as units (W^T).
TEST(Dense, ForwardIsRightAndTheSameBitsForAnyThreadCountModeAndBatch)
{
    struct Case {
        int units, batch, features;
    };
    const Case cases[] = { { 10, 200, 64 }, { 300, 50, 40 }, { 256, 256, 784 }, { 256, 64, 784 }, { 37, 3, 17 },
        { 20, 20, 33 } };
    for (const Case c : cases) {
        const Tensor x = test::randomTensor({ c.batch, c.features }, 15);
        Dense d(c.units);
        d.build({ { c.features } });
        Rng rng(17);
        d.initialize(rng);
        d.bias().value = test::randomTensor({ c.units }, 18);
        const Tensor* in[] = { &x };
        const auto same = [](const Tensor& a, const float* b) { return std::equal(a.data(), a.data() + a.size(), b); };
        Tensor y, other;
        {
            ThreadPool pool(1);
            ExecutionContext ctx { &pool, false, 0 };
            d.forward(in, y, ctx);
        }
        for (const bool training : { false, true }) {
            ThreadPool pool(2);
            ExecutionContext ctx { &pool, training, 0 };
            d.forward(in, other, ctx);
            ASSERT_TRUE(same(other, y.data())) << c.units << " units, training " << training;
        }
        const Tensor& weight = d.weight().value;
        const auto units = static_cast<std::size_t>(c.units), features = static_cast<std::size_t>(c.features);
        for (std::size_t b = 0; b < static_cast<std::size_t>(c.batch); ++b)
            for (std::size_t u = 0; u < units; ++u) {
                const double sum = test::referenceDot(
                    x.data() + b * features, 1, weight.data() + u * features, 1, features, d.bias().value[u]);
                ASSERT_NEAR(y[b * units + u], sum, 1e-4) << "Y at " << b << ", " << u;
            }
        for (const int sample : { 0, c.batch - 1 }) {
            const Tensor one({ 1, c.features },
                std::vector<float>(x.data() + sample * c.features, x.data() + (sample + 1) * c.features));
            const Tensor* oneIn[] = { &one };
            ThreadPool pool(2);
            ExecutionContext ctx { &pool, false, 0 };
            Tensor alone;
            d.forward(oneIn, alone, ctx);
            EXPECT_TRUE(same(alone, y.data() + sample * c.units)) << c.units << " units, sample " << sample;
        }
    }
}

// An evaluation's batches reuse W^T while the caller vouches that W has not changed
// (ExecutionContext::weightsUnchangedSinceLastForward): the same bits as without,
// and the first pass the caller does not vouch for sees new weights, whichever way
// round the batches in between went (a small batch transposes X, not W).
TEST(Dense, ReusesItsTransposedWeightsOnlyWhileTheCallerVouchesForThem)
{
    Dense d(40);
    d.build({ { 30 } });
    Rng rng(21);
    d.initialize(rng);
    d.bias().value = test::randomTensor({ 40 }, 22);
    const Tensor big = test::randomTensor({ 64, 30 }, 23), small = test::randomTensor({ 8, 30 }, 24);
    ThreadPool pool(2);
    const auto run = [&](const Tensor& x, bool vouched) {
        ExecutionContext ctx { &pool, false, 0 };
        ctx.weightsUnchangedSinceLastForward = vouched;
        const Tensor* in[] = { &x };
        Tensor y;
        d.forward(in, y, ctx);
        return y;
    };
    const auto same = [](const Tensor& a, const Tensor& b) {
        return a.shape() == b.shape() && std::equal(a.data(), a.data() + a.size(), b.data());
    };
    const Tensor first = run(big, false);
    EXPECT_TRUE(same(run(big, true), first));
    EXPECT_TRUE(same(run(small, true), run(small, false)));

    // New weights, as after an optimizer step: the next unvouched pass sees them, and
    // so do vouched passes after it, also after a pass over X^T in between.
    d.weight().value = test::randomTensor({ 40, 30 }, 25);
    d.bias().value = test::randomTensor({ 40 }, 26);
    run(small, false); // unvouched, over X^T: W^T stays as it was
    const Tensor after = run(big, true);
    EXPECT_FALSE(same(after, first));
    ExecutionContext fresh { &pool, false, 0 };
    Dense reference(40);
    reference.build({ { 30 } });
    reference.weight().value = d.weight().value;
    reference.bias().value = d.bias().value;
    const Tensor* in[] = { &big };
    Tensor expected;
    reference.forward(in, expected, fresh);
    EXPECT_TRUE(same(after, expected)) << "a vouched pass after an unvouched one over X^T used old weights";
    EXPECT_TRUE(same(run(big, false), expected));
}
