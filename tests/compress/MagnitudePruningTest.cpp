#include "CompressTestNets.h"

#include "compress/CompressibleWeights.h"
#include "compress/MagnitudePruning.h"

#include "engine/EngineError.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace nw;

namespace {

std::size_t zeros(const Tensor& t)
{
    return static_cast<std::size_t>(std::count(t.data(), t.data() + t.size(), 0.0f));
}

std::map<std::string, Tensor> values(Graph& g)
{
    std::map<std::string, Tensor> out;
    for (const NamedParameter& p : g.namedParameters())
        out.emplace(p.name, p.param->value);
    return out;
}

} // namespace

TEST(MagnitudePruning, GlobalFractionPrunesExactlyThatShareOfTheSmallestWeights)
{
    Graph g = test::smallCnn();
    const auto before = values(g);
    std::size_t total = 0;
    for (const NamedParameter& p : compressibleWeights(g))
        total += p.param->value.size();
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Fraction, 0.37});
    const auto expected = static_cast<std::size_t>(std::llround(0.37 * static_cast<double>(total)));
    EXPECT_EQ(masks.prunedValues(), expected);
    EXPECT_EQ(masks.maskedValues(), total);
    std::size_t zeroed = 0;
    float largestPruned = 0.0f, smallestKept = 1e30f;
    for (const NamedParameter& p : compressibleWeights(g)) {
        zeroed += zeros(p.param->value);
        const Tensor& old = before.at(p.name);
        const auto& keep = masks.masks().at(p.name);
        for (std::size_t i = 0; i < keep.size(); ++i) {
            if (keep[i]) {
                EXPECT_EQ(p.param->value[i], old[i]);
                smallestKept = std::min(smallestKept, std::fabs(old[i]));
            } else {
                largestPruned = std::max(largestPruned, std::fabs(old[i]));
            }
        }
    }
    EXPECT_EQ(zeroed, expected);
    EXPECT_LE(largestPruned, smallestKept);
}

TEST(MagnitudePruning, PerLayerFractionPrunesThatShareOfEveryLayer)
{
    Graph g = test::smallCnn();
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::PerLayer, PruningCriterion::Fraction, 0.6});
    ASSERT_EQ(masks.masks().size(), 3u); // conv, fc, out
    for (const NamedParameter& p : compressibleWeights(g)) {
        const std::size_t n = p.param->value.size();
        EXPECT_EQ(zeros(p.param->value), static_cast<std::size_t>(std::llround(0.6 * static_cast<double>(n))))
            << p.name;
    }
}

TEST(MagnitudePruning, ThresholdPrunesEveryWeightBelowIt)
{
    Graph g = test::smallCnn();
    const auto before = values(g);
    pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Threshold, 0.1});
    std::size_t pruned = 0;
    for (const NamedParameter& p : compressibleWeights(g)) {
        const Tensor& old = before.at(p.name);
        for (std::size_t i = 0; i < old.size(); ++i) {
            EXPECT_EQ(p.param->value[i], std::fabs(old[i]) < 0.1f ? 0.0f : old[i]);
            pruned += std::fabs(old[i]) < 0.1f;
        }
    }
    EXPECT_GT(pruned, 0u);
}

TEST(MagnitudePruning, BiasesNormalisationAndBuffersAreNeverPruned)
{
    Graph g = test::smallCnn();
    const auto before = values(g);
    pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Fraction, 0.9});
    for (const NamedParameter& p : g.namedParameters()) {
        const bool weight = p.name == "conv.weight" || p.name == "fc.weight" || p.name == "out.weight";
        if (!weight) {
            EXPECT_TRUE((p.param->value.array() == before.at(p.name).array()).all()) << p.name;
        }
    }
    for (const NamedParameter& p : g.namedParameters()) {
        if (p.name == "bn.weight")
            EXPECT_FALSE(isCompressibleWeight(*p.param)); // a per-channel scale, rank 1
    }
}

TEST(MagnitudePruning, RefusesFractionsOutsideZeroToOneAndNegativeThresholds)
{
    Graph g = test::smallCnn();
    const auto before = values(g);
    for (double f : {-0.1, 1.0, 1.5, std::nan("")})
        EXPECT_THROW(pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Fraction, f}), EngineError) << f;
    EXPECT_THROW(pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Threshold, -1.0}), EngineError);
    for (const NamedParameter& p : g.namedParameters())
        EXPECT_TRUE((p.param->value.array() == before.at(p.name).array()).all()) << p.name;
}

TEST(MagnitudePruning, ZeroFractionKeepsEverything)
{
    Graph g = test::smallCnn();
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::Global, PruningCriterion::Fraction, 0.0});
    EXPECT_EQ(masks.prunedValues(), 0u);
    EXPECT_EQ(masks.sparsity(), 0.0);
}
