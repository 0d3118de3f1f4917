#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/StepThroughTrace.h"
#include "engine/TensorBatchSource.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/WeightPenalties.h"
#include "engine/layers/Activation.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Dropout.h"
#include "engine/layers/Flatten.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace nw;

namespace {

// Dense, ReLU, Dropout (keyed by the step), a penalised Dense.
Graph mlp()
{
    Graph g;
    g.addInput("x", { 3 });
    g.addNode("fc1", std::make_unique<Dense>(5), { "x" });
    g.addNode("relu", std::make_unique<Activation>(ActivationKind::ReLU), { "fc1" });
    g.addNode("drop", std::make_unique<Dropout>(0.3f), { "relu" });
    g.addNode("out", std::make_unique<Dense>(3), { "drop" });
    g.setPenalties("out", 0.01f, 0.05f);
    EXPECT_TRUE(g.compile().ok());
    g.initialize(7);
    return g;
}

// Conv2D, BatchNorm (buffers a training-mode pass moves; one image is enough for its
// per-channel statistics, one flat sample is not), Tanh, Flatten, Dense.
Graph cnn()
{
    Graph g;
    g.addInput("x", { 1, 5, 5 });
    g.addNode("conv", std::make_unique<Conv2D>(2, 3, 1, 1), { "x" });
    g.addNode("bn", std::make_unique<BatchNorm>(), { "conv" });
    g.addNode("act", std::make_unique<Activation>(ActivationKind::Tanh), { "bn" });
    g.addNode("flat", std::make_unique<Flatten>(), { "act" });
    g.addNode("out", std::make_unique<Dense>(3), { "flat" });
    EXPECT_TRUE(g.compile().ok());
    g.initialize(3);
    return g;
}

Tensor mlpSample()
{
    return Tensor({ 1, 3 }, { 0.5f, -1.25f, 2.0f });
}

Tensor cnnSample()
{
    Tensor t({ 1, 1, 5, 5 });
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = std::sin(0.7f * static_cast<float>(i));
    return t;
}

std::map<std::string, Tensor> weightsOf(Graph& g)
{
    std::map<std::string, Tensor> w;
    for (const NamedParameter& p : g.namedParameters()) {
        Tensor t;
        t.copyFrom(p.param->value);
        w.emplace(p.name, std::move(t));
    }
    return w;
}

void expectSame(const Tensor& a, const Tensor& b, const std::string& what)
{
    ASSERT_EQ(a.shape(), b.shape()) << what;
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_EQ(a[i], b[i]) << what << " [" << i << "]";
}

// The trace against the graph's own forward and backward on a second, identical graph.
void expectTraceMatchesGraph(Graph& traced, Graph& reference, const Tensor& sample, const Tensor& target, bool training)
{
    ThreadPool pool(2);
    SoftmaxCrossEntropy loss;
    StepThroughSettings settings;
    settings.training = training;
    const StepThroughTrace trace = traceStep(traced, loss, sample, target, settings, pool);

    reference.setInputGradientsRequired(true);
    ExecutionContext ctx;
    ctx.pool = &pool;
    ctx.training = training;
    ctx.step = 1;
    const Tensor& out = reference.forward(sample, ctx);
    Tensor grad;
    const float value = loss.compute(out, target, grad);
    reference.backward(grad, ctx);
    // The trainer adds the penalties' gradients after backward, with the engine's own
    // function: re-deriving them here would differ in the last bit wherever the
    // compiler fuses a multiply-add in one place and not the other.
    applyWeightPenalties(reference, true);
    EXPECT_EQ(trace.dataLoss, value);
    ASSERT_EQ(trace.nodes.size(), reference.nodeIds().size());
    for (const NodeTrace& n : trace.nodes) {
        expectSame(n.output, reference.nodeOutput(n.id), n.id + " output");
        ASSERT_TRUE(n.hasGradient) << n.id;
        if (n.id == reference.outputId())
            expectSame(n.outputGrad, grad, n.id + " gradient");
        else if (n.id == "x")
            expectSame(n.outputGrad, reference.inputGradient(0), "input gradient");
        else
            expectSame(n.outputGrad, reference.nodeGradient(n.id), n.id + " gradient");
        EXPECT_EQ(n.inputs, reference.nodeInputIds(n.id));
    }
    for (const NamedParameter& p : reference.namedParameters(true)) {
        const std::string node = p.name.substr(0, p.name.find('.'));
        const std::string name = p.name.substr(p.name.find('.') + 1);
        bool found = false;
        for (const ParameterTrace& pt : trace.node(node)->parameters)
            if (pt.shortName == name) {
                found = true;
                expectSame(pt.grad, p.param->grad, p.name + " grad");
            }
        EXPECT_TRUE(found) << p.name;
    }
}

} // namespace

TEST(StepThroughTrace, EveryValueIsTheGraphsOwnForwardAndBackwardInEvaluationMode)
{
    Graph a = mlp(), b = mlp();
    expectTraceMatchesGraph(a, b, mlpSample(), Tensor({ 1 }, { 2.0f }), false);
    Graph c = cnn(), d = cnn();
    expectTraceMatchesGraph(c, d, cnnSample(), Tensor({ 1 }, { 1.0f }), false);
}

TEST(StepThroughTrace, EveryValueIsTheGraphsOwnForwardAndBackwardInTrainingMode)
{
    Graph a = mlp(), b = mlp();
    expectTraceMatchesGraph(a, b, mlpSample(), Tensor({ 1 }, { 0.0f }), true);
    Graph c = cnn(), d = cnn();
    expectTraceMatchesGraph(c, d, cnnSample(), Tensor({ 1 }, { 2.0f }), true);
}

TEST(StepThroughTrace, NeverChangesTheModel)
{
    Graph g = cnn();
    const auto before = weightsOf(g);
    ThreadPool pool(1);
    SoftmaxCrossEntropy loss;
    StepThroughSettings settings;
    settings.training = true; // moves BatchNorm's running statistics during the pass
    settings.learningRate = 0.5f;
    const StepThroughTrace trace = traceStep(g, loss, cnnSample(), Tensor({ 1 }, { 1.0f }), settings, pool);
    EXPECT_FALSE(g.inputGradientsRequired());
    for (const auto& [name, value] : weightsOf(g))
        expectSame(value, before.at(name), name);
    // ... while the trace does hold a real update.
    const auto updated = trace.updatedWeights();
    EXPECT_NE(updated.at("out.weight")[0], before.at("out.weight")[0]);
    EXPECT_NE(updated.at("bn.running_mean")[0], before.at("bn.running_mean")[0]);
}

TEST(StepThroughTrace, ApplyingTheStepEqualsOneTrainingStepOnThatSample)
{
    for (const bool image : { false, true })
    for (const char* optimizer : { "sgd", "adam", "rmsprop" }) {
        for (float clip : { 0.0f, 0.05f }) {
            SCOPED_TRACE(std::string(optimizer) + " clip " + std::to_string(clip) + (image ? " cnn" : " mlp"));
            Graph traced = image ? cnn() : mlp(), trained = image ? cnn() : mlp();
            const Tensor sample = image ? cnnSample() : mlpSample();
            ThreadPool pool(2);
            SoftmaxCrossEntropy loss;
            StepThroughSettings settings;
            settings.training = true;
            settings.learningRate = 0.1f;
            settings.gradientClipNorm = clip;
            settings.optimizer.name = optimizer;
            settings.optimizer.momentum = 0.9f;
            const Tensor target({ 1 }, { 2.0f });
            const StepThroughTrace trace = traceStep(traced, loss, sample, target, settings, pool);
            EXPECT_EQ(trace.clipped, clip > 0.0f);

            auto opt = makeOptimizer(settings.optimizer);
            ScheduleSettings schedule;
            schedule.learningRate = settings.learningRate;
            LearningRateSchedule rates(schedule);
            TrainerSettings ts;
            ts.epochs = 1;
            ts.batchSize = 1;
            ts.shuffle = false;
            ts.gradientClipNorm = clip;
            Trainer trainer(trained, loss, *opt, rates, pool, ts);
            TensorBatchSource one(sample, target);
            trainer.fit(one);
            const auto updated = trace.updatedWeights();
            for (const auto& [name, value] : weightsOf(trained))
                expectSame(updated.at(name), value, name);
        }
    }
}

TEST(StepThroughTrace, RecordsAdamsMomentsAndTheStepTaken)
{
    Graph g = cnn();
    ThreadPool pool(1);
    SoftmaxCrossEntropy loss;
    StepThroughSettings settings;
    settings.learningRate = 0.01f;
    const StepThroughTrace trace = traceStep(g, loss, cnnSample(), Tensor({ 1 }, { 2.0f }), settings, pool);
    EXPECT_EQ(trace.optimizerName, "Adam");
    EXPECT_EQ(trace.optimizerStep, 1);
    const ParameterTrace& w = trace.node("conv")->parameters.at(0);
    ASSERT_EQ(w.shortName, "weight");
    const Tensor& m = w.slots.at("exp_avg");
    const Tensor& v = w.slots.at("exp_avg_sq");
    for (std::size_t i = 0; i < w.value.size(); ++i) {
        const float g1 = w.grad[i];
        EXPECT_FLOAT_EQ(m[i], static_cast<float>(1.0 - static_cast<double>(0.9f)) * g1);
        const float oneMinusBeta2 = static_cast<float>(1.0 - static_cast<double>(0.999f));
        EXPECT_FLOAT_EQ(v[i], oneMinusBeta2 * g1 * g1);
        // First Adam step: the bias-corrected step is lr * g / (|g| + eps), about lr * sign(g).
        const float taken = w.after[i] - w.value[i];
        if (std::abs(g1) > 1e-4f)
            EXPECT_NEAR(taken, -0.01f * (g1 > 0 ? 1.0f : -1.0f), 1e-5f);
    }
}

TEST(StepThroughTrace, ContinuesFromTheOptimizerStateItIsGiven)
{
    Graph g = mlp();
    ThreadPool pool(1);
    SoftmaxCrossEntropy loss;
    StepThroughSettings settings;
    const StepThroughTrace first = traceStep(g, loss, mlpSample(), Tensor({ 1 }, { 1.0f }), settings, pool);
    std::map<std::string, Tensor> state;
    state.emplace("step", Tensor({}, { 1.0f }));
    for (const NodeTrace& n : first.nodes)
        for (const ParameterTrace& p : n.parameters)
            if (p.trainable) {
                state.emplace(p.name + ".step", Tensor({}, { 1.0f }));
                for (const auto& [slot, value] : p.slots) {
                    Tensor t;
                    t.copyFrom(value);
                    state.emplace(p.name + "." + slot, std::move(t));
                }
            }
    EXPECT_EQ(first.optimizerState.size(), state.size());
    for (const auto& [name, value] : state) {
        ASSERT_TRUE(first.optimizerState.count(name)) << name;
        expectSame(first.optimizerState.at(name), value, name);
    }
    settings.optimizerState = first.optimizerState;
    const StepThroughTrace second = traceStep(g, loss, mlpSample(), Tensor({ 1 }, { 1.0f }), settings, pool);
    EXPECT_EQ(second.optimizerStep, 2);
    const ParameterTrace& w = second.node("fc1")->parameters.at(0);
    const ParameterTrace& w1 = first.node("fc1")->parameters.at(0);
    // m2 = 0.9 m1 + 0.1 g (same sample, same weights: the same gradient).
    EXPECT_FLOAT_EQ(w.slots.at("exp_avg")[0], 0.9f * w1.slots.at("exp_avg")[0] + 0.1f * w.grad[0]);
}

TEST(StepThroughTrace, RefusesASampleOfTheWrongShapeAndChangesNothing)
{
    Graph g = mlp();
    const auto before = weightsOf(g);
    ThreadPool pool(1);
    SoftmaxCrossEntropy loss;
    StepThroughSettings settings;
    try {
        traceStep(g, loss, Tensor({ 1, 4 }), Tensor({ 1 }, { 0.0f }), settings, pool);
        FAIL() << "a 4-feature sample went through a 3-feature network";
    } catch (const EngineError& e) {
        EXPECT_NE(std::string(e.what()).find("of shape 3, got a batch of 1x4"), std::string::npos) << e.what();
    }
    EXPECT_THROW(traceStep(g, loss, mlpSample(), Tensor({ 1 }, { 7.0f }), settings, pool), EngineError);
    settings.optimizer.name = "lion";
    EXPECT_THROW(traceStep(g, loss, mlpSample(), Tensor({ 1 }, { 0.0f }), settings, pool), EngineError);
    for (const auto& [name, value] : weightsOf(g))
        expectSame(value, before.at(name), name);
    EXPECT_FALSE(g.inputGradientsRequired());
}
