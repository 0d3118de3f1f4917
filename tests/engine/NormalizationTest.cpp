// BatchNorm (flat and image layouts, training and evaluation) and LayerNorm:
// hand-computed values (reference numbers from a few lines of Python), running
// statistics, gradient checks and thread-count independence.
#include "engine/EngineError.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/LayerNorm.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nw;

namespace {

Tensor forwardOnce(Layer& layer, const Tensor& x, bool training, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, training, 1 };
    Tensor y;
    const Tensor* in[] = { &x };
    layer.forward(in, y, ctx);
    return y;
}

void expectValues(const Tensor& t, std::initializer_list<float> expected, float tol = 1e-5f)
{
    ASSERT_EQ(t.size(), expected.size());
    std::size_t i = 0;
    for (float e : expected) {
        EXPECT_NEAR(t[i], e, tol) << "at " << i;
        ++i;
    }
}

void setValues(Parameter& p, std::vector<float> values)
{
    p.value = Tensor(p.value.shape(), std::move(values));
}

bool sameValues(const Tensor& a, const Tensor& b)
{
    return a.shape() == b.shape() && std::equal(a.data(), a.data() + a.size(), b.data());
}

// Random scale and shift so the gradient check exercises gamma and beta fully.
void randomizeAffine(Parameter& weight, Parameter& bias, std::uint64_t seed)
{
    weight.value.copyFrom(test::randomTensor(weight.value.shape(), seed, 0.5f, 1.5f));
    bias.value.copyFrom(test::randomTensor(bias.value.shape(), seed + 1, -0.5f, 0.5f));
}

// Input rows: [1, 2], [2, 4], [3, 6], [4, 8]: feature 0 is 1..4, feature 1 is 2..8.
const Tensor kFlatBatch({ 4, 2 }, { 1, 2, 2, 4, 3, 6, 4, 8 });

} // namespace

TEST(BatchNorm, ParametersFollowPyTorchNamesOrderAndRoles)
{
    BatchNorm bn;
    bn.build({ { 3 } });
    const auto params = bn.parameters();
    ASSERT_EQ(params.size(), 4u);
    EXPECT_EQ(params[0]->name, "weight");
    EXPECT_EQ(params[0]->role, ParamRole::Weight);
    EXPECT_EQ(params[1]->name, "bias");
    EXPECT_EQ(params[1]->role, ParamRole::Bias);
    EXPECT_EQ(params[2]->name, "running_mean");
    EXPECT_EQ(params[2]->role, ParamRole::Buffer);
    EXPECT_EQ(params[3]->name, "running_var");
    EXPECT_EQ(params[3]->role, ParamRole::Buffer);
    for (Parameter* p : params)
        EXPECT_EQ(p->value.shape(), (Shape { 3 }));
    EXPECT_EQ(bn.parameterCount(), 6u);
    EXPECT_EQ(bn.weight().value[0], 1.0f);
    EXPECT_EQ(bn.bias().value[0], 0.0f);
    EXPECT_EQ(bn.runningMean().value[0], 0.0f);
    EXPECT_EQ(bn.runningVar().value[0], 1.0f);
}

TEST(BatchNorm, ChannelsAreTheFirstSampleAxis)
{
    BatchNorm bn;
    EXPECT_EQ(bn.outputShape({ { 16, 7, 7 } }), (Shape { 16, 7, 7 }));
    bn.build({ { 16, 7, 7 } });
    EXPECT_EQ(bn.weight().value.shape(), (Shape { 16 }));
    EXPECT_THROW(bn.outputShape({ {} }), ShapeError);
}

TEST(BatchNorm, TrainingNormalisesFlatFeaturesWithBatchStatistics)
{
    BatchNorm bn;
    bn.build({ { 2 } });
    setValues(bn.weight(), { 2.0f, 0.5f });
    setValues(bn.bias(), { 0.1f, -1.0f });
    const Tensor y = forwardOnce(bn, kFlatBatch, true);
    expectValues(y,
        { -2.58327084f, -1.67081972f, -0.79442361f, -1.22360657f, 0.99442361f, -0.77639343f, 2.78327084f,
            -0.32918028f });
}

TEST(BatchNorm, RunningStatisticsAfterTwoTrainingSteps)
{
    BatchNorm bn(0.1f);
    bn.build({ { 2 } });
    forwardOnce(bn, kFlatBatch, true);
    // Step 1: means 2.5 and 5, unbiased variances 5/3 and 20/3.
    expectValues(bn.runningMean().value, { 0.25f, 0.5f });
    expectValues(bn.runningVar().value, { 0.9f + 0.1f * 5.0f / 3.0f, 0.9f + 0.1f * 20.0f / 3.0f });
    // Step 2: rows [0, 1], [0, 1], [2, 1], [2, 5]: means 1 and 2, unbiased variances 4/3 and 4.
    forwardOnce(bn, Tensor({ 4, 2 }, { 0, 1, 0, 1, 2, 1, 2, 5 }), true);
    expectValues(bn.runningMean().value, { 0.325f, 0.65f });
    expectValues(bn.runningVar().value, { 1.09333333f, 1.81f });
}

TEST(BatchNorm, EvaluationUsesRunningStatisticsAndLeavesThemAlone)
{
    BatchNorm bn;
    bn.build({ { 2 } });
    setValues(bn.runningMean(), { 0.5f, -1.0f });
    setValues(bn.runningVar(), { 4.0f, 0.25f });
    setValues(bn.weight(), { 2.0f, 1.0f });
    setValues(bn.bias(), { 0.0f, 3.0f });
    const Tensor y = forwardOnce(bn, Tensor({ 1, 2 }, { 2.5f, 0.0f }), false);
    expectValues(y, { 1.9999975f, 4.99996f });
    expectValues(bn.runningMean().value, { 0.5f, -1.0f }, 0.0f);
    expectValues(bn.runningVar().value, { 4.0f, 0.25f }, 0.0f);
}

TEST(BatchNorm, ImagesUseStatisticsPerChannelOverBatchAndPixels)
{
    BatchNorm bn;
    bn.build({ { 2, 1, 2 } });
    // NCHW [2, 2, 1, 2]: channel 0 holds 1, 3 | 5, 7; channel 1 holds 10, 10 | 10, 14.
    const Tensor x({ 2, 2, 1, 2 }, { 1, 3, 10, 10, 5, 7, 10, 14 });
    const Tensor y = forwardOnce(bn, x, true);
    expectValues(y,
        { -1.34163944f, -0.44721315f, -0.57734931f, -0.57734931f, 0.44721315f, 1.34163944f, -0.57734931f,
            1.73204792f });
    // Means 4 and 11; unbiased variances 20/3 and 4.
    expectValues(bn.runningMean().value, { 0.4f, 1.1f });
    expectValues(bn.runningVar().value, { 0.9f + 0.1f * 20.0f / 3.0f, 1.3f });
}

TEST(BatchNorm, TrainingNeedsMoreThanOneValuePerChannel)
{
    BatchNorm bn;
    bn.build({ { 3 } });
    EXPECT_THROW(forwardOnce(bn, Tensor({ 1, 3 }, 1.0f), true), EngineError);
    EXPECT_NO_THROW(forwardOnce(bn, Tensor({ 1, 3 }, 1.0f), false));
}

TEST(BatchNorm, GradientMatchesNumericFlatTraining)
{
    BatchNorm bn;
    bn.build({ { 5 } });
    randomizeAffine(bn.weight(), bn.bias(), 20);
    const auto r = test::checkGradients(bn, { test::randomTensor({ 8, 5 }, 21) }, {}, false);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(r.probes, 40 + 5 + 5);
}

TEST(BatchNorm, GradientMatchesNumericFlatEvaluation)
{
    BatchNorm bn;
    bn.build({ { 5 } });
    randomizeAffine(bn.weight(), bn.bias(), 22);
    bn.runningMean().value.copyFrom(test::randomTensor({ 5 }, 23));
    bn.runningVar().value.copyFrom(test::randomTensor({ 5 }, 24, 0.5f, 2.0f));
    test::GradientCheckOptions options;
    options.training = false;
    const auto r = test::checkGradients(bn, { test::randomTensor({ 8, 5 }, 25) }, options, false);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

TEST(BatchNorm, GradientMatchesNumericImageTraining)
{
    BatchNorm bn;
    bn.build({ { 3, 4, 4 } });
    randomizeAffine(bn.weight(), bn.bias(), 26);
    const auto r = test::checkGradients(bn, { test::randomTensor({ 2, 3, 4, 4 }, 27) }, {}, false);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

TEST(BatchNorm, GradientMatchesNumericImageEvaluation)
{
    BatchNorm bn;
    bn.build({ { 3, 4, 4 } });
    randomizeAffine(bn.weight(), bn.bias(), 28);
    bn.runningMean().value.copyFrom(test::randomTensor({ 3 }, 29));
    bn.runningVar().value.copyFrom(test::randomTensor({ 3 }, 30, 0.5f, 2.0f));
    test::GradientCheckOptions options;
    options.training = false;
    const auto r = test::checkGradients(bn, { test::randomTensor({ 2, 3, 4, 4 }, 31) }, options, false);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

TEST(BatchNorm, OneAndTwoThreadsGiveIdenticalResults)
{
    const Tensor x = test::randomTensor({ 16, 32, 12, 12 }, 32, -2.0f, 3.0f);
    const Tensor dy = test::randomTensor(x.shape(), 33);
    Tensor outputs[2];
    Tensor inputGrads[2];
    Tensor weightGrads[2];
    Tensor runningVars[2];
    for (int threads = 1; threads <= 2; ++threads) {
        BatchNorm bn;
        bn.build({ { 32, 12, 12 } });
        ThreadPool pool(threads);
        ExecutionContext ctx { &pool, true, 1 };
        const Tensor* in[] = { &x };
        Tensor* grads[] = { &inputGrads[threads - 1] };
        bn.forward(in, outputs[threads - 1], ctx);
        bn.backward(in, outputs[threads - 1], dy, grads, ctx);
        weightGrads[threads - 1] = bn.weight().grad;
        runningVars[threads - 1] = bn.runningVar().value;
    }
    EXPECT_TRUE(sameValues(outputs[0], outputs[1]));
    EXPECT_TRUE(sameValues(inputGrads[0], inputGrads[1]));
    EXPECT_TRUE(sameValues(weightGrads[0], weightGrads[1]));
    EXPECT_TRUE(sameValues(runningVars[0], runningVars[1]));
}

TEST(LayerNorm, ParametersAreSizedByTheLastAxis)
{
    LayerNorm ln;
    EXPECT_EQ(ln.outputShape({ { 5, 8 } }), (Shape { 5, 8 }));
    ln.build({ { 5, 8 } });
    const auto params = ln.parameters();
    ASSERT_EQ(params.size(), 2u);
    EXPECT_EQ(params[0]->name, "weight");
    EXPECT_EQ(params[0]->role, ParamRole::Weight);
    EXPECT_EQ(params[1]->name, "bias");
    EXPECT_EQ(params[1]->role, ParamRole::Bias);
    EXPECT_EQ(params[0]->value.shape(), (Shape { 8 }));
    EXPECT_EQ(params[0]->value[7], 1.0f);
    EXPECT_EQ(params[1]->value[7], 0.0f);
    EXPECT_THROW(ln.outputShape({ {} }), ShapeError);
}

TEST(LayerNorm, ForwardNormalisesEachRowThenScalesAndShifts)
{
    LayerNorm ln;
    ln.build({ { 4 } });
    setValues(ln.weight(), { 1, 2, 3, 4 });
    setValues(ln.bias(), { 0.5f, 0.5f, 0.5f, 0.5f });
    const Tensor y = forwardOnce(ln, Tensor({ 2, 4 }, { 1, 2, 3, 4, -1, 0, 0, 5 }), true);
    expectValues(y,
        { -0.84163542f, -0.39442361f, 1.84163542f, 5.86654168f, -0.35280209f, -0.35280209f, -0.77920314f,
            7.32241672f });
    // Same in evaluation: LayerNorm has no batch statistics.
    const Tensor yEval = forwardOnce(ln, Tensor({ 2, 4 }, { 1, 2, 3, 4, -1, 0, 0, 5 }), false);
    EXPECT_TRUE(sameValues(y, yEval));
}

TEST(LayerNorm, GradientMatchesNumeric)
{
    LayerNorm ln;
    ln.build({ { 3, 6 } });
    randomizeAffine(ln.weight(), ln.bias(), 40);
    const auto r = test::checkGradients(ln, { test::randomTensor({ 4, 3, 6 }, 41) }, {}, false);
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(r.probes, 72 + 6 + 6);
}

TEST(LayerNorm, OneAndTwoThreadsGiveIdenticalResults)
{
    const Tensor x = test::randomTensor({ 512, 256 }, 42, -2.0f, 2.0f);
    const Tensor dy = test::randomTensor(x.shape(), 43);
    Tensor outputs[2];
    Tensor inputGrads[2];
    Tensor weightGrads[2];
    for (int threads = 1; threads <= 2; ++threads) {
        LayerNorm ln;
        ln.build({ { 256 } });
        randomizeAffine(ln.weight(), ln.bias(), 44);
        ThreadPool pool(threads);
        ExecutionContext ctx { &pool, true, 1 };
        const Tensor* in[] = { &x };
        Tensor* grads[] = { &inputGrads[threads - 1] };
        ln.forward(in, outputs[threads - 1], ctx);
        ln.backward(in, outputs[threads - 1], dy, grads, ctx);
        weightGrads[threads - 1] = ln.weight().grad;
    }
    EXPECT_TRUE(sameValues(outputs[0], outputs[1]));
    EXPECT_TRUE(sameValues(inputGrads[0], inputGrads[1]));
    EXPECT_TRUE(sameValues(weightGrads[0], weightGrads[1]));
}
