// Hand-computed updates of every optimizer (values worked out in double from the
// PyTorch formulas written in each class's header), state save/resume, and the
// factory. PyTorch-generated fixtures are checked in OracleOptimizerTest.cpp.
#include "engine/EngineError.h"
#include "engine/optim/Adam.h"
#include "engine/optim/AdamW.h"
#include "engine/optim/RmsProp.h"
#include "engine/optim/Sgd.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <memory>

using namespace nw;

namespace {

// Weights [1, -2] with gradient [0.5, 1] on the first step and [-0.5, 2] on the second.
struct TwoWeights {
    Parameter p { "weight", ParamRole::Weight, Tensor({ 2 }, { 1.0f, -2.0f }), Tensor({ 2 }, { 0.5f, 1.0f }) };
    std::vector<NamedParameter> named { { "fc1.weight", &p } };

    void secondGradient() { p.grad = Tensor({ 2 }, { -0.5f, 2.0f }); }
};

void expectWeights(const Parameter& p, double w0, double w1)
{
    EXPECT_NEAR(p.value[0], w0, 2e-6);
    EXPECT_NEAR(p.value[1], w1, 2e-6);
}

// A model-sized layer (large enough for the parallel path) and a bias, with a
// deterministic gradient per step that depends on the weights like a real loss.
struct Model {
    Parameter weight { "weight", ParamRole::Weight, Tensor({ 200, 300 }), Tensor({ 200, 300 }) };
    Parameter bias { "bias", ParamRole::Bias, Tensor({ 7 }), Tensor({ 7 }) };
    std::vector<NamedParameter> named { { "fc1.weight", &weight }, { "fc1.bias", &bias } };

    Model()
    {
        for (std::size_t i = 0; i < weight.value.size(); ++i)
            weight.value[i] = std::sin(0.37f * static_cast<float>(i));
        for (std::size_t i = 0; i < bias.value.size(); ++i)
            bias.value[i] = 0.1f * static_cast<float>(i) - 0.3f;
    }

    void makeGradients(int step)
    {
        for (Parameter* p : { &weight, &bias }) {
            for (std::size_t i = 0; i < p->value.size(); ++i)
                p->grad[i] = p->value[i] * 0.5f + std::cos(0.11f * static_cast<float>(i) + static_cast<float>(step));
        }
    }

    void train(Optimizer& opt, ThreadPool& pool, int firstStep, int lastStep)
    {
        for (int s = firstStep; s <= lastStep; ++s) {
            makeGradients(s);
            opt.step(named, 0.01f, pool);
        }
    }
};

void expectIdentical(const Tensor& a, const Tensor& b)
{
    ASSERT_EQ(a.shape(), b.shape());
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_EQ(a[i], b[i]) << "element " << i;
}

using Factory = std::function<std::unique_ptr<Optimizer>()>;

const std::vector<std::pair<std::string, Factory>>& everyOptimizer()
{
    static const std::vector<std::pair<std::string, Factory>> all {
        { "SgdNesterov", [] { return std::make_unique<Sgd>(0.9f, true, 0.01f); } },
        { "SgdDampening", [] { return std::make_unique<Sgd>(0.8f, false, 0.0f, 0.3f); } },
        { "Adam", [] { return std::make_unique<Adam>(0.9f, 0.999f, 1e-8f, 0.01f); } },
        { "AdamW", [] { return std::make_unique<AdamW>(); } },
        { "RmsProp", [] { return std::make_unique<RmsProp>(0.9f, 1e-8f, 0.01f, 0.9f); } },
    };
    return all;
}

} // namespace

TEST(Sgd, PlainStepsAgainstTheGradient)
{
    TwoWeights t;
    ThreadPool pool(1);
    Sgd sgd;
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.95, -2.1);
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.9, -2.2);
    EXPECT_EQ(sgd.stepCount(), 2);
    EXPECT_FLOAT_EQ(t.p.grad[0], 0.5f) << "the gradient must be left as it was";
}

TEST(Sgd, WeightDecayIsAddedToTheGradient)
{
    TwoWeights t;
    ThreadPool pool(1);
    Sgd sgd(0.0f, false, 0.1f);
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.94, -2.08); // d = g + 0.1 w = [0.6, 0.8]
}

TEST(Sgd, MomentumBufferStartsAtTheFirstGradient)
{
    TwoWeights t;
    ThreadPool pool(1);
    Sgd sgd(0.9f);
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.95, -2.1); // buf = g, no decay of a zero buffer
    t.p.grad = Tensor({ 2 }, { 1.0f, -1.0f });
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.805, -2.09); // buf = 0.9 [0.5, 1] + [1, -1] = [1.45, -0.1]
}

TEST(Sgd, DampeningScalesOnlyLaterGradients)
{
    TwoWeights t;
    ThreadPool pool(1);
    Sgd sgd(0.9f, false, 0.0f, 0.5f);
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.95, -2.1);
    t.p.grad = Tensor({ 2 }, { 1.0f, -1.0f });
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.855, -2.14); // buf = 0.9 [0.5, 1] + 0.5 [1, -1] = [0.95, 0.4]
}

TEST(Sgd, NesterovWithWeightDecay)
{
    TwoWeights t;
    ThreadPool pool(1);
    Sgd sgd(0.9f, true, 0.1f);
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.886, -2.152); // d = [0.6, 0.8], step d + 0.9 d
    t.p.grad = Tensor({ 2 }, { 1.0f, -1.0f });
    sgd.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.630566, -1.985912);
}

TEST(Sgd, RefusesNesterovWithoutMomentum)
{
    EXPECT_THROW(Sgd(0.0f, true), EngineError);
    EXPECT_THROW(Sgd(0.9f, true, 0.0f, 0.1f), EngineError);
    EXPECT_THROW(Sgd(-0.1f), EngineError);
}

TEST(Adam, FirstStepMovesEachWeightByTheLearningRate)
{
    TwoWeights t;
    ThreadPool pool(1);
    Adam adam;
    adam.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.900000002, -2.099999999);
    t.secondGradient();
    adam.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.905263160, -2.196518201);
}

TEST(Adam, CoupledWeightDecayWithCustomBetas)
{
    TwoWeights t;
    ThreadPool pool(1);
    Adam adam(0.8f, 0.99f, 1e-6f, 0.1f);
    adam.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.900000167, -2.099999875);
    t.secondGradient();
    adam.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.892425237, -2.197212906);
}

TEST(Adam, RefusesBetaOfOne)
{
    EXPECT_THROW(Adam(1.0f), EngineError);
    EXPECT_THROW(Adam(0.9f, -0.1f), EngineError);
    EXPECT_THROW(Adam(0.9f, 0.999f, -1.0f), EngineError);
}

TEST(AdamW, DecaysWeightsBeforeTheAdamStep)
{
    TwoWeights t;
    ThreadPool pool(1);
    AdamW adamw(0.9f, 0.999f, 1e-8f, 0.1f);
    EXPECT_EQ(adamw.typeName(), "AdamW");
    adamw.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.890000002, -2.079999999); // w * 0.99, then -0.1 sign(g)
    t.secondGradient();
    adamw.step(t.named, 0.1f, pool);
    expectWeights(t.p, 0.886363160, -2.155718201);
}

TEST(AdamW, DefaultsToPyTorchWeightDecay)
{
    EXPECT_FLOAT_EQ(AdamW().weightDecay(), 0.01f);
    EXPECT_FLOAT_EQ(Adam().weightDecay(), 0.0f);
}

TEST(RmsProp, StepsByGradientOverRootMeanSquare)
{
    TwoWeights t;
    ThreadPool pool(1);
    RmsProp rms;
    rms.step(t.named, 0.01f, pool);
    expectWeights(t.p, 0.900000020, -2.099999990); // v = 0.01 g^2, so the step is 0.1 sign(g)
    t.secondGradient();
    rms.step(t.named, 0.01f, pool);
    expectWeights(t.p, 0.970888130, -2.189532282);
}

TEST(RmsProp, MomentumAndWeightDecay)
{
    TwoWeights t;
    ThreadPool pool(1);
    RmsProp rms(0.9f, 1e-8f, 0.1f, 0.9f);
    rms.step(t.named, 0.01f, pool);
    expectWeights(t.p, 0.968377225, -2.031622775);
    t.secondGradient();
    rms.step(t.named, 0.01f, pool);
    expectWeights(t.p, 0.958194391, -2.089214104);
}

TEST(Optimizer, ExportsStateUnderPyTorchSlotNames)
{
    TwoWeights t;
    ThreadPool pool(1);
    Adam adam;
    adam.step(t.named, 0.1f, pool);
    adam.step(t.named, 0.1f, pool);
    const auto state = adam.exportState();
    ASSERT_EQ(state.size(), 4u);
    EXPECT_NEAR(state.at("fc1.weight.exp_avg")[1], 0.19, 1e-6); // 0.9 * 0.1 * 1 + 0.1 * 1
    EXPECT_EQ(state.at("fc1.weight.exp_avg_sq").shape(), (Shape { 2 }));
    EXPECT_EQ(state.at("fc1.weight.step")[0], 2.0f);
    EXPECT_EQ(state.at("step")[0], 2.0f);

    Sgd sgd(0.9f);
    sgd.step(t.named, 0.1f, pool);
    const auto sgdState = sgd.exportState();
    EXPECT_EQ(sgdState.count("fc1.weight.momentum_buffer"), 1u);
    EXPECT_EQ(sgdState.count("fc1.weight.step"), 0u) << "PyTorch's SGD keeps no per-parameter step";

    RmsProp rms(0.99f, 1e-8f, 0.0f, 0.5f);
    rms.step(t.named, 0.1f, pool);
    const auto rmsState = rms.exportState();
    EXPECT_EQ(rmsState.count("fc1.weight.square_avg"), 1u);
    EXPECT_EQ(rmsState.count("fc1.weight.momentum_buffer"), 1u);
    EXPECT_EQ(Sgd().exportState().size(), 1u) << "only the step count before any step";
}

TEST(Optimizer, ResumedRunContinuesIdentically)
{
    ThreadPool pool(2);
    for (const auto& [label, make] : everyOptimizer()) {
        SCOPED_TRACE(label);
        Model uninterrupted;
        auto a = make();
        uninterrupted.train(*a, pool, 1, 5);

        Model resumed;
        auto b = make();
        resumed.train(*b, pool, 1, 2);
        const auto saved = b->exportState();
        b.reset();
        auto c = make();
        c->importState(saved);
        EXPECT_EQ(c->stepCount(), 2);
        resumed.train(*c, pool, 3, 5);

        EXPECT_EQ(c->stepCount(), a->stepCount());
        expectIdentical(resumed.weight.value, uninterrupted.weight.value);
        expectIdentical(resumed.bias.value, uninterrupted.bias.value);
    }
}

TEST(Optimizer, ResultDoesNotDependOnThreadCount)
{
    ThreadPool one(1);
    ThreadPool two(2);
    for (const auto& [label, make] : everyOptimizer()) {
        SCOPED_TRACE(label);
        Model a;
        Model b;
        auto optA = make();
        auto optB = make();
        a.train(*optA, one, 1, 3);
        b.train(*optB, two, 1, 3);
        expectIdentical(a.weight.value, b.weight.value);
    }
}

TEST(Optimizer, ImportRefusesShapeOfAnotherModel)
{
    ThreadPool pool(1);
    TwoWeights t;
    Adam adam;
    adam.step(t.named, 0.1f, pool);
    auto state = adam.exportState();
    state["fc1.weight.exp_avg"] = Tensor({ 3 }, { 0, 0, 0 });
    state["fc1.weight.exp_avg_sq"] = Tensor({ 3 }, { 0, 0, 0 });
    EXPECT_THROW(adam.importState(state), EngineError) << "held state knows the parameter is 2 long";
    EXPECT_EQ(adam.exportState().at("fc1.weight.exp_avg").shape(), (Shape { 2 })) << "a refused import changes nothing";

    // A fresh optimizer cannot know the parameter yet; its first step refuses, before updating anything.
    Adam fresh;
    fresh.importState(state);
    const float before = t.p.value[0];
    EXPECT_THROW(fresh.step(t.named, 0.1f, pool), EngineError);
    EXPECT_EQ(t.p.value[0], before);
    EXPECT_EQ(fresh.stepCount(), 1);
}

TEST(Optimizer, ImportRefusesInconsistentOrForeignState)
{
    ThreadPool pool(1);
    TwoWeights t;
    Adam adam;
    adam.step(t.named, 0.1f, pool);
    auto mixed = adam.exportState();
    mixed["fc1.weight.exp_avg"] = Tensor({ 2, 2 });
    EXPECT_THROW(Adam().importState(mixed), EngineError);

    auto incomplete = adam.exportState();
    incomplete.erase("fc1.weight.exp_avg_sq");
    EXPECT_THROW(Adam().importState(incomplete), EngineError);

    EXPECT_THROW(Sgd(0.9f).importState(adam.exportState()), EngineError) << "Adam state is not SGD state";

    auto badStep = adam.exportState();
    badStep["step"] = Tensor(Shape {}, std::vector<float> { 1.5f });
    EXPECT_THROW(Adam().importState(badStep), EngineError);
}

TEST(Optimizer, StepRefusesGradientOfWrongShape)
{
    ThreadPool pool(1);
    TwoWeights t;
    t.p.grad = Tensor({ 3 });
    Sgd sgd;
    EXPECT_THROW(sgd.step(t.named, 0.1f, pool), EngineError);
    EXPECT_EQ(sgd.stepCount(), 0);
    EXPECT_THROW(Sgd().step({}, -1.0f, pool), EngineError);
}

TEST(Optimizer, FrozenParameterKeepsItsStateAndItsOwnStepCount)
{
    // b sits out the middle step (frozen); its bias correction must count its own updates, as in PyTorch.
    ThreadPool pool(1);
    Parameter a { "weight", ParamRole::Weight, Tensor({ 1 }, { 1.0f }), Tensor({ 1 }, { 0.3f }) };
    Parameter b { "bias", ParamRole::Bias, Tensor({ 1 }, { 2.0f }), Tensor({ 1 }, { -0.7f }) };
    const std::vector<NamedParameter> both { { "fc.weight", &a }, { "fc.bias", &b } };
    Adam adam;
    adam.step(both, 0.1f, pool);
    adam.step(std::span(both).first(1), 0.1f, pool);
    adam.step(both, 0.1f, pool);

    Parameter alone { "bias", ParamRole::Bias, Tensor({ 1 }, { 2.0f }), Tensor({ 1 }, { -0.7f }) };
    const std::vector<NamedParameter> only { { "fc.bias", &alone } };
    Adam reference;
    reference.step(only, 0.1f, pool);
    reference.step(only, 0.1f, pool);
    EXPECT_EQ(b.value[0], alone.value[0]);
    EXPECT_EQ(adam.exportState().at("fc.bias.step")[0], 2.0f);
    EXPECT_EQ(adam.stepCount(), 3);
}

TEST(Optimizer, FactoryAcceptsNamesInAnyCase)
{
    EXPECT_EQ(makeOptimizer({ .name = "SGD" })->typeName(), "SGD");
    EXPECT_EQ(makeOptimizer({ .name = "adam" })->typeName(), "Adam");
    EXPECT_EQ(makeOptimizer({ .name = "AdamW" })->typeName(), "AdamW");
    EXPECT_EQ(makeOptimizer({ .name = "RMSprop" })->typeName(), "RMSprop");

    const auto sgd = makeOptimizer({ .name = "sgd", .momentum = 0.9f, .nesterov = true, .weightDecay = 0.01f });
    const auto* asSgd = dynamic_cast<const Sgd*>(sgd.get());
    ASSERT_NE(asSgd, nullptr);
    EXPECT_FLOAT_EQ(asSgd->momentum(), 0.9f);
    EXPECT_TRUE(asSgd->nesterov());
    EXPECT_FLOAT_EQ(asSgd->weightDecay(), 0.01f);

    const auto rms = makeOptimizer({ .name = "rmsprop", .momentum = 0.5f, .alpha = 0.9f });
    EXPECT_FLOAT_EQ(dynamic_cast<const RmsProp&>(*rms).alpha(), 0.9f);
    EXPECT_FLOAT_EQ(dynamic_cast<const RmsProp&>(*rms).momentum(), 0.5f);
}

TEST(Optimizer, FactoryNamesTheValidOptimizers)
{
    try {
        makeOptimizer({ .name = "adagrad" });
        FAIL() << "expected EngineError";
    } catch (const EngineError& e) {
        const std::string message = e.what();
        for (const char* name : { "adagrad", "sgd", "adam", "adamw", "rmsprop" })
            EXPECT_NE(message.find(name), std::string::npos) << message;
    }
}
