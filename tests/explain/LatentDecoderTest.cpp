// The decoder half of an autoencoder run on its own: the bottleneck is found on the
// chain, and decoding the codes the encoder produced gives what the whole network
// gives; graphs that are not one chain after the bottleneck are refused.
#include "engine/EngineError.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Add.h"
#include "engine/layers/Dense.h"
#include "explain/LatentDecoder.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

Graph autoencoder()
{
    Graph g;
    g.addInput("input", { 6 });
    g.addNode("enc", std::make_unique<Dense>(4), { "input" });
    g.addNode("code", std::make_unique<Dense>(2), { "enc" });
    g.addNode("squash", std::make_unique<Activation>(ActivationKind::Tanh), { "code" });
    g.addNode("dec", std::make_unique<Dense>(4), { "squash" });
    g.addNode("relu", std::make_unique<Activation>(ActivationKind::ReLU), { "dec" });
    g.addNode("out", std::make_unique<Dense>(6), { "relu" });
    g.setOutput("out");
    g.compile();
    g.initialize(3);
    return g;
}

} // namespace

TEST(LatentDecoder, FindsTheLastOfTheNarrowestNodes)
{
    Graph g = autoencoder();
    const auto b = findBottleneck(g);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->id, "squash");
    EXPECT_EQ(b->shape, (Shape { 2 }));
}

TEST(LatentDecoder, DecodingTheEncodersCodesGivesTheNetworksOutput)
{
    Graph g = autoencoder();
    ThreadPool pool(1);
    ExecutionContext ctx { .pool = &pool, .training = false };
    const Tensor x = test::randomTensor({ 5, 6 }, 11);
    const Tensor whole = g.forward(x, ctx);
    const Tensor codes = g.nodeOutput("squash");
    LatentDecoder decoder(g, "squash");
    EXPECT_EQ(decoder.codeShape(), (Shape { 2 }));
    const Tensor decoded = decoder.decode(codes, pool);
    ASSERT_EQ(decoded.shape(), whole.shape());
    for (std::size_t i = 0; i < whole.size(); ++i)
        EXPECT_FLOAT_EQ(decoded[i], whole[i]) << i;
    EXPECT_THROW(decoder.decode(test::randomTensor({ 1, 3 }, 1), pool), EngineError);
}

TEST(LatentDecoder, RefusesGraphsThatAreNotOneChain)
{
    Graph g;
    g.addInput("input", { 4 });
    g.addNode("a", std::make_unique<Dense>(2), { "input" });
    g.addNode("b", std::make_unique<Dense>(2), { "input" });
    g.addNode("sum", std::make_unique<Add>(), { "a", "b" });
    g.addNode("out", std::make_unique<Dense>(4), { "sum" });
    g.setOutput("out");
    g.compile();
    EXPECT_FALSE(findBottleneck(g));
    EXPECT_THROW(LatentDecoder(g, "a"), EngineError);
    EXPECT_NO_THROW(LatentDecoder(g, "sum"));
}

// A wide (overcomplete, e.g. denoising) autoencoder has no bottleneck: the layer
// that shapes its output is as wide as the output, not a code.
TEST(LatentDecoder, NoNodeNarrowerThanBothEndsMeansNoBottleneck)
{
    Graph g;
    g.addInput("input", { 6 });
    g.addNode("wide", std::make_unique<Dense>(12), { "input" });
    g.addNode("shape", std::make_unique<Dense>(6), { "wide" });
    g.addNode("out", std::make_unique<Dense>(6), { "shape" });
    g.setOutput("out");
    g.compile();
    EXPECT_FALSE(findBottleneck(g));
}
