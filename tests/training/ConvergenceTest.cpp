// Convergence from fixed seeds: the engine learns the classic toy problems.
#include "data/DatasetSplit.h"
#include "data/ToyDatasets.h"
#include "engine/Graph.h"
#include "engine/SubsetBatchSource.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/TrainingEndText.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Dense.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

Graph twoHiddenLayers(int units)
{
    Graph g;
    g.addInput("x", {2});
    g.addNode("fc1", std::make_unique<Dense>(units), {"x"});
    g.addNode("act1", std::make_unique<Activation>(ActivationKind::Tanh), {"fc1"});
    g.addNode("fc2", std::make_unique<Dense>(units), {"act1"});
    g.addNode("act2", std::make_unique<Activation>(ActivationKind::Tanh), {"fc2"});
    g.addNode("out", std::make_unique<Dense>(2), {"act2"});
    EXPECT_TRUE(g.compile().ok());
    return g;
}

} // namespace

TEST(Convergence, TwoClassSpiralReachesAtLeast97Percent)
{
    const Dataset data = makeToyDataset(ToyKind::Spiral, 600, 0.05f, 1);
    const DatasetSplit split = splitDataset(data, 0.0f, 0.2f, 1);
    const SubsetBatchSource train(data, split.train), test(data, split.test);
    for (std::uint64_t seed : {1u, 2u}) {
        Graph g = twoHiddenLayers(24);
        g.initialize(seed);
        SoftmaxCrossEntropy loss;
        auto opt = makeOptimizer({.name = "adam"});
        LearningRateSchedule schedule({.learningRate = 0.005f});
        ThreadPool pool(2);
        Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 300, .batchSize = 16, .seed = seed});
        const TrainingResult r = trainer.fit(train);
        ASSERT_EQ(r.status, TrainingStatus::Completed) << describeTrainingEnd(r);
        EXPECT_GE(trainer.evaluate(train).accuracy, 0.97f) << "seed " << seed;
        EXPECT_GE(trainer.evaluate(test).accuracy, 0.95f) << "seed " << seed;
    }
}

TEST(Convergence, CircleAndGaussiansAreSeparated)
{
    for (ToyKind kind : {ToyKind::Circle, ToyKind::Gaussians, ToyKind::Xor}) {
        const Dataset data = makeToyDataset(kind, 400, 0.05f, 3);
        Graph g = twoHiddenLayers(8);
        g.initialize(1);
        SoftmaxCrossEntropy loss;
        auto opt = makeOptimizer({.name = "adam"});
        LearningRateSchedule schedule({.learningRate = 0.02f});
        ThreadPool pool(1);
        Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 60, .batchSize = 16});
        trainer.fit(data);
        EXPECT_GE(trainer.evaluate(data).accuracy, 0.95f) << toyKindName(kind);
    }
}
