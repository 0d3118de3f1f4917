#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/ThreadPool.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Add.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Flatten.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;

namespace {

bool hasMessage(const GraphReport& r, const std::string& nodeId, const std::string& fragment)
{
    for (const auto& m : r.errors)
        if (m.nodeId == nodeId && m.text.find(fragment) != std::string::npos)
            return true;
    return false;
}

// x -> fc1 -> relu -> fc2 -> add(fc2, relu) -> out : a residual connection.
Graph residualGraph()
{
    Graph g;
    g.addInput("x", {5});
    g.addNode("fc1", std::make_unique<Dense>(6), {"x"});
    g.addNode("act", std::make_unique<Activation>(ActivationKind::Tanh), {"fc1"});
    g.addNode("fc2", std::make_unique<Dense>(6), {"act"});
    g.addNode("sum", std::make_unique<Add>(), {"fc2", "act"});
    g.addNode("out", std::make_unique<Dense>(3), {"sum"});
    return g;
}

} // namespace

TEST(Graph, InfersShapesAndParameterCounts)
{
    Graph g;
    g.addInput("image", {1, 28, 28});
    g.addNode("conv", std::make_unique<Conv2D>(8, 3, 1, 1), {"image"});
    g.addNode("flat", std::make_unique<Flatten>(), {"conv"});
    g.addNode("fc", std::make_unique<Dense>(10), {"flat"});
    const GraphReport r = g.compile();
    ASSERT_TRUE(r.ok()) << r.summary();
    ASSERT_EQ(r.nodes.size(), 4u);
    EXPECT_EQ(r.nodes[1].outputShape, (Shape{8, 28, 28}));
    EXPECT_EQ(r.nodes[1].parameterCount, 8u * 9 + 8);
    EXPECT_EQ(r.nodes[3].outputShape, (Shape{10}));
    EXPECT_EQ(r.nodes[3].parameterCount, 8u * 28 * 28 * 10 + 10);
    EXPECT_EQ(r.totalParameters, 80u + 62730u);
    EXPECT_EQ(g.outputId(), "fc");
}

TEST(Graph, MissingFlattenGivesAStudentReadableMessage)
{
    Graph g;
    g.addInput("image", {1, 28, 28});
    g.addNode("conv", std::make_unique<Conv2D>(16, 3, 1, 1), {"image"});
    g.addNode("fc1", std::make_unique<Dense>(10), {"conv"});
    const GraphReport r = g.compile();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(hasMessage(r, "fc1", "Dense 'fc1' expects a flat input but gets 16x28x28: insert a Flatten"))
        << r.summary();
    EXPECT_TRUE(r.nodes[1].known);
    EXPECT_FALSE(r.nodes[2].known);
}

TEST(Graph, ReportsDanglingEdgesCyclesAndArity)
{
    Graph dangling;
    dangling.addInput("x", {4});
    dangling.addNode("fc", std::make_unique<Dense>(2), {"nowhere"});
    EXPECT_TRUE(hasMessage(dangling.compile(), "fc", "there is no node with that id"));

    Graph cycle;
    cycle.addInput("x", {4});
    cycle.addNode("a", std::make_unique<Add>(), {"x", "b"});
    cycle.addNode("b", std::make_unique<Activation>(ActivationKind::ReLU), {"a"});
    cycle.addNode("c", std::make_unique<Dense>(2), {"b"});
    const GraphReport rc = cycle.compile();
    EXPECT_TRUE(hasMessage(rc, "a", "cycle")) << rc.summary();
    EXPECT_TRUE(hasMessage(rc, "b", "cycle")) << rc.summary();

    Graph arity;
    arity.addInput("x", {4});
    arity.addNode("sum", std::make_unique<Add>(), {"x"});
    EXPECT_TRUE(hasMessage(arity.compile(), "sum", "needs at least 2 inputs but has 1"));

    Graph loose;
    loose.addInput("x", {4});
    loose.addNode("a", std::make_unique<Dense>(2), {"x"});
    loose.addNode("b", std::make_unique<Dense>(2), {"x"});
    EXPECT_TRUE(hasMessage(loose.compile(), "", "2 loose ends"));

    Graph empty;
    EXPECT_TRUE(hasMessage(empty.compile(), "", "no input"));
}

// Problems leave the graph as data (a code and its arguments) beside the English
// sentence, so the window words them in the user's language without parsing.
TEST(Graph, ProblemsAreReportedAsCodesWithTheirArguments)
{
    Graph arity;
    arity.addInput("x", { 4 });
    arity.addNode("sum", std::make_unique<Add>(), { "x" });
    const GraphReport ra = arity.compile();
    ASSERT_EQ(ra.errors.size(), 1u) << ra.summary();
    EXPECT_EQ(ra.errors[0].problem, GraphProblem::TooFewInputs);
    EXPECT_EQ(ra.errors[0].args, (std::vector<std::string> { "Add 'sum'", "2", "1" }));
    EXPECT_EQ(ra.errors[0].text, describeGraphProblem(GraphProblem::TooFewInputs, ra.errors[0].args));

    Graph loose;
    loose.addInput("x", { 4 });
    loose.addNode("a", std::make_unique<Dense>(2), { "x" });
    loose.addNode("b", std::make_unique<Dense>(2), { "x" });
    const GraphReport rl = loose.compile();
    ASSERT_EQ(rl.errors.size(), 1u);
    EXPECT_EQ(rl.errors[0].problem, GraphProblem::LooseEnds);
    EXPECT_EQ(rl.errors[0].args, (std::vector<std::string> { "2", "'a', 'b'" }));

    Graph flat;
    flat.addInput("x", { 1, 4, 4 });
    flat.addNode("fc", std::make_unique<Dense>(2), { "x" });
    const GraphReport rf = flat.compile();
    ASSERT_EQ(rf.errors.size(), 1u);
    EXPECT_EQ(rf.errors[0].problem, GraphProblem::LayerRejected);
    EXPECT_EQ(rf.errors[0].args.at(0), "Dense 'fc'");
    EXPECT_EQ(rf.errors[0].text, "Dense 'fc' " + rf.errors[0].args.at(1));

    EXPECT_EQ(describeGraphProblem(GraphProblem::TooFewInputs, { "Dense 'fc'", "1", "0" }),
        "Dense 'fc' needs 1 input but has 0: connect something to it");
    EXPECT_EQ(describeGraphProblem(GraphProblem::TooManyInputs, { "Dense 'fc'", "1", "2" }),
        "Dense 'fc' takes at most 1 input but has 2: use an Add or Concat to merge branches");
    EXPECT_EQ(describeGraphProblem(GraphProblem::UnknownOutput, { "out" }),
        "the output is set to 'out', but there is no node with that id");
}

// 65536 x 65536 weights would be 16 GiB: the second layer is refused before it
// allocates anything (a project file can ask for it; the editor's limits allow it).
TEST(Graph, ANetworkTooBigToHoldIsRefusedBeforeAllocating)
{
    Graph g;
    g.addInput("x", {2});
    auto wide = std::make_unique<Dense>(65536);
    g.addNode("wide", std::move(wide), {"x"});
    auto huge = std::make_unique<Dense>(65536);
    Dense* hugeLayer = huge.get();
    g.addNode("huge", std::move(huge), {"wide"});
    const GraphReport r = g.compile();
    ASSERT_EQ(r.errors.size(), 1u) << r.summary();
    EXPECT_EQ(r.errors[0].nodeId, "huge");
    EXPECT_EQ(r.errors[0].problem, GraphProblem::TooManyParameters);
    const std::string total = std::to_string(3ull * 65536 + 65536ull * 65536 + 65536);
    EXPECT_EQ(r.errors[0].args, (std::vector<std::string>{"Dense 'huge'", total, "50000000"}));
    EXPECT_TRUE(hasMessage(r, "huge", "would bring the network to " + total + " parameters")) << r.summary();
    EXPECT_EQ(hugeLayer->weight().value.size(), 0u); // never built
    EXPECT_EQ(r.totalParameters, 3u * 65536);
}

TEST(Graph, ANetworkAtTheParameterLimitCompiles)
{
    Graph g;
    g.addInput("x", {4999});
    g.addNode("fc", std::make_unique<Dense>(10000), {"x"}); // 4999 * 10000 + 10000 = 50,000,000
    const GraphReport r = g.compile();
    EXPECT_TRUE(r.ok()) << r.summary();
    EXPECT_EQ(r.totalParameters, Graph::kMaxParameterValues);
}

TEST(Graph, DuplicateIdsAreRefused)
{
    Graph g;
    g.addInput("x", {4});
    EXPECT_THROW(g.addNode("x", std::make_unique<Dense>(2), {"x"}), EngineError);
}

TEST(Graph, ResidualGradientsMatchNumeric)
{
    Graph g = residualGraph();
    g.setInputGradientsRequired(true);
    ASSERT_TRUE(g.compile().ok());
    g.initialize(3);
    ThreadPool pool(2);
    ExecutionContext ctx{&pool, true, 1};
    Tensor x = test::randomTensor({4, 5}, 11);
    const Tensor r = test::randomTensor({4, 3}, 12);
    auto objective = [&] {
        const Tensor& y = g.forward(x, ctx);
        double s = 0;
        for (std::size_t i = 0; i < y.size(); ++i)
            s += static_cast<double>(y[i]) * r[i];
        return s;
    };
    objective();
    g.backward(r, ctx);
    std::vector<std::pair<float*, Tensor>> checks;
    for (auto& np : g.namedParameters(true))
        checks.emplace_back(np.param->value.data(), np.param->grad);
    checks.emplace_back(x.data(), g.inputGradient());
    const float eps = 1e-2f;
    for (auto& [values, analytic] : checks)
        for (std::size_t i = 0; i < analytic.size(); i += 3) {
            const float saved = values[i];
            values[i] = saved + eps;
            const double plus = objective();
            values[i] = saved - eps;
            const double minus = objective();
            values[i] = saved;
            const double numeric = (plus - minus) / (2 * eps);
            EXPECT_NEAR(analytic[i], numeric, 2e-3 * std::max(1.0, std::abs(numeric)));
        }
}

TEST(Graph, FrozenNodesAreLeftOutOfTraining)
{
    Graph g = residualGraph();
    g.setTrainable("fc1", false);
    ASSERT_TRUE(g.compile().ok());
    for (const auto& np : g.namedParameters(true))
        EXPECT_NE(np.name.rfind("fc1.", 0), 0u) << np.name;
    EXPECT_EQ(g.namedParameters().size(), 6u);
    EXPECT_EQ(g.namedParameters(true).size(), 4u);
    EXPECT_EQ(g.namedParameters()[0].name, "fc1.weight");
}

TEST(Graph, ForwardRejectsWrongInputShape)
{
    Graph g = residualGraph();
    ASSERT_TRUE(g.compile().ok());
    g.initialize(1);
    ThreadPool pool(1);
    ExecutionContext ctx{&pool, false, 0};
    Tensor wrong({2, 7});
    try {
        g.forward(wrong, ctx);
        FAIL();
    } catch (const EngineError& e) {
        EXPECT_NE(std::string(e.what()).find("expects samples of 5, got 7"), std::string::npos) << e.what();
    }
}

TEST(Graph, InitialisationIsSeeded)
{
    Graph a = residualGraph(), b = residualGraph(), c = residualGraph();
    for (Graph* g : {&a, &b, &c})
        ASSERT_TRUE(g->compile().ok());
    a.initialize(5);
    b.initialize(5);
    c.initialize(6);
    const auto pa = a.namedParameters(), pb = b.namedParameters(), pc = c.namedParameters();
    EXPECT_TRUE((pa[0].param->value.array() == pb[0].param->value.array()).all());
    EXPECT_FALSE((pa[0].param->value.array() == pc[0].param->value.array()).all());
}
