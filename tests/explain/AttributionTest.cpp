// Attribution methods on networks whose answers are known in closed form (a
// linear classifier: gradient = W[target], IG = SHAP = W[target] * (x - baseline)),
// and the properties every method promises: IG completeness, SHAP summing to the
// score change and equalling brute-force Shapley values, determinism for a seed,
// independence from the thread count, and clear errors.
#include "ExplainTestNetworks.h"

#include "engine/ExecutionContext.h"
#include "engine/ThreadPool.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Embedding.h"
#include "engine/layers/MultiHeadAttention.h"
#include "engine/layers/SequencePool.h"
#include "explain/AttentionMaps.h"
#include "explain/ExplainModel.h"
#include "explain/Explainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace nw::test {

namespace {

const std::vector<float> kWeight{ 0.5f, -1.0f, 2.0f, 0.25f, -0.75f, 1.5f, 0.0f, 1.0f };
const std::vector<float> kBias{ 0.1f, -0.2f };
const Tensor kSample({ 4 }, { 1.0f, 2.0f, -0.5f, 3.0f });

float linearScore(int target, const Tensor& x)
{
    float s = kBias[static_cast<std::size_t>(target)];
    for (int i = 0; i < 4; ++i)
        s += kWeight[static_cast<std::size_t>(target * 4 + i)] * x[static_cast<std::size_t>(i)];
    return s;
}

Explanation explainLinear(ExplainOptions options, const ExplainContext& context = {})
{
    Graph g = linearClassifier(kWeight, kBias, 4);
    ThreadPool pool(1);
    ExplainModel model(g, pool);
    return explain(model, kSample, options, context);
}

TEST(Attribution, GradientOfALinearModelIsTheTargetsWeightRow)
{
    const Explanation e = explainLinear({ .method = ExplainMethod::Gradient, .target = 1 });
    ASSERT_EQ(e.map.shape(), (Shape{ 4 }));
    for (int i = 0; i < 4; ++i)
        EXPECT_FLOAT_EQ(e.map[static_cast<std::size_t>(i)], kWeight[static_cast<std::size_t>(4 + i)]);
    EXPECT_EQ(e.target, 1);
    EXPECT_FLOAT_EQ(e.score, linearScore(1, kSample));
}

TEST(Attribution, TheTargetDefaultsToThePredictedClass)
{
    const Explanation e = explainLinear({ .method = ExplainMethod::Gradient });
    const int predicted = linearScore(1, kSample) > linearScore(0, kSample) ? 1 : 0;
    EXPECT_EQ(e.target, predicted);
    EXPECT_EQ(e.predicted, predicted);
    ASSERT_EQ(e.probabilities.size(), 2u);
    EXPECT_NEAR(e.probabilities[0] + e.probabilities[1], 1.0f, 1e-6f);
}

TEST(Attribution, GradientTimesInputMultipliesByTheSample)
{
    const Explanation e = explainLinear({ .method = ExplainMethod::GradientXInput, .target = 0 });
    for (int i = 0; i < 4; ++i)
        EXPECT_FLOAT_EQ(e.map[static_cast<std::size_t>(i)], kWeight[static_cast<std::size_t>(i)] * kSample[static_cast<std::size_t>(i)]);
}

TEST(Attribution, IntegratedGradientsOfALinearModelAreExactForAnyBaseline)
{
    ExplainContext context;
    context.trainingMean = Tensor({ 4 }, { 0.5f, 0.5f, 0.5f, 0.5f });
    for (ExplainBaseline baseline : { ExplainBaseline::Zeros, ExplainBaseline::Mean }) {
        const Explanation e
            = explainLinear({ .method = ExplainMethod::IntegratedGradients, .target = 1, .steps = 3, .baseline = baseline }, context);
        const Tensor base = baseline == ExplainBaseline::Zeros ? Tensor({ 4 }) : context.trainingMean;
        for (int i = 0; i < 4; ++i) {
            const auto k = static_cast<std::size_t>(i);
            EXPECT_NEAR(e.map[k], kWeight[4 + k] * (kSample[k] - base[k]), 1e-6f);
        }
        EXPECT_NEAR(*e.baselineScore, linearScore(1, base), 1e-6f);
        EXPECT_LT(*e.completenessGap, 1e-5f);
    }
}

TEST(Attribution, IntegratedGradientsAreCompleteOnANonLinearNetwork)
{
    Graph g = smallMlp(6, 16, 3, 42);
    ThreadPool pool(2);
    ExplainModel model(g, pool);
    const Tensor x({ 6 }, { 0.3f, -1.2f, 0.8f, 2.0f, -0.4f, 1.1f });
    const Explanation e = explain(model, x, { .method = ExplainMethod::IntegratedGradients, .target = 2, .steps = 200 });
    const float sum = std::accumulate(e.map.data(), e.map.data() + e.map.size(), 0.0f);
    const float change = e.score - *e.baselineScore;
    EXPECT_NEAR(*e.completenessGap, std::abs(sum - change), 1e-5f);
    // Within 1e-3 of the score change, relative.
    EXPECT_LT(*e.completenessGap, 1e-3f * std::max(1.0f, std::abs(change)));
    // Too few steps leave a visible gap: the number is reported, not hidden.
    const Explanation coarse = explain(model, x, { .method = ExplainMethod::IntegratedGradients, .target = 2, .steps = 1 });
    EXPECT_GT(*coarse.completenessGap, *e.completenessGap);
}

// Shapley values by their definition: the mean marginal contribution over all orders.
std::vector<double> bruteForceShapley(ExplainModel& model, const Tensor& x, const Tensor& base, int target)
{
    const int m = static_cast<int>(x.size());
    std::vector<double> phi(static_cast<std::size_t>(m), 0.0);
    auto score = [&](unsigned mask) {
        Tensor z({ 1, m });
        for (int i = 0; i < m; ++i)
            z[static_cast<std::size_t>(i)] = (mask >> i) & 1u ? x[static_cast<std::size_t>(i)] : base[static_cast<std::size_t>(i)];
        return static_cast<double>(model.targetScores(z, target)[0]);
    };
    std::vector<int> order(static_cast<std::size_t>(m));
    std::iota(order.begin(), order.end(), 0);
    int orders = 0;
    do {
        unsigned mask = 0;
        for (int f : order) {
            const double before = score(mask);
            mask |= 1u << f;
            phi[static_cast<std::size_t>(f)] += score(mask) - before;
        }
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    for (double& v : phi)
        v /= orders;
    return phi;
}

TEST(Attribution, KernelShapEnumeratesAndEqualsTheShapleyValues)
{
    Graph g = smallMlp(5, 12, 3, 7);
    ThreadPool pool(2);
    ExplainModel model(g, pool);
    const Tensor x({ 5 }, { 1.5f, -0.7f, 0.2f, 2.2f, -1.9f });
    ExplainContext context;
    context.featureNames = { "a", "b", "c", "d", "e" };
    const Explanation e = explain(model, x, { .method = ExplainMethod::KernelShap, .target = 0 }, context);
    EXPECT_TRUE(e.exact);
    const std::vector<double> expected = bruteForceShapley(model, x, Tensor({ 5 }), 0);
    ASSERT_EQ(e.featureValues.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_NEAR(e.featureValues[i], expected[i], 1e-4);
    EXPECT_EQ(e.featureNames, context.featureNames);
    const float sum = std::accumulate(e.featureValues.begin(), e.featureValues.end(), 0.0f);
    EXPECT_NEAR(sum, e.score - *e.baselineScore, 1e-4f);
}

TEST(Attribution, SampledKernelShapStillSumsToTheScoreChange)
{
    Graph g = smallMlp(20, 12, 2, 9);
    ThreadPool pool(2);
    ExplainModel model(g, pool);
    Tensor x({ 20 });
    for (std::size_t i = 0; i < 20; ++i)
        x[i] = std::sin(static_cast<float>(i));
    const Explanation e = explain(model, x, { .method = ExplainMethod::KernelShap, .target = 1, .samples = 400, .seed = 3 });
    EXPECT_FALSE(e.exact);
    const float sum = std::accumulate(e.featureValues.begin(), e.featureValues.end(), 0.0f);
    EXPECT_NEAR(sum, e.score - *e.baselineScore, 1e-4f);
    const Explanation again = explain(model, x, { .method = ExplainMethod::KernelShap, .target = 1, .samples = 400, .seed = 3 });
    EXPECT_EQ(again.featureValues, e.featureValues);
}

TEST(Attribution, KernelShapOfALinearModelIsWeightTimesDifference)
{
    const Explanation e = explainLinear({ .method = ExplainMethod::KernelShap, .target = 0 });
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(e.featureValues[i], kWeight[i] * kSample[i], 1e-5f);
    EXPECT_EQ(e.map.shape(), (Shape{ 4 }));
}

TEST(Attribution, LimeFitsALinearModelsWeightsWithBackgroundRows)
{
    // Switched-off features take a training row's value; a linear model's score
    // then moves by w_i (x_i - row_i), so the fitted slopes follow w_i x_i when
    // the rows are zero.
    ExplainContext context;
    context.trainingSamples = Tensor({ 3, 4 });
    context.featureNames = { "sepal length", "sepal width", "petal length", "petal width" };
    const Explanation e = explainLinear({ .method = ExplainMethod::Lime, .target = 0, .samples = 2000, .seed = 5 }, context);
    ASSERT_EQ(e.featureValues.size(), 4u);
    EXPECT_EQ(e.featureNames[2], "petal length");
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(e.featureValues[i], kWeight[i] * kSample[i], 0.05f + 0.05f * std::abs(kWeight[i] * kSample[i])) << i;
    EXPECT_GT(*e.localFit, 0.95f);
}

TEST(Attribution, SmoothGradIsSeededAndWithoutNoiseIsTheGradient)
{
    Graph g = smallMlp(6, 16, 3, 42);
    ThreadPool pool(2);
    ExplainModel model(g, pool);
    const Tensor x({ 6 }, { 0.3f, -1.2f, 0.8f, 2.0f, -0.4f, 1.1f });
    const Explanation plain = explain(model, x, { .method = ExplainMethod::Gradient, .target = 0 });
    const Explanation quiet = explain(model, x, { .method = ExplainMethod::SmoothGrad, .target = 0, .noise = 0.0f });
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_NEAR(quiet.map[i], plain.map[i], 1e-6f);
    const ExplainOptions noisy{ .method = ExplainMethod::SmoothGrad, .target = 0, .samples = 30, .noise = 0.2f, .seed = 11 };
    const Explanation a = explain(model, x, noisy);
    const Explanation b = explain(model, x, noisy);
    EXPECT_EQ(std::vector<float>(a.map.data(), a.map.data() + 6), std::vector<float>(b.map.data(), b.map.data() + 6));
    ExplainOptions other = noisy;
    other.seed = 12;
    const Explanation c = explain(model, x, other);
    EXPECT_NE(std::vector<float>(a.map.data(), a.map.data() + 6), std::vector<float>(c.map.data(), c.map.data() + 6));
}

TEST(Attribution, MapsDoNotDependOnTheThreadCount)
{
    Graph g = explainCnn(5);
    Tensor x({ 1, 10, 10 });
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<float>((i * 37) % 11) / 10.0f;
    for (ExplainMethod method : { ExplainMethod::Gradient, ExplainMethod::IntegratedGradients, ExplainMethod::Occlusion,
             ExplainMethod::KernelShap }) {
        ThreadPool one(1);
        ThreadPool two(2);
        Explanation a;
        Explanation b;
        {
            ExplainModel model(g, one, 7);
            a = explain(model, x, { .method = method, .target = 2, .window = 3, .samples = 60 });
        }
        {
            ExplainModel model(g, two, 7);
            b = explain(model, x, { .method = method, .target = 2, .window = 3, .samples = 60 });
        }
        ASSERT_EQ(a.map.shape(), b.map.shape());
        for (std::size_t i = 0; i < a.map.size(); ++i)
            ASSERT_EQ(a.map[i], b.map[i]) << explainMethodName(method) << " at " << i;
    }
}

TEST(Attribution, ExplainingLeavesParameterGradientsAndTheGraphsSettingAlone)
{
    Graph g = explainCnn(3);
    for (const auto& p : g.namedParameters())
        p.param->grad.fill(0.125f);
    ThreadPool pool(2);
    {
        ExplainModel model(g, pool);
        EXPECT_TRUE(g.inputGradientsRequired());
        explain(model, Tensor({ 1, 10, 10 }, 0.5f), { .method = ExplainMethod::Gradient });
    }
    EXPECT_FALSE(g.inputGradientsRequired());
    for (const auto& p : g.namedParameters())
        for (std::size_t i = 0; i < p.param->grad.size(); ++i)
            ASSERT_EQ(p.param->grad[i], 0.125f) << p.name;
}

TEST(Attribution, BlurBaselineSmoothsTheImage)
{
    Graph g = explainCnn(3);
    ThreadPool pool(1);
    ExplainModel model(g, pool);
    Tensor x({ 1, 10, 10 });
    x[55] = 1.0f; // one bright pixel: blurred away almost entirely
    const Explanation e = explain(model, x, { .method = ExplainMethod::IntegratedGradients, .target = 0, .steps = 512,
                                                .baseline = ExplainBaseline::Blur });
    const float change = e.score - *e.baselineScore;
    EXPECT_NE(change, 0.0f);
    // ReLU kinks along the path: the trapezoid converges more slowly than on a smooth network.
    EXPECT_LT(*e.completenessGap, 1e-3f * std::max(1.0f, std::abs(change))) << "change " << change;
}

TEST(Attribution, ProjectionFindsTheDirectionOfMostVariance)
{
    // Points along (1, 2, 0) with a little spread along (0, 0, 1): the first axis
    // carries almost all the variance.
    Graph g;
    g.addInput("x", { 3 });
    g.addNode("id", std::make_unique<Activation>(ActivationKind::LeakyReLU, 1.0f), { "x" });
    ASSERT_TRUE(g.compile().ok());
    Tensor samples({ 50, 3 });
    for (int i = 0; i < 50; ++i) {
        const float t = static_cast<float>(i) - 25.0f;
        samples[static_cast<std::size_t>(i * 3)] = t;
        samples[static_cast<std::size_t>(i * 3 + 1)] = 2 * t;
        samples[static_cast<std::size_t>(i * 3 + 2)] = (i % 2) ? 0.5f : -0.5f;
    }
    ThreadPool pool(1);
    ExplainModel model(g, pool);
    const Explanation e = explainProjection(model, samples, "id");
    ASSERT_EQ(e.map.shape(), (Shape{ 50, 2 }));
    EXPECT_GT(e.explainedVariance[0], 0.99f);
    EXPECT_NEAR(e.explainedVariance[0] + e.explainedVariance[1], 1.0f, 1e-5f);
    // The first coordinate is the position along the line (up to scale).
    EXPECT_NEAR(std::abs(e.map[2] - e.map[0]), std::sqrt(5.0f), 1e-3f);
}

TEST(Attribution, ActivationsAreTheNodesOutputForTheSample)
{
    Graph g = explainCnn(3);
    ThreadPool pool(1);
    ExplainModel model(g, pool);
    const Explanation e = explain(model, Tensor({ 1, 10, 10 }, 0.3f), { .method = ExplainMethod::Activations, .node = "relu1" });
    EXPECT_EQ(e.map.shape(), (Shape{ 4, 10, 10 }));
    EXPECT_FALSE(e.signedMap);
}

TEST(Attribution, MethodsThatCannotApplySayWhy)
{
    Graph cnn = explainCnn(3);
    ThreadPool pool(1);
    ExplainModel model(cnn, pool);
    const Tensor image({ 1, 10, 10 }, 0.5f);
    auto message = [&](ExplainOptions options, const Tensor& x) {
        try {
            explain(model, x, options);
        } catch (const ExplainError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(message({ .method = ExplainMethod::GradCam, .node = "flat" }, image).find("channels x height x width"), std::string::npos);
    EXPECT_NE(message({ .method = ExplainMethod::GradCam, .node = "nope" }, image).find("no node named 'nope'"), std::string::npos);
    EXPECT_NE(message({ .method = ExplainMethod::GradCam }, image).find("needs a node"), std::string::npos);
    EXPECT_NE(message({ .method = ExplainMethod::Gradient, .target = 3 }, image).find("target class 3 does not exist"), std::string::npos);
    EXPECT_NE(message({ .method = ExplainMethod::IntegratedGradients, .baseline = ExplainBaseline::Mean }, image).find("mean"), std::string::npos);
    EXPECT_NE(message({ .method = ExplainMethod::Occlusion, .window = 11 }, image).find("window"), std::string::npos);
    EXPECT_NE(message({ .method = ExplainMethod::Gradient }, Tensor({ 1, 8, 8 })).find("expects samples of"), std::string::npos);
    Tensor bad = image;
    bad[3] = std::nanf("");
    EXPECT_NE(message({ .method = ExplainMethod::Gradient }, bad).find("NaN"), std::string::npos);

    Graph mlp = smallMlp(4, 4, 2, 1);
    ExplainModel flat(mlp, pool);
    try {
        explain(flat, Tensor({ 4 }), { .method = ExplainMethod::Occlusion });
        FAIL() << "occlusion on a table";
    } catch (const ExplainError& e) {
        EXPECT_NE(std::string(e.what()).find("image input"), std::string::npos);
    }
}

// Token ids [6] -> Embedding -> two attention layers -> mean pool -> Dense(2).
Graph tinyTransformer()
{
    Graph g;
    g.addInput("ids", { 6 });
    g.addNode("embed", std::make_unique<Embedding>(10, 8), { "ids" });
    g.addNode("attn1", std::make_unique<MultiHeadAttention>(2, false, 0.0f), { "embed" });
    g.addNode("attn2", std::make_unique<MultiHeadAttention>(4, true, 0.0f), { "attn1" });
    g.addNode("pool", std::make_unique<SequencePool>(SequencePoolMode::Mean), { "attn2" });
    g.addNode("out", std::make_unique<Dense>(2), { "pool" });
    EXPECT_TRUE(g.compile().ok());
    g.initialize(4);
    return g;
}

TEST(Attribution, AttentionGivesEveryHeadsWeightsForTheSample)
{
    Graph g = tinyTransformer();
    ThreadPool pool(2);
    ExplainModel model(g, pool);
    const Tensor ids({ 6 }, { 1, 4, 4, 9, 0, 2 });
    EXPECT_EQ(attentionNodes(model), (std::vector<std::string> { "attn1", "attn2" }));
    const Explanation e = explain(model, ids, { .method = ExplainMethod::Attention, .node = "attn2" });
    ASSERT_EQ(e.map.shape(), (Shape { 4, 6, 6 }));
    EXPECT_FALSE(e.signedMap);
    for (int h = 0; h < 4; ++h)
        for (int i = 0; i < 6; ++i) {
            float sum = 0.0f;
            for (int j = 0; j < 6; ++j) {
                const float w = e.map[static_cast<std::size_t>((h * 6 + i) * 6 + j)];
                sum += w;
                if (j > i) { // causal: no step looks ahead
                    EXPECT_EQ(w, 0.0f);
                }
            }
            EXPECT_NEAR(sum, 1.0f, 1e-5f);
        }
    try {
        explain(model, ids, { .method = ExplainMethod::Attention, .node = "pool" });
        FAIL() << "pool is not an attention node";
    } catch (const ExplainError& error) {
        EXPECT_NE(std::string(error.what()).find("not a MultiHeadAttention"), std::string::npos);
    }
}

TEST(Attribution, RolloutMixesEachLayerWithTheResidualAndMultipliesThem)
{
    // One layer: (0.5 mean_heads(A) + 0.5 I), rows renormalised (they already sum to 1).
    const Tensor a({ 2, 2, 2 }, { 1, 0, 0.5f, 0.5f, 0, 1, 0.5f, 0.5f });
    const Tensor one = attentionRollout({ a });
    const std::vector<float> expected { 0.75f, 0.25f, 0.25f, 0.75f };
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(one[i], expected[i], 1e-6f);
    // Two layers multiply, later layer on the left.
    const Tensor two = attentionRollout({ a, a });
    EXPECT_NEAR(two[0], 0.75f * 0.75f + 0.25f * 0.25f, 1e-6f);
    EXPECT_NEAR(two[1], 0.75f * 0.25f + 0.25f * 0.75f, 1e-6f);

    Graph g = tinyTransformer();
    ThreadPool pool(1);
    ExplainModel model(g, pool);
    const Explanation e = explain(model, Tensor({ 6 }, { 1, 4, 4, 9, 0, 2 }), { .method = ExplainMethod::Rollout });
    ASSERT_EQ(e.map.shape(), (Shape { 6, 6 }));
    for (int i = 0; i < 6; ++i) {
        float sum = 0.0f;
        for (int j = 0; j < 6; ++j)
            sum += e.map[static_cast<std::size_t>(i * 6 + j)];
        EXPECT_NEAR(sum, 1.0f, 1e-5f);
    }
}

TEST(Attribution, MethodNamesRoundTrip)
{
    for (ExplainMethod m : allExplainMethods())
        EXPECT_EQ(explainMethodFromName(explainMethodName(m)), m);
    EXPECT_FALSE(explainMethodFromName("saliency").has_value());
    EXPECT_EQ(explainBaselineFromName("blur"), ExplainBaseline::Blur);
}

} // namespace

} // namespace nw::test
