#include "CompressTestNets.h"

#include "compress/ActivationCalibration.h"
#include "compress/Int8Model.h"
#include "compress/Int8Tensor.h"
#include "compress/ModelSize.h"
#include "compress/MagnitudePruning.h"
#include "compress/SparsitySweep.h"

#include "engine/EngineError.h"
#include "engine/Predictor.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;

namespace {

Tensor randomTensor(Shape shape, std::uint64_t seed)
{
    Rng rng(seed);
    Tensor t(std::move(shape));
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = rng.normal() * (1.0f + static_cast<float>(i % 5)); // rows of different ranges
    return t;
}

double accuracy(Graph& g, const BatchSource& data)
{
    ThreadPool pool(1);
    const Predictions p = predictAll(g, data, pool);
    const std::vector<int> predicted = argmaxRows(p.outputs);
    std::size_t right = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        right += predicted[i] == static_cast<int>(p.targets[i]);
    return static_cast<double>(right) / static_cast<double>(predicted.size());
}

} // namespace

TEST(Int8Tensor, RoundTripIsWithinHalfAScalePerTensor)
{
    const Tensor w = randomTensor({7, 5, 3, 3}, 1);
    const Int8Tensor q = quantizeInt8(w, WeightScales::PerTensor);
    ASSERT_EQ(q.scale.shape(), Shape({1}));
    EXPECT_FLOAT_EQ(q.scale[0], w.array().abs().maxCoeff() / 127.0f);
    const Tensor back = dequantizeInt8(q);
    for (std::size_t i = 0; i < w.size(); ++i) {
        EXPECT_LE(std::fabs(back[i] - w[i]), q.scale[0] / 2 * 1.0001f) << i;
        EXPECT_EQ(q.values[i], std::round(q.values[i]));
        EXPECT_LE(std::fabs(q.values[i]), 127.0f);
    }
}

TEST(Int8Tensor, PerChannelScalesFollowEachOutputChannel)
{
    Tensor w = randomTensor({4, 10}, 2);
    for (int c = 0; c < 10; ++c)
        w[static_cast<std::size_t>(30 + c)] *= 100.0f; // channel 3 is 100 times wider
    const Int8Tensor q = quantizeInt8(w, WeightScales::PerChannel);
    ASSERT_EQ(q.scale.shape(), Shape({4}));
    const Tensor back = dequantizeInt8(q);
    for (int c = 0; c < 4; ++c) {
        float largest = 0.0f;
        for (int i = 0; i < 10; ++i)
            largest = std::max(largest, std::fabs(w[static_cast<std::size_t>(c * 10 + i)]));
        EXPECT_FLOAT_EQ(q.scale[static_cast<std::size_t>(c)], largest / 127.0f);
        for (int i = 0; i < 10; ++i) {
            const auto k = static_cast<std::size_t>(c * 10 + i);
            EXPECT_LE(std::fabs(back[k] - w[k]), q.scale[static_cast<std::size_t>(c)] / 2 * 1.0001f);
        }
    }
    // The narrow channels keep their precision: per tensor they would not.
    const Tensor perTensor = dequantizeInt8(quantizeInt8(w, WeightScales::PerTensor));
    double errChannel = 0, errTensor = 0;
    for (std::size_t k = 0; k < 10; ++k) {
        errChannel += std::fabs(back[k] - w[k]);
        errTensor += std::fabs(perTensor[k] - w[k]);
    }
    EXPECT_LT(errChannel * 10, errTensor);
}

TEST(Int8Tensor, ZeroChannelAndNonFiniteWeights)
{
    const Int8Tensor q = quantizeInt8(Tensor({2, 3}), WeightScales::PerChannel);
    EXPECT_EQ(q.scale[0], 1.0f);
    EXPECT_EQ(dequantizeInt8(q)[0], 0.0f);
    Tensor bad({2, 2}, 1.0f);
    bad[3] = std::nanf("");
    EXPECT_THROW(quantizeInt8(bad, WeightScales::PerTensor), EngineError);
}

TEST(Graph, InputQuantizationRoundsWhatTheNodeReadsOnly)
{
    Graph g = test::trainedBlobClassifier(1);
    const TensorBatchSource data = test::blobs(4, 3);
    ThreadPool pool(1);
    ExecutionContext ctx{.pool = &pool};
    const float scale = 0.05f;
    g.setInputQuantization("fc2", scale);
    g.forward(data.inputs(), ctx);
    const Tensor relu = g.nodeOutput("relu");
    const Tensor out = g.nodeOutput("fc2");
    // fc2 on the rounded activations, by hand.
    Tensor rounded(relu.shape());
    for (std::size_t i = 0; i < relu.size(); ++i)
        rounded[i] = std::clamp(std::round(relu[i] / scale), -127.0f, 127.0f) * scale;
    g.setInputQuantization("fc2", 0.0f);
    Graph& plain = g;
    const Tensor* in = &rounded;
    Tensor byHand;
    plain.layer("fc2")->forward(std::span<const Tensor* const>(&in, 1), byHand, ctx);
    for (std::size_t i = 0; i < out.size(); ++i)
        EXPECT_FLOAT_EQ(out[i], byHand[i]);
    EXPECT_THROW(g.setInputQuantization("x", 0.1f), EngineError); // an input node reads nothing
    EXPECT_THROW(g.setInputQuantization("fc2", -1.0f), EngineError);
}

TEST(Int8Model, QuantizedClassifierKeepsTheFloatAccuracy)
{
    Graph g = test::trainedBlobClassifier(20);
    const TensorBatchSource train = test::blobs(600, 1);
    const TensorBatchSource testSet = test::blobs(1000, 77);
    const double floatAccuracy = accuracy(g, testSet);
    ASSERT_GT(floatAccuracy, 0.85);
    ThreadPool pool(1);
    const Int8Model model = quantizeModel(g, train, {.weightScales = WeightScales::PerChannel, .calibrationSamples = 200}, pool);
    EXPECT_EQ(model.weights.size(), 2u);
    EXPECT_EQ(model.inputScales.size(), 2u); // fc1 reads the input, fc2 the ReLU
    EXPECT_EQ(model.calibrationSamples, 200u);
    applyInt8Model(g, model);
    EXPECT_GT(g.inputQuantization("fc1"), 0.0f);
    const double int8Accuracy = accuracy(g, testSet);
    EXPECT_NEAR(int8Accuracy, floatAccuracy, 0.02);
    for (const NamedParameter& p : g.namedParameters()) {
        if (p.name == "fc1.weight") {
            const Int8Tensor& q = model.weights.at("fc1.weight");
            for (std::size_t i = 0; i < p.param->value.size(); ++i)
                EXPECT_EQ(p.param->value[i], q.values[i] * q.scale[i / 6]);
        }
    }
}

TEST(Int8Model, FileTensorsRoundTripAndSizeShrinksFourfold)
{
    Graph g = test::trainedBlobClassifier(2);
    ThreadPool pool(1);
    const Int8Model model = quantizeModel(g, test::blobs(100, 1), {.weightScales = WeightScales::PerTensor}, pool);
    const Int8Tensors file = int8ModelTensors(g, model);
    EXPECT_EQ(file.int8Names, (std::set<std::string>{"fc1.weight", "fc2.weight"}));
    EXPECT_EQ(file.tensors.at("fc1.weight.scale").shape(), Shape({1}));
    EXPECT_EQ(file.tensors.at("fc2.input.scale")[0], model.inputScales.at("fc2"));
    EXPECT_EQ(file.metadata.at("weight_scales"), "per_tensor");

    std::string error;
    const auto back = readInt8Model(file.tensors, file.metadata, &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(back->weightScales, WeightScales::PerTensor);
    EXPECT_EQ(back->inputScales, model.inputScales);
    for (const auto& [name, q] : model.weights) {
        EXPECT_TRUE((back->weights.at(name).values.array() == q.values.array()).all());
        EXPECT_TRUE((back->weights.at(name).scale.array() == q.scale.array()).all());
    }
    const auto floats = dequantizedTensors(file.tensors, *back);
    EXPECT_EQ(floats.size(), 4u); // two weights, two biases
    EXPECT_EQ(floats.at("fc2.weight")[3], model.weights.at("fc2.weight").values[3] * model.weights.at("fc2.weight").scale[0]);

    const std::size_t f32 = modelBytes(g);
    EXPECT_EQ(f32, (6 * 32 + 32 + 32 * 3 + 3) * 4u);
    EXPECT_EQ(modelBytes(g, nullptr, &model), (6 * 32 + 32 * 3) + (32 + 3) * 4u + 2 * 4u + 2 * 4u);
}

TEST(Int8Model, ReadRefusesWeightsThatAreNotInt8AndWrongScales)
{
    std::map<std::string, Tensor> t{{"fc.weight", Tensor({2, 2}, {1, 2, 3, 300})}, {"fc.weight.scale", Tensor({1}, 0.1f)}};
    const std::map<std::string, std::string> meta{{"quantization", "int8"}};
    std::string error;
    EXPECT_FALSE(readInt8Model(t, meta, &error));
    EXPECT_NE(error.find("fc.weight"), std::string::npos);
    t.at("fc.weight")[3] = 4;
    t.at("fc.weight.scale") = Tensor({3}, 0.1f);
    EXPECT_FALSE(readInt8Model(t, meta, &error));
    EXPECT_NE(error.find("[1] or [2]"), std::string::npos) << error;
    t.at("fc.weight.scale") = Tensor({2}, {0.1f, -1.0f});
    EXPECT_FALSE(readInt8Model(t, meta, &error));
    t.at("fc.weight.scale") = Tensor({2}, {0.1f, 0.2f});
    EXPECT_TRUE(readInt8Model(t, meta, &error)) << error;
    t.emplace("other.weight.scale", Tensor({1}, 1.0f));
    EXPECT_FALSE(readInt8Model(t, meta, &error));
    EXPECT_NE(error.find("other.weight"), std::string::npos);
}

TEST(SparsitySweep, MeasuresEachFractionFromTheOriginalWeightsAndPutsThemBack)
{
    Graph g = test::trainedBlobClassifier(20);
    const TensorBatchSource testSet = test::blobs(500, 77);
    const Tensor before = g.namedParameters()[0].param->value;
    const std::vector<double> fractions = defaultSweepFractions();
    ASSERT_EQ(fractions.size(), 11u);
    const auto points = sparsitySweep(g, fractions, PruningScope::Global, [&](Graph& graph) {
        Evaluation e;
        e.accuracy = static_cast<float>(accuracy(graph, testSet));
        return e;
    });
    ASSERT_EQ(points.size(), fractions.size());
    EXPECT_NEAR(points[5].sparsity, 0.5, 0.5 / 288); // 288 weights: round(f * 288) of them
    EXPECT_NEAR(points[10].sparsity, 0.95, 0.5 / 288);
    EXPECT_GT(points[0].evaluation.accuracy, 0.85f);
    EXPECT_LT(points[10].evaluation.accuracy, points[0].evaluation.accuracy);
    EXPECT_TRUE((g.namedParameters()[0].param->value.array() == before.array()).all());
    int asked = 0;
    const auto cancelled = sparsitySweep(g, fractions, PruningScope::Global, [&](Graph&) { return Evaluation{}; },
        [&] { return ++asked > 3; });
    EXPECT_EQ(cancelled.size(), 3u);
}

TEST(ModelSize, PrunedWeightsCountKeptValuesAndABitmap)
{
    Graph g = test::trainedBlobClassifier(1);
    const PruningMasks masks = pruneByMagnitude(g, {PruningScope::PerLayer, PruningCriterion::Fraction, 0.5});
    // fc1: 192 weights, 96 kept; fc2: 96 weights, 48 kept; biases 35 floats.
    EXPECT_EQ(modelBytes(g, &masks), 96 * 4 + 192 / 8 + 48 * 4 + 96 / 8 + 35 * 4u);
}

// The calibration samples are spread over the whole part: a part in class order (an
// image folder) whose later samples are larger must not be calibrated on its first ones.
TEST(ActivationCalibration, SamplesAreSpreadOverThePartNotItsFirstOnes)
{
    Graph g = test::trainedBlobClassifier(2);
    const std::size_t features = static_cast<std::size_t>(g.inputShape(0).back());
    Tensor inputs({ 10, static_cast<int>(features) }, 0.0f);
    for (std::size_t s = 0; s < 10; ++s)
        for (std::size_t f = 0; f < features; ++f)
            inputs[s * features + f] = static_cast<float>(s + 1); // sample s: all values s + 1
    const TensorBatchSource ordered(inputs, Tensor({ 10 }, 0.0f));
    ThreadPool pool(1);
    const std::map<std::string, float> scales = calibrateInputScales(g, ordered, 2, pool);
    // Samples 0 and 5 (values 1 and 6), not 0 and 1: fc1's input reaches 6.
    EXPECT_FLOAT_EQ(scales.at("fc1"), 6.0f / 127.0f);
}
