// Global-norm gradient clipping, as torch.nn.utils.clip_grad_norm_.
#include "engine/optim/GradientClipping.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

using namespace nw;

namespace {

// Gradients [3, 4] and [12]: global norm 13.
struct TwoGrads {
    Parameter w { "weight", ParamRole::Weight, Tensor({ 2 }), Tensor({ 2 }, { 3.0f, 4.0f }) };
    Parameter b { "bias", ParamRole::Bias, Tensor({ 1 }), Tensor({ 1 }, { 12.0f }) };
    std::vector<NamedParameter> named { { "fc.weight", &w }, { "fc.bias", &b } };
};

} // namespace

TEST(Clip, MeasuresTheGlobalNormWithoutClipping)
{
    TwoGrads t;
    EXPECT_FLOAT_EQ(clipGradientNorm(t.named, 0.0f), 13.0f);
    EXPECT_FLOAT_EQ(clipGradientNorm(t.named, -1.0f), 13.0f);
    EXPECT_EQ(t.w.grad[0], 3.0f);
    EXPECT_EQ(t.b.grad[0], 12.0f);
}

TEST(Clip, LeavesGradientsBelowTheLimit)
{
    TwoGrads t;
    EXPECT_FLOAT_EQ(clipGradientNorm(t.named, 20.0f), 13.0f);
    EXPECT_EQ(t.w.grad[1], 4.0f);
    EXPECT_EQ(t.b.grad[0], 12.0f);
}

TEST(Clip, ScalesAllGradientsToTheLimit)
{
    TwoGrads t;
    EXPECT_FLOAT_EQ(clipGradientNorm(t.named, 6.5f), 13.0f) << "returns the norm before clipping";
    const float scale = static_cast<float>(6.5 / (13.0 + 1e-6));
    EXPECT_FLOAT_EQ(t.w.grad[0], 3.0f * scale);
    EXPECT_FLOAT_EQ(t.w.grad[1], 4.0f * scale);
    EXPECT_FLOAT_EQ(t.b.grad[0], 12.0f * scale);
    EXPECT_NEAR(clipGradientNorm(t.named, 0.0f), 6.5f, 1e-5f);
}

TEST(Clip, AccumulatesLargeTensorsInDouble)
{
    // 1,000,003 squares of 1e-3 summed in float would drift visibly; in double they do not.
    Parameter p { "weight", ParamRole::Weight, Tensor({ 1000003 }), Tensor({ 1000003 }, 1e-3f) };
    const std::vector<NamedParameter> named { { "fc.weight", &p } };
    const double expected = std::sqrt(1000003.0) * static_cast<double>(1e-3f);
    EXPECT_NEAR(clipGradientNorm(named, 0.0f), expected, expected * 1e-6);
}

TEST(Clip, LeavesNonFiniteGradientsForTheNanCheck)
{
    TwoGrads t;
    t.w.grad[0] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_TRUE(std::isnan(clipGradientNorm(t.named, 1.0f)));
    EXPECT_EQ(t.b.grad[0], 12.0f);
}
