#include "engine/Graph.h"
#include "engine/WeightTransfer.h"
#include "engine/ThreadPool.h"
#include "engine/layers/Activation.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Dense.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

using namespace nw;

namespace {

// x(4) -> fc1(hidden) -> act -> fc2(classes)
Graph smallNet(int hidden, int classes, std::uint64_t seed, const char* head = "fc2")
{
    Graph g;
    g.addInput("x", {4});
    g.addNode("fc1", std::make_unique<Dense>(hidden), {"x"});
    g.addNode("act", std::make_unique<Activation>(ActivationKind::ReLU), {"fc1"});
    g.addNode(head, std::make_unique<Dense>(classes), {"act"});
    EXPECT_TRUE(g.compile().ok());
    g.initialize(seed);
    return g;
}

std::map<std::string, Tensor> weightsOf(Graph& g)
{
    std::map<std::string, Tensor> out;
    for (const NamedParameter& p : g.namedParameters())
        out.emplace(p.name, p.param->value);
    return out;
}

bool sameValues(const Tensor& a, const Tensor& b)
{
    return a.shape() == b.shape() && std::equal(a.data(), a.data() + a.size(), b.data());
}

} // namespace

TEST(WeightTransfer, VerdictsAreLoadedSkippedAndShapeMismatch)
{
    Graph source = smallNet(8, 5, 1);
    Graph target = smallNet(8, 3, 2);
    auto tensors = weightsOf(source);
    tensors.erase("fc1.bias"); // nothing at all for a node would also be "skipped"
    tensors["fc1.bias"] = Tensor({8}, 0.5f);
    const WeightMatch m = matchWeights(target, tensors);
    ASSERT_EQ(m.nodes.size(), 2u); // the activation has no parameters
    EXPECT_EQ(m.nodes[0].nodeId, "fc1");
    EXPECT_EQ(verdictText(m.nodes[0]), "loaded");
    EXPECT_EQ(m.nodes[1].nodeId, "fc2");
    EXPECT_EQ(m.nodes[1].verdict, WeightVerdict::ShapeMismatch);
    EXPECT_EQ(verdictText(m.nodes[1]), "shape mismatch: [5, 8] vs [3, 8]");
    EXPECT_EQ(m.nodes[1].parameter, "weight");
    EXPECT_EQ(m.idsWith(WeightVerdict::Loaded), std::vector<std::string>{"fc1"});
    EXPECT_EQ(m.tensors.size(), 2u);
    EXPECT_TRUE(m.tensors.count("fc1.weight") && m.tensors.count("fc1.bias"));

    tensors.erase("fc2.weight");
    tensors.erase("fc2.bias");
    const WeightMatch none = matchWeights(target, tensors);
    EXPECT_EQ(verdictText(none.nodes[1]), "skipped");
    EXPECT_TRUE(none.nodes[1].parameter.empty());
}

TEST(WeightTransfer, ANodeWithSomeTensorsMissingIsSkippedWhole)
{
    Graph source = smallNet(8, 3, 1);
    Graph target = smallNet(8, 3, 2);
    auto tensors = weightsOf(source);
    tensors.erase("fc2.bias");
    const WeightMatch m = matchWeights(target, tensors);
    EXPECT_EQ(m.nodes[1].verdict, WeightVerdict::Skipped);
    EXPECT_EQ(m.nodes[1].parameter, "bias");
    EXPECT_FALSE(m.tensors.count("fc2.weight"));
}

TEST(WeightTransfer, ApplyCopiesLoadedNodesAndLeavesTheRest)
{
    Graph source = smallNet(8, 5, 1);
    Graph target = smallNet(8, 3, 2);
    const auto before = weightsOf(target);
    const auto from = weightsOf(source);
    applyMatchedWeights(target, matchWeights(target, from));
    const auto after = weightsOf(target);
    EXPECT_TRUE(sameValues(after.at("fc1.weight"), from.at("fc1.weight")));
    EXPECT_TRUE(sameValues(after.at("fc1.bias"), from.at("fc1.bias")));
    EXPECT_FALSE(sameValues(after.at("fc1.weight"), before.at("fc1.weight")));
    EXPECT_TRUE(sameValues(after.at("fc2.weight"), before.at("fc2.weight")));
}

TEST(WeightTransfer, AMappingMatchesRenamedNodes)
{
    Graph source = smallNet(8, 3, 1, "head");
    Graph target = smallNet(8, 3, 2, "classifier");
    const auto from = weightsOf(source);
    const WeightMatch plain = matchWeights(target, from);
    EXPECT_EQ(plain.nodes[1].verdict, WeightVerdict::Skipped);
    const WeightMatch mapped = matchWeights(target, from, {{"classifier", "head"}});
    EXPECT_EQ(mapped.nodes[1].verdict, WeightVerdict::Loaded);
    EXPECT_EQ(mapped.nodes[1].sourceId, "head");
    applyMatchedWeights(target, mapped);
    EXPECT_TRUE(sameValues(weightsOf(target).at("classifier.weight"), from.at("head.weight")));
}

TEST(WeightTransfer, AFrozenBatchNormKeepsItsRunningStatisticsAndUsesThem)
{
    const auto run = [](bool frozen) {
        Graph g;
        g.addInput("x", {3});
        g.addNode("fc", std::make_unique<Dense>(4), {"x"});
        g.addNode("bn", std::make_unique<BatchNorm>(), {"fc"});
        if (frozen)
            g.setTrainable("bn", false);
        EXPECT_TRUE(g.compile().ok());
        g.initialize(3);
        const auto before = weightsOf(g);
        ThreadPool pool(1);
        ExecutionContext ctx{&pool, true, 1};
        Tensor x({8, 3});
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = static_cast<float>(i % 5) - 1.5f;
        const Tensor out = g.forward(x, ctx);
        g.backward(Tensor(out.shape(), 1.0f), ctx);
        ExecutionContext eval{&pool, false, 1};
        const Tensor evalOut = g.forward(x, eval);
        return std::make_tuple(before, weightsOf(g), sameValues(out, evalOut));
    };
    const auto [frozenBefore, frozenAfter, frozenLikeEval] = run(true);
    EXPECT_TRUE(sameValues(frozenBefore.at("bn.running_mean"), frozenAfter.at("bn.running_mean")));
    EXPECT_TRUE(sameValues(frozenBefore.at("bn.running_var"), frozenAfter.at("bn.running_var")));
    EXPECT_TRUE(frozenLikeEval) << "a frozen BatchNorm normalises with its running statistics in training too";
    const auto [before, after, likeEval] = run(false);
    EXPECT_FALSE(sameValues(before.at("bn.running_mean"), after.at("bn.running_mean")));
    EXPECT_FALSE(likeEval);
}
