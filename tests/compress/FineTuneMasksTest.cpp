#include "CompressTestNets.h"

#include "compress/CompressibleWeights.h"
#include "compress/MagnitudePruning.h"

#include "engine/EngineError.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;

namespace {

// Fine-tunes a pruned classifier for a few epochs with Adam (whose moments keep
// moving a weight after its gradient is gone) and returns the masks used.
PruningMasks fineTunePruned(Graph& g, bool keepMasks)
{
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Fraction, 0.7});
    const TensorBatchSource train = test::blobs(300, 9);
    ThreadPool pool(1);
    SoftmaxCrossEntropy loss;
    auto opt = makeOptimizer({.name = "adam", .weightDecay = 0.01f});
    LearningRateSchedule schedule({.learningRate = 0.01f});
    Trainer trainer(g, loss, *opt, schedule, pool, {.epochs = 3, .batchSize = 32, .seed = 4});
    if (keepMasks)
        masks.attach(g);
    trainer.fit(train);
    return masks;
}

std::size_t prunedButNonZero(Graph& g, const PruningMasks& masks)
{
    std::size_t n = 0;
    for (const NamedParameter& p : compressibleWeights(g)) {
        const auto& keep = masks.masks().at(p.name);
        for (std::size_t i = 0; i < keep.size(); ++i)
            n += !keep[i] && p.param->value[i] != 0.0f;
    }
    return n;
}

} // namespace

TEST(PruningMasks, PrunedWeightsStayExactlyZeroThroughFineTuning)
{
    Graph g = test::trainedBlobClassifier(5);
    const PruningMasks masks = fineTunePruned(g, true);
    EXPECT_EQ(prunedButNonZero(g, masks), 0u);
    for (const NamedParameter& p : compressibleWeights(g)) {
        const auto& keep = masks.masks().at(p.name);
        for (std::size_t i = 0; i < keep.size(); ++i) {
            if (!keep[i])
                EXPECT_FALSE(std::signbit(p.param->value[i])) << p.name << " " << i; // +0, not -0
        }
    }
}

TEST(PruningMasks, WithoutTheMasksFineTuningRevivesPrunedWeights)
{
    // The control for the test above: the trainer alone would undo the pruning.
    Graph g = test::trainedBlobClassifier(5);
    const PruningMasks masks = fineTunePruned(g, false);
    EXPECT_GT(prunedButNonZero(g, masks), 0u);
}

TEST(PruningMasks, AttachedMasksSurviveARecompileAndTheSeedsWeights)
{
    Graph g = test::trainedBlobClassifier(1);
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::PerLayer, PruningCriterion::Fraction, 0.5});
    masks.attach(g);
    ASSERT_TRUE(g.compile().ok());
    g.initialize(99);
    g.applyWeightMasks();
    EXPECT_EQ(prunedButNonZero(g, masks), 0u);
    g.clearWeightMasks();
    EXPECT_FALSE(g.hasWeightMasks());
}

TEST(PruningMasks, ApplyRefusesAMaskThatDoesNotFitAndChangesNothing)
{
    Graph g = test::trainedBlobClassifier(1);
    PruningMasks masks;
    masks.set("fc1.weight", std::vector<std::uint8_t>(6 * 32, 0));
    masks.set("fc2.weight", std::vector<std::uint8_t>(5, 0));
    const Tensor before = g.namedParameters()[0].param->value;
    EXPECT_THROW(masks.apply(g), EngineError);
    EXPECT_TRUE((g.namedParameters()[0].param->value.array() == before.array()).all());
    PruningMasks unknown;
    unknown.set("nope.weight", {1});
    EXPECT_THROW(unknown.apply(g), EngineError);
    EXPECT_THROW(unknown.attach(g), EngineError);
    EXPECT_FALSE(g.hasWeightMasks());
}

// Pruned weights' gradients are zeroed before clipping: the clip norm counts only the
// weights that train, as with PyTorch's pruning (which masks the gradient itself).
TEST(PruningMasks, MaskedGradientsAreZeroBeforeTheyCountInTheClipNorm)
{
    Graph g = test::trainedBlobClassifier(2);
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Fraction, 0.5});
    masks.attach(g);
    for (const NamedParameter& p : g.namedParameters()) {
        p.param->grad = Tensor(p.param->value.shape(), 1.0f);
    }
    g.maskGradients();
    for (const NamedParameter& p : compressibleWeights(g)) {
        const auto& keep = masks.masks().at(p.name);
        for (std::size_t i = 0; i < keep.size(); ++i)
            EXPECT_EQ(p.param->grad[i], keep[i] ? 1.0f : 0.0f) << p.name << " " << i;
    }
}
