// Dropout: identity in evaluation, inverted scaling in training, and masks that
// depend on the seed and the step only (not on the thread count or call count).
#include "engine/layers/Dropout.h"

#include "engine/EngineError.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nw;

namespace {

Tensor forwardAt(Dropout& d, const Tensor& x, bool training, std::uint64_t step, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, training, step };
    Tensor y;
    const Tensor* in[] = { &x };
    d.forward(in, y, ctx);
    return y;
}

Dropout initialized(float rate, std::uint64_t seed = 42)
{
    Dropout d(rate);
    d.build({ { 100 } });
    Rng rng(seed);
    d.initialize(rng);
    return d;
}

bool sameValues(const Tensor& a, const Tensor& b)
{
    return a.shape() == b.shape() && std::equal(a.data(), a.data() + a.size(), b.data());
}

} // namespace

TEST(Dropout, RefusesRatesOutsideZeroToOne)
{
    EXPECT_THROW(Dropout(1.0f), EngineError);
    EXPECT_THROW(Dropout(-0.1f), EngineError);
    EXPECT_NO_THROW(Dropout(0.0f));
    EXPECT_NO_THROW(Dropout(0.99f));
}

TEST(Dropout, KeepsShape)
{
    Dropout d(0.5f);
    EXPECT_EQ(d.outputShape({ { 16, 7, 7 } }), (Shape { 16, 7, 7 }));
    EXPECT_EQ(d.parameterCount(), 0u);
}

TEST(Dropout, EvaluationIsIdentity)
{
    Dropout d = initialized(0.5f);
    const Tensor x = test::randomTensor({ 10, 100 }, 1);
    EXPECT_TRUE(sameValues(forwardAt(d, x, false, 3), x));

    ThreadPool pool(1);
    ExecutionContext ctx { &pool, false, 3 };
    const Tensor dy = test::randomTensor({ 10, 100 }, 2);
    Tensor dx;
    const Tensor* in[] = { &x };
    Tensor* grads[] = { &dx };
    d.backward(in, x, dy, grads, ctx);
    EXPECT_TRUE(sameValues(dx, dy));
}

TEST(Dropout, TrainingKeepsAboutOneMinusRateScaledUp)
{
    const float rate = 0.3f;
    Dropout d = initialized(rate);
    const Tensor x = test::randomTensor({ 100, 1000 }, 3, 0.5f, 1.5f);
    const Tensor y = forwardAt(d, x, true, 1);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (y[i] == 0.0f)
            continue;
        ++kept;
        EXPECT_FLOAT_EQ(y[i], x[i] / (1.0f - rate));
    }
    const double keptFraction = static_cast<double>(kept) / static_cast<double>(x.size());
    // 100000 draws: the standard deviation of the fraction is about 0.0015.
    EXPECT_NEAR(keptFraction, 0.7, 0.01);
}

TEST(Dropout, SameStepGivesSameMaskAndNewStepANewOne)
{
    Dropout d = initialized(0.5f);
    const Tensor x({ 4, 100 }, 1.0f);
    const Tensor a = forwardAt(d, x, true, 7);
    const Tensor b = forwardAt(d, x, true, 7);
    const Tensor c = forwardAt(d, x, true, 8);
    EXPECT_TRUE(sameValues(a, b));
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        differing += a[i] != c[i];
    // Two independent masks at rate 0.5 differ in about half the places.
    EXPECT_GT(differing, 120u);
    EXPECT_LT(differing, 280u);
}

TEST(Dropout, SeedChangesTheMask)
{
    Dropout d1 = initialized(0.5f, 1);
    Dropout d2 = initialized(0.5f, 2);
    const Tensor x({ 4, 100 }, 1.0f);
    EXPECT_FALSE(sameValues(forwardAt(d1, x, true, 7), forwardAt(d2, x, true, 7)));
}

TEST(Dropout, OneAndTwoThreadsGiveIdenticalMasks)
{
    Dropout d = initialized(0.4f);
    const Tensor x = test::randomTensor({ 64, 2000 }, 4);
    EXPECT_TRUE(sameValues(forwardAt(d, x, true, 5, 1), forwardAt(d, x, true, 5, 2)));
}

TEST(Dropout, BackwardUsesTheForwardMask)
{
    Dropout d = initialized(0.5f);
    const Tensor x = test::randomTensor({ 8, 50 }, 5, 0.5f, 1.5f);
    ThreadPool pool(2);
    ExecutionContext ctx { &pool, true, 9 };
    Tensor y;
    Tensor dx;
    const Tensor* in[] = { &x };
    Tensor* grads[] = { &dx };
    d.forward(in, y, ctx);
    const Tensor dy({ 8, 50 }, 1.0f);
    d.backward(in, y, dy, grads, ctx);
    for (std::size_t i = 0; i < x.size(); ++i)
        EXPECT_FLOAT_EQ(dx[i], y[i] == 0.0f ? 0.0f : 2.0f);
}

TEST(Dropout, RateZeroIsIdentityInTraining)
{
    Dropout d = initialized(0.0f);
    const Tensor x = test::randomTensor({ 3, 100 }, 6);
    EXPECT_TRUE(sameValues(forwardAt(d, x, true, 1), x));
}

TEST(Dropout, GradientMatchesNumericInTrainingWithFixedStep)
{
    Dropout d(0.3f);
    test::GradientCheckOptions options;
    options.training = true;
    options.step = 17;
    const auto r = test::checkGradients(d, { test::randomTensor({ 6, 20 }, 7) }, options);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(r.probes, 120);
}

TEST(Dropout, GradientMatchesNumericInEvaluation)
{
    Dropout d(0.3f);
    test::GradientCheckOptions options;
    options.training = false;
    const auto r = test::checkGradients(d, { test::randomTensor({ 6, 20 }, 8) }, options);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}
