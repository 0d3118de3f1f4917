// Activation and Softmax: hand-computed values (reference values from Python's
// math module: erf, expm1, tanh), gradient checks, stability and thread-count
// independence.
#include "engine/layers/Activation.h"

#include "engine/EngineError.h"
#include "engine/layers/Softmax.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"
#include "support/LayerRuns.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;
using namespace nw::test;

namespace {

// Random values at least 0.1 away from 0, so no probe crosses the ReLU kink.
Tensor awayFromZero(const Shape& shape, std::uint64_t seed)
{
    Tensor t = test::randomTensor(shape, seed, -2.0f, 2.0f);
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = t[i] < 0.0f ? t[i] - 0.1f : t[i] + 0.1f;
    return t;
}

void expectValues(const Tensor& t, std::initializer_list<float> expected, float tol = 1e-6f)
{
    ASSERT_EQ(t.size(), expected.size());
    std::size_t i = 0;
    for (float e : expected) {
        EXPECT_NEAR(t[i], e, tol) << "at " << i;
        ++i;
    }
}

const Tensor kProbe({ 1, 5 }, { -2.0f, -0.5f, 0.0f, 0.5f, 2.0f });

} // namespace

TEST(Activation, NamesRoundTrip)
{
    for (ActivationKind kind : activationKinds()) {
        EXPECT_EQ(activationFromName(activationName(kind)), kind);
        EXPECT_EQ(Activation(kind).typeName(), activationName(kind));
    }
    EXPECT_EQ(activationName(ActivationKind::LeakyReLU), "LeakyReLU");
    EXPECT_EQ(activationName(ActivationKind::GELU), "GELU");
    EXPECT_EQ(activationFromName("Tanh"), ActivationKind::Tanh);
    EXPECT_FALSE(activationFromName("Swish").has_value());
    EXPECT_FALSE(activationFromName("").has_value());
}

TEST(Activation, DefaultAlphasFollowPyTorch)
{
    EXPECT_FLOAT_EQ(Activation(ActivationKind::LeakyReLU).alpha(), 0.01f);
    EXPECT_FLOAT_EQ(Activation(ActivationKind::ELU).alpha(), 1.0f);
    EXPECT_FLOAT_EQ(Activation(ActivationKind::LeakyReLU, 0.2f).alpha(), 0.2f);
}

TEST(Activation, KeepsAnyInputShape)
{
    Activation a(ActivationKind::GELU);
    EXPECT_EQ(a.outputShape({ { 16, 7, 7 } }), (Shape { 16, 7, 7 }));
    EXPECT_EQ(a.outputShape({ { 10 } }), (Shape { 10 }));
    EXPECT_EQ(a.parameterCount(), 0u);
}

TEST(Activation, ReLUForward)
{
    Activation a(ActivationKind::ReLU);
    expectValues(runForward(a, kProbe), { 0.0f, 0.0f, 0.0f, 0.5f, 2.0f });
}

TEST(Activation, LeakyReLUForwardWithDefaultAndCustomSlope)
{
    Activation a(ActivationKind::LeakyReLU);
    expectValues(runForward(a, kProbe), { -0.02f, -0.005f, 0.0f, 0.5f, 2.0f });
    Activation b(ActivationKind::LeakyReLU, 0.2f);
    expectValues(runForward(b, kProbe), { -0.4f, -0.1f, 0.0f, 0.5f, 2.0f });
}

TEST(Activation, ELUForward)
{
    Activation a(ActivationKind::ELU);
    expectValues(runForward(a, kProbe), { -0.86466472f, -0.39346934f, 0.0f, 0.5f, 2.0f });
    Activation b(ActivationKind::ELU, 2.0f);
    expectValues(runForward(b, kProbe), { -1.72932943f, -0.78693868f, 0.0f, 0.5f, 2.0f });
}

TEST(Activation, GELUForwardIsExactErfForm)
{
    Activation a(ActivationKind::GELU);
    expectValues(runForward(a, kProbe), { -0.04550026f, -0.15426877f, 0.0f, 0.34573123f, 1.95449974f });
}

TEST(Activation, SigmoidForward)
{
    Activation a(ActivationKind::Sigmoid);
    expectValues(runForward(a, kProbe), { 0.11920292f, 0.37754067f, 0.5f, 0.62245933f, 0.88079708f });
}

TEST(Activation, TanhForward)
{
    Activation a(ActivationKind::Tanh);
    expectValues(runForward(a, kProbe), { -0.96402758f, -0.46211716f, 0.0f, 0.46211716f, 0.96402758f });
}

TEST(Activation, SigmoidIsStableForLargeInputs)
{
    Activation a(ActivationKind::Sigmoid);
    const Tensor y = runForward(a, Tensor({ 1, 4 }, { -1000.0f, -100.0f, 100.0f, 1000.0f }));
    EXPECT_TRUE(y.allFinite());
    EXPECT_EQ(y[0], 0.0f);
    EXPECT_GE(y[1], 0.0f);
    EXPECT_LT(y[1], 1e-40f);
    EXPECT_EQ(y[2], 1.0f);
    EXPECT_EQ(y[3], 1.0f);
    const Tensor dx = runBackward(a, Tensor({ 1, 4 }, { -1000.0f, -100.0f, 100.0f, 1000.0f }), Tensor({ 1, 4 }, 1.0f));
    EXPECT_TRUE(dx.allFinite());
}

TEST(Activation, ReLUGradientAtZeroIsZero)
{
    Activation a(ActivationKind::ReLU);
    const Tensor dx = runBackward(a, kProbe, Tensor({ 1, 5 }, 1.0f));
    expectValues(dx, { 0.0f, 0.0f, 0.0f, 1.0f, 1.0f });
}

TEST(Activation, GradientMatchesNumericForEveryKind)
{
    for (ActivationKind kind : activationKinds()) {
        Activation a(kind);
        const auto r = test::checkGradients(a, { awayFromZero({ 4, 3, 5, 2 }, 11) });
        EXPECT_LT(r.worstError, 2e-3f) << activationName(kind) << ": " << r.worstPlace;
        EXPECT_EQ(r.probes, 120) << activationName(kind);
    }
}

TEST(Activation, GradientMatchesNumericWithCustomAlpha)
{
    for (ActivationKind kind : { ActivationKind::LeakyReLU, ActivationKind::ELU }) {
        Activation a(kind, 0.3f);
        const auto r = test::checkGradients(a, { awayFromZero({ 6, 7 }, 12) });
        EXPECT_LT(r.worstError, 2e-3f) << activationName(kind) << ": " << r.worstPlace;
    }
}

TEST(Activation, OneAndTwoThreadsGiveIdenticalResults)
{
    // Large enough to be split into several parts.
    const Tensor x = test::randomTensor({ 8, 10000 }, 5, -4.0f, 4.0f);
    const Tensor dy = test::randomTensor({ 8, 10000 }, 6);
    for (ActivationKind kind : activationKinds()) {
        Activation a(kind);
        const Tensor y1 = runForward(a, x, 1);
        const Tensor y2 = runForward(a, x, 2);
        const Tensor d1 = runBackward(a, x, dy, 1);
        const Tensor d2 = runBackward(a, x, dy, 2);
        EXPECT_TRUE(std::equal(y1.data(), y1.data() + y1.size(), y2.data())) << activationName(kind);
        EXPECT_TRUE(std::equal(d1.data(), d1.data() + d1.size(), d2.data())) << activationName(kind);
    }
}

TEST(Softmax, ForwardIsNormalisedExponential)
{
    Softmax s;
    expectValues(runForward(s, Tensor({ 1, 3 }, { 1.0f, 2.0f, 3.0f })), { 0.09003057f, 0.24472847f, 0.66524096f });
}

TEST(Softmax, IsStableForLargeLogits)
{
    Softmax s;
    const Tensor y = runForward(s, Tensor({ 2, 3 }, { 1000.0f, 1001.0f, 1002.0f, -1000.0f, -999.0f, -998.0f }));
    expectValues(y, { 0.09003057f, 0.24472847f, 0.66524096f, 0.09003057f, 0.24472847f, 0.66524096f });
}

TEST(Softmax, NormalisesOverTheLastAxisOnly)
{
    Softmax s;
    EXPECT_EQ(s.outputShape({ { 2, 3 } }), (Shape { 2, 3 }));
    // One sample of shape 2x3: each of the two rows of 3 is its own distribution.
    const Tensor y = runForward(s, Tensor({ 1, 2, 3 }, { 0.0f, 0.0f, 0.0f, 1.0f, 2.0f, 3.0f }));
    expectValues(y, { 1.0f / 3, 1.0f / 3, 1.0f / 3, 0.09003057f, 0.24472847f, 0.66524096f });
}

TEST(Softmax, RefusesAScalarSample)
{
    Softmax s;
    EXPECT_THROW(s.outputShape({ {} }), ShapeError);
}

TEST(Softmax, GradientMatchesNumeric)
{
    Softmax s;
    const auto r = test::checkGradients(s, { test::randomTensor({ 4, 3, 5 }, 8, -2.0f, 2.0f) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(r.probes, 60);
}

TEST(Softmax, OneAndTwoThreadsGiveIdenticalResults)
{
    const Tensor x = test::randomTensor({ 4000, 20 }, 9, -3.0f, 3.0f);
    const Tensor dy = test::randomTensor({ 4000, 20 }, 10);
    Softmax s;
    const Tensor y1 = runForward(s, x, 1);
    const Tensor y2 = runForward(s, x, 2);
    const Tensor d1 = runBackward(s, x, dy, 1);
    const Tensor d2 = runBackward(s, x, dy, 2);
    EXPECT_TRUE(std::equal(y1.data(), y1.data() + y1.size(), y2.data()));
    EXPECT_TRUE(std::equal(d1.data(), d1.data() + d1.size(), d2.data()));
}
