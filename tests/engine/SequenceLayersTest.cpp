// The sequence layers beyond what every registered layer is checked for
// (tests/model/RegisteredLayersTest.cpp runs their PyTorch oracles, gradient
// checks and thread-count checks): the attention weights kept for the attention
// views, errors that name the bad token, the recurrent state views, a small
// sequence classifier and tagger that learn, and per-position accuracy.
#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Embedding.h"
#include "engine/layers/LSTM.h"
#include "engine/layers/MultiHeadAttention.h"
#include "engine/layers/SequencePool.h"
#include "engine/optim/Adam.h"
#include "support/GradientCheck.h"
#include "support/OracleFixture.h"

#include <gtest/gtest.h>

#include <memory>

using namespace nw;
using nw::test::OracleFixture;

namespace {

TEST(SequenceLayers, AttentionKeepsTorchsPerHeadWeights)
{
    for (const bool causal : { false, true }) {
        const OracleFixture f = OracleFixture::load(causal ? "oracle/attention_causal.txt" : "oracle/attention.txt");
        MultiHeadAttention attention(2, causal, 0.0f);
        const Tensor& x = f.tensor("input");
        attention.build({ { x.dim(1), x.dim(2) } });
        for (Parameter* p : attention.parameters())
            p->value.copyFrom(f.tensor("param." + p->name));
        ThreadPool pool(2);
        ExecutionContext ctx { &pool, false, 0 };
        Tensor out;
        const Tensor* inputs[] = { &x };
        attention.forward(inputs, out, ctx);
        ASSERT_EQ(attention.attentionWeights().shape(), (Shape { 2, 2, 5, 5 }));
        test::expectTensorNear(attention.attentionWeights(), f.tensor("attention"), 1e-4f, 1e-6f, "attention weights");
        if (causal) { // step 0 sees only itself
            EXPECT_FLOAT_EQ(attention.attentionWeights()[0], 1.0f);
        }
    }
}

TEST(SequenceLayers, AnEmbeddingNamesTheTokenThatIsNotInItsVocabulary)
{
    Embedding embedding(5, 3);
    embedding.build({ { 4 } });
    Rng rng(1);
    embedding.initialize(rng);
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, true, 6 };
    const Tensor ids({ 2, 4 }, { 0, 1, 2, 3, 4, 4, 7, 0 });
    Tensor out;
    const Tensor* inputs[] = { &ids };
    try {
        embedding.forward(inputs, out, ctx);
        FAIL() << "token 7 of a 5-token vocabulary";
    } catch (const EngineError& e) {
        const std::string text = e.what();
        EXPECT_NE(text.find("token id 7"), std::string::npos) << text;
        EXPECT_NE(text.find("sample 1, position 2"), std::string::npos) << text;
        EXPECT_NE(text.find("batch 7"), std::string::npos) << text;
        EXPECT_NE(text.find("0 to 4"), std::string::npos) << text;
    }
}

TEST(SequenceLayers, RecurrentLayersShowTheirStatesAndGates)
{
    LSTM lstm(3, false, true);
    lstm.build({ { 4, 2 } });
    Rng rng(2);
    lstm.initialize(rng);
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, false, 0 };
    const Tensor x = test::randomTensor({ 2, 4, 2 }, 5);
    Tensor out;
    const Tensor* inputs[] = { &x };
    lstm.forward(inputs, out, ctx);
    ASSERT_EQ(out.shape(), (Shape { 2, 6 }));
    const Tensor states = lstm.hiddenStates();
    ASSERT_EQ(states.shape(), (Shape { 2, 4, 6 }));
    // output[:, -1]: the forward state after the last step, the backward state at the last step.
    for (int n = 0; n < 2; ++n)
        for (int j = 0; j < 6; ++j)
            EXPECT_EQ(out[static_cast<std::size_t>(n * 6 + j)], states[static_cast<std::size_t>((n * 4 + 3) * 6 + j)]);
    EXPECT_EQ(lstm.gateActivations().shape(), (Shape { 2, 4, 24 }));
    EXPECT_EQ(lstm.gateNames(), (std::vector<std::string> { "i", "f", "g", "o" }));
}

// Which of tokens 1 and 2 occurs more often in a sequence of 6: an Embedding, an
// LSTM and a Dense learn it (and the gradients flow through time to do so).
TEST(SequenceLayers, AnLstmLearnsToCountTokens)
{
    Graph g;
    g.addInput("ids", { 6 });
    g.addNode("embed", std::make_unique<Embedding>(3, 8), { "ids" });
    g.addNode("lstm", std::make_unique<LSTM>(16, false, false), { "embed" });
    g.addNode("out", std::make_unique<Dense>(2), { "lstm" });
    ASSERT_TRUE(g.compile().ok());
    g.initialize(3);
    Rng rng(9);
    auto batchOf = [&](int n, Tensor& x, Tensor& y) {
        x.resize({ n, 6 });
        y.resize({ n });
        for (int i = 0; i < n; ++i) {
            int ones = 0;
            for (int t = 0; t < 6; ++t) {
                const float token = rng.uniform() < 0.5f ? 1.0f : 2.0f;
                x[static_cast<std::size_t>(i * 6 + t)] = token;
                ones += token == 1.0f;
            }
            if (ones == 3) // no ties: the last token breaks them
                x[static_cast<std::size_t>(i * 6 + 5)] = 1.0f, ++ones;
            y[static_cast<std::size_t>(i)] = ones > 3 ? 0.0f : 1.0f;
        }
    };
    ThreadPool pool(2);
    ExecutionContext ctx { &pool, true, 0 };
    Adam adam;
    SoftmaxCrossEntropy loss;
    auto params = g.namedParameters(true);
    Tensor x, y, grad;
    for (int step = 0; step < 300; ++step) {
        batchOf(32, x, y);
        ctx.step = static_cast<std::uint64_t>(step);
        const Tensor& out = g.forward(x, ctx);
        loss.compute(out, y, grad);
        g.backward(grad, ctx);
        adam.step(params, 0.01f, pool);
    }
    batchOf(500, x, y);
    ctx.training = false;
    std::size_t correct = 0, total = 0;
    loss.countCorrect(g.forward(x, ctx), y, correct, total);
    EXPECT_GT(static_cast<double>(correct) / static_cast<double>(total), 0.9);
}

TEST(SequenceLayers, PerPositionAccuracyCountsEveryPosition)
{
    SoftmaxCrossEntropy loss;
    // Two samples of three positions, two classes; five of six positions right.
    const Tensor scores({ 2, 3, 2 }, { 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0 });
    const Tensor labels({ 2, 3 }, { 0, 1, 0, 1, 1, 1 });
    std::size_t correct = 0, total = 0;
    ASSERT_TRUE(loss.countCorrect(scores, labels, correct, total));
    EXPECT_EQ(total, 6u);
    EXPECT_EQ(correct, 5u);
}

} // namespace
