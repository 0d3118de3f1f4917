#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/Rng.h"
#include "engine/SubsetBatchSource.h"
#include "engine/TensorBatchSource.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/TrainingControl.h"
#include "engine/TrainingEndText.h"
#include "engine/layers/Activation.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Dropout.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/losses/MeanSquaredError.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <thread>

using namespace nw;

namespace {

TensorBatchSource xorData()
{
    return TensorBatchSource(Tensor({4, 2}, {0, 0, 0, 1, 1, 0, 1, 1}), Tensor({4}, {0, 1, 1, 0}));
}

Graph xorNet()
{
    Graph g;
    g.addInput("x", {2});
    g.addNode("h", std::make_unique<Dense>(8, true, WeightInit::XavierUniform), {"x"});
    g.addNode("act", std::make_unique<Activation>(ActivationKind::Tanh), {"h"});
    g.addNode("out", std::make_unique<Dense>(2, true, WeightInit::XavierUniform), {"act"});
    EXPECT_TRUE(g.compile().ok());
    g.initialize(1);
    return g;
}

// A small CNN with every layer kind whose parallel work could depend on thread count.
Graph smallCnn()
{
    Graph g;
    g.addInput("image", {1, 12, 12});
    g.addNode("conv", std::make_unique<Conv2D>(6, 3, 1, 1), {"image"});
    g.addNode("bn", std::make_unique<BatchNorm>(), {"conv"});
    g.addNode("relu", std::make_unique<Activation>(ActivationKind::ReLU), {"bn"});
    g.addNode("pool", std::make_unique<MaxPool2D>(2), {"relu"});
    g.addNode("flat", std::make_unique<Flatten>(), {"pool"});
    g.addNode("drop", std::make_unique<Dropout>(0.25f), {"flat"});
    g.addNode("fc", std::make_unique<Dense>(64), {"drop"});
    g.addNode("relu2", std::make_unique<Activation>(ActivationKind::ReLU), {"fc"});
    g.addNode("out", std::make_unique<Dense>(3), {"relu2"});
    EXPECT_TRUE(g.compile().ok());
    g.initialize(7);
    return g;
}

TensorBatchSource randomImages(int n, std::uint64_t seed)
{
    Rng rng(seed);
    Tensor x({n, 1, 12, 12});
    Tensor y({n});
    for (int i = 0; i < n; ++i) {
        const int label = static_cast<int>(rng.below(3));
        y[static_cast<std::size_t>(i)] = static_cast<float>(label);
        for (int p = 0; p < 144; ++p)
            x[static_cast<std::size_t>(i * 144 + p)] = rng.normal() + (p % 3 == label ? 1.0f : 0.0f);
    }
    return TensorBatchSource(std::move(x), std::move(y));
}

std::vector<Tensor> weightsOf(Graph& g)
{
    std::vector<Tensor> w;
    for (auto& np : g.namedParameters())
        w.push_back(np.param->value);
    return w;
}

} // namespace

TEST(Trainer, LearnsXorToFullAccuracy)
{
    Graph g = xorNet();
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "adam"});
    LearningRateSchedule schedule({.learningRate = 0.05f});
    ThreadPool pool(2);
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 300, .batchSize = 4, .seed = 3});
    const auto data = xorData();
    const TrainingResult r = trainer.fit(data);
    EXPECT_EQ(r.status, TrainingStatus::Completed);
    EXPECT_EQ(r.epochsCompleted, 300);
    EXPECT_FLOAT_EQ(trainer.evaluate(data).accuracy, 1.0f);
    EXPECT_LT(r.history.back().trainLoss, 0.05f);
}

TEST(Trainer, OneAndTwoThreadsGiveTheSameWeights)
{
    const auto data = randomImages(200, 5);
    std::vector<Tensor> results[2];
    for (int threads : {1, 2}) {
        Graph g = smallCnn();
        SoftmaxCrossEntropy loss;
        auto opt = makeOptimizer({.name = "sgd", .momentum = 0.9f});
        LearningRateSchedule schedule({.learningRate = 0.05f});
        ThreadPool pool(threads);
        Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 1, .batchSize = 16, .seed = 11});
        trainer.fit(data);
        results[threads - 1] = weightsOf(g);
    }
    ASSERT_EQ(results[0].size(), results[1].size());
    for (std::size_t k = 0; k < results[0].size(); ++k)
        for (std::size_t i = 0; i < results[0][k].size(); ++i)
            ASSERT_NEAR(results[0][k][i], results[1][k][i], 1e-5f * std::max(1.0f, std::abs(results[0][k][i])))
                << "tensor " << k << " element " << i;
}

TEST(Trainer, SameSeedSameCurves)
{
    const auto data = randomImages(96, 6);
    std::vector<float> losses[2];
    for (int run = 0; run < 2; ++run) {
        Graph g = smallCnn();
        SoftmaxCrossEntropy loss;
        auto opt = makeOptimizer({.name = "adam"});
        LearningRateSchedule schedule({.learningRate = 1e-3f});
        ThreadPool pool(2);
        Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 2, .batchSize = 8, .seed = 4});
        trainer.fit(data, nullptr, {.onBatch = [&](const BatchReport& b) { losses[run].push_back(b.loss); }});
    }
    EXPECT_EQ(losses[0], losses[1]);
    EXPECT_EQ(losses[0].size(), 24u);
}

TEST(Trainer, DivergenceStopsWithMessageAndKeepsFiniteWeights)
{
    // A huge learning rate on a regression problem blows the weights up within a few batches.
    Rng rng(1);
    Tensor x({64, 3}), y({64, 1});
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = rng.normal() * 10.0f;
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = rng.normal() * 100.0f;
    TensorBatchSource data(std::move(x), std::move(y));
    Graph g;
    g.addInput("x", {3});
    g.addNode("fc", std::make_unique<Dense>(1), {"x"});
    ASSERT_TRUE(g.compile().ok());
    g.initialize(1);
    MeanSquaredError loss;
    auto opt = makeOptimizer({.name = "sgd"});
    LearningRateSchedule schedule({.learningRate = 1e6f});
    ThreadPool pool(1);
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 50, .batchSize = 8, .seed = 1});
    const TrainingResult r = trainer.fit(data);
    EXPECT_EQ(r.status, TrainingStatus::Diverged);
    EXPECT_EQ(r.stopEpoch, 1);
    EXPECT_GE(r.stopBatch, 1);
    EXPECT_FLOAT_EQ(r.learningRate, 1e6f);
    if (r.divergence == DivergenceCause::Loss) {
        EXPECT_FALSE(std::isfinite(r.divergedLoss));
    }
    const std::string words = describeTrainingEnd(r);
    EXPECT_NE(words.find("epoch 1, batch"), std::string::npos) << words;
    EXPECT_NE(words.find("learning rate"), std::string::npos) << words;
    for (auto& np : g.namedParameters())
        EXPECT_TRUE(np.param->value.allFinite());
}

TEST(Trainer, NanInDataNamesTheBatch)
{
    Tensor x({12, 2}, 0.5f), y({12});
    x[2 * 5] = NAN; // sample 5 -> second batch of 4 when not shuffled
    TensorBatchSource data(std::move(x), std::move(y));
    Graph g = xorNet();
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "sgd"});
    LearningRateSchedule schedule({.learningRate = 0.1f});
    ThreadPool pool(1);
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 1, .batchSize = 4, .shuffle = false});
    const TrainingResult r = trainer.fit(data);
    EXPECT_EQ(r.status, TrainingStatus::Diverged);
    EXPECT_EQ(r.divergence, DivergenceCause::Loss);
    EXPECT_EQ(r.stopEpoch, 1);
    EXPECT_EQ(r.stopBatch, 2);
    const std::string words = describeTrainingEnd(r);
    EXPECT_NE(words.find("epoch 1, batch 2"), std::string::npos) << words;
    EXPECT_NE(words.find("NaN"), std::string::npos) << words;
}

TEST(Trainer, PauseStepAndStopBetweenBatches)
{
    const auto data = randomImages(64, 2);
    Graph g = smallCnn();
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "adam"});
    LearningRateSchedule schedule({.learningRate = 1e-3f});
    ThreadPool pool(2);
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 5, .batchSize = 8});
    TrainingControl control;
    control.requestPause();
    std::atomic<int> batches{0};
    TrainingResult r;
    std::thread worker([&] {
        r = trainer.fit(data, nullptr, {.onBatch = [&](const BatchReport&) { batches++; }}, &control);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(batches.load(), 0) << "paused before the first batch";
    control.requestStep(1);
    for (int i = 0; i < 200 && batches.load() < 1; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(batches.load(), 1) << "exactly one batch per step";
    control.requestStep(2);
    for (int i = 0; i < 200 && batches.load() < 3; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(batches.load(), 3);
    EXPECT_TRUE(control.isPaused());
    control.requestStop();
    worker.join();
    EXPECT_EQ(r.status, TrainingStatus::Stopped);
    EXPECT_EQ(batches.load(), 3);
}

TEST(Trainer, EarlyStoppingRestoresBestWeights)
{
    const auto train = randomImages(64, 8);
    const auto validation = randomImages(32, 9);
    Graph g = smallCnn();
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "sgd"});
    // A rate this large makes validation loss worse after the first epochs.
    LearningRateSchedule schedule({.learningRate = 2.0f});
    ThreadPool pool(2);
    TrainerSettings settings{.epochs = 40, .batchSize = 8, .seed = 2};
    settings.earlyStopping = {.enabled = true, .patience = 2, .minDelta = 0.0f, .restoreBestWeights = true};
    Trainer trainer(g, loss, *opt, schedule, pool, settings);
    std::vector<Tensor> bestWeights;
    const TrainingResult r = trainer.fit(train, &validation, {.onEpoch = [&](const EpochReport& e) {
        if (e.improved)
            bestWeights = weightsOf(g);
    }});
    ASSERT_TRUE(r.status == TrainingStatus::EarlyStopped || r.status == TrainingStatus::Diverged)
        << describeTrainingEnd(r);
    if (r.status == TrainingStatus::EarlyStopped) {
        EXPECT_EQ(r.epochsCompleted, r.bestEpoch + 1 + 2);
        EXPECT_TRUE(r.bestWeightsRestored);
        EXPECT_TRUE(r.monitoredValidation);
        EXPECT_EQ(r.patience, 2);
        EXPECT_EQ(r.stopEpoch, r.epochsCompleted);
        EXPECT_NE(describeTrainingEnd(r).find("restored"), std::string::npos);
        const auto now = weightsOf(g);
        for (std::size_t k = 0; k < now.size(); ++k)
            EXPECT_TRUE((now[k].array() == bestWeights[k].array()).all());
    }
}

TEST(Trainer, ValidationFractionHoldsOutSamples)
{
    const auto data = randomImages(100, 3);
    Graph g = smallCnn();
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "adam"});
    LearningRateSchedule schedule({.learningRate = 1e-3f});
    ThreadPool pool(2);
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 1, .batchSize = 10, .validationFraction = 0.2f});
    int batches = 0;
    const auto r = trainer.fit(data, nullptr, {.onBatch = [&](const BatchReport&) { batches++; }});
    EXPECT_EQ(batches, 8);
    ASSERT_EQ(r.history.size(), 1u);
    EXPECT_TRUE(r.history[0].hasValidation);
    EXPECT_GE(r.history[0].validationAccuracy, 0.0f);
}

TEST(Trainer, L2PenaltyShrinksWeightsAndAddsToLoss)
{
    const auto data = xorData();
    float finalNorm[2];
    float firstLoss[2];
    for (int withPenalty = 0; withPenalty < 2; ++withPenalty) {
        Graph g = xorNet();
        if (withPenalty)
            g.setPenalties("h", 0.0f, 0.1f);
        SoftmaxCrossEntropy loss;
        auto opt = makeOptimizer({.name = "sgd"});
        LearningRateSchedule schedule({.learningRate = 0.1f});
        ThreadPool pool(1);
        Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 50, .batchSize = 4});
        bool first = true;
        trainer.fit(data, nullptr, {.onBatch = [&](const BatchReport& b) {
            if (first)
                firstLoss[withPenalty] = b.loss;
            first = false;
        }});
        finalNorm[withPenalty] = g.namedParameters()[0].param->value.matrix().norm();
    }
    EXPECT_LT(finalNorm[1], finalNorm[0]);
    EXPECT_GT(firstLoss[1], firstLoss[0]);
}

TEST(Trainer, RejectsDataOfTheWrongShape)
{
    Graph g = xorNet();
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "sgd"});
    LearningRateSchedule schedule({.learningRate = 0.1f});
    ThreadPool pool(1);
    Trainer trainer(g, loss, *opt, schedule, pool, {});
    TensorBatchSource wrong(Tensor({4, 3}), Tensor({4}));
    try {
        trainer.fit(wrong);
        FAIL();
    } catch (const EngineError& e) {
        EXPECT_NE(std::string(e.what()).find("samples of 3"), std::string::npos) << e.what();
    }
}

TEST(SubsetBatchSource, MapsViewIndicesToTheSource)
{
    TensorBatchSource all(Tensor({5, 1}, {10, 11, 12, 13, 14}), Tensor({5}, {0, 1, 0, 1, 0}));
    SubsetBatchSource view(all, {4, 1, 3});
    EXPECT_EQ(view.size(), 3u);
    Tensor x, y;
    const std::size_t picks[] = {2, 0};
    view.fillBatch(picks, x, y);
    EXPECT_EQ(x[0], 13.0f);
    EXPECT_EQ(x[1], 14.0f);
    EXPECT_EQ(y[0], 1.0f);
    EXPECT_THROW(SubsetBatchSource(all, {5}), EngineError);
}
