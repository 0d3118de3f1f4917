#include "CompressTestNets.h"

#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/layers/Activation.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"

#include <gtest/gtest.h>

namespace nw::test {

Graph smallCnn(std::uint64_t seed)
{
    Graph g;
    g.addInput("image", {1, 12, 12});
    g.addNode("conv", std::make_unique<Conv2D>(6, 3, 1, 1), {"image"});
    g.addNode("bn", std::make_unique<BatchNorm>(), {"conv"});
    g.addNode("relu", std::make_unique<Activation>(ActivationKind::ReLU), {"bn"});
    g.addNode("pool", std::make_unique<MaxPool2D>(2), {"relu"});
    g.addNode("flat", std::make_unique<Flatten>(), {"pool"});
    g.addNode("fc", std::make_unique<Dense>(16), {"flat"});
    g.addNode("relu2", std::make_unique<Activation>(ActivationKind::ReLU), {"fc"});
    g.addNode("out", std::make_unique<Dense>(3), {"relu2"});
    EXPECT_TRUE(g.compile().ok());
    g.initialize(seed);
    return g;
}

TensorBatchSource blobs(int n, std::uint64_t seed)
{
    Rng rng(seed);
    Tensor x({n, 6});
    Tensor y({n});
    for (int i = 0; i < n; ++i) {
        const int label = static_cast<int>(rng.below(3));
        y[static_cast<std::size_t>(i)] = static_cast<float>(label);
        for (int f = 0; f < 6; ++f)
            x[static_cast<std::size_t>(i * 6 + f)] = 0.8f * rng.normal() + (f % 3 == label ? 1.5f : 0.0f);
    }
    return TensorBatchSource(std::move(x), std::move(y));
}

Graph trainedBlobClassifier(int epochs)
{
    Graph g;
    g.addInput("x", {6});
    g.addNode("fc1", std::make_unique<Dense>(32), {"x"});
    g.addNode("relu", std::make_unique<Activation>(ActivationKind::ReLU), {"fc1"});
    g.addNode("fc2", std::make_unique<Dense>(3), {"relu"});
    EXPECT_TRUE(g.compile().ok());
    g.initialize(5);
    const TensorBatchSource train = blobs(600, 1);
    ThreadPool pool(1);
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "adam"});
    LearningRateSchedule schedule({.learningRate = 0.01f});
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = epochs, .batchSize = 32, .seed = 2});
    trainer.fit(train);
    return g;
}

} // namespace nw::test
