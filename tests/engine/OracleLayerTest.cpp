// Every layer against PyTorch: forward output, input gradients and parameter
// gradients for L = sum(output * R), plus BatchNorm's running statistics. The
// fixtures come from tests/fixtures/make_torch_oracle.py (see its docstring);
// each test names the torch module it is compared with.
#include "engine/layers/Activation.h"
#include "engine/layers/Add.h"
#include "engine/layers/AvgPool2D.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Concat.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Dropout.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/GlobalAvgPool.h"
#include "engine/layers/LayerNorm.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/layers/Reshape.h"
#include "engine/layers/Softmax.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "support/OracleFixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace nw;
using nw::test::OracleFixture;

namespace {

// 1e-4 relative; the absolute floor scales with the tensor's largest value so
// near-zero elements of a large-valued tensor (cancellation in a sum) are judged
// by the accuracy float32 can give them.
void expectNear(const Tensor& actual, const Tensor& expected, const std::string& what)
{
    float scale = 1.0f;
    for (std::size_t i = 0; i < expected.size(); ++i)
        scale = std::max(scale, std::abs(expected[i]));
    test::expectTensorNear(actual, expected, 1e-4f, 1e-5f * scale, what);
}

std::vector<Tensor> fixtureList(const OracleFixture& f, const std::string& name)
{
    if (f.has(name))
        return { f.tensor(name) };
    std::vector<Tensor> list;
    for (int i = 0; f.has(name + std::to_string(i)); ++i)
        list.push_back(f.tensor(name + std::to_string(i)));
    return list;
}

std::string listName(const std::string& name, std::size_t count, std::size_t i)
{
    return count == 1 ? name : name + std::to_string(i);
}

// Builds `layer` for the fixture's inputs, loads the fixture's parameters (which
// must be exactly `paramNames`, in the layer's order), runs forward and backward
// with R = out_grad and compares everything torch computed.
void runLayerCase(
    Layer& layer, const std::string& fixtureName, bool training, const std::vector<std::string>& paramNames = {})
{
    SCOPED_TRACE("fixture oracle/" + fixtureName + ".txt");
    const OracleFixture f = OracleFixture::load("oracle/" + fixtureName + ".txt");
    std::vector<Tensor> inputs = fixtureList(f, "input");
    ASSERT_FALSE(inputs.empty());

    std::vector<Shape> shapes;
    for (const Tensor& t : inputs)
        shapes.emplace_back(t.shape().begin() + 1, t.shape().end());
    layer.build(shapes);
    Rng rng(1);
    layer.initialize(rng);

    const std::vector<Parameter*> params = layer.parameters();
    std::vector<std::string> names;
    for (const Parameter* p : params)
        names.push_back(p->name);
    ASSERT_EQ(names, paramNames);
    for (Parameter* p : params) {
        const Tensor& value = f.tensor("param." + p->name);
        ASSERT_EQ(shapeToString(p->value.shape()), shapeToString(value.shape())) << "parameter " << p->name;
        p->value.copyFrom(value);
    }

    ThreadPool pool(2);
    ExecutionContext ctx { &pool, training, 1 };
    std::vector<const Tensor*> in;
    for (const Tensor& t : inputs)
        in.push_back(&t);
    Tensor out;
    layer.forward(in, out, ctx);
    expectNear(out, f.tensor("output"), "output");

    for (Parameter* p : params)
        if (!p->isTrainable())
            expectNear(p->value, f.tensor("updated." + p->name), "buffer " + p->name + " after forward");

    std::vector<Tensor> inputGrads(inputs.size());
    std::vector<Tensor*> gradSlots;
    for (Tensor& g : inputGrads)
        gradSlots.push_back(&g);
    layer.backward(in, out, f.tensor("out_grad"), gradSlots, ctx);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string name = listName("input_grad", inputs.size(), i);
        expectNear(inputGrads[i], f.tensor(name), name);
    }
    for (Parameter* p : params)
        if (p->isTrainable())
            expectNear(p->grad, f.tensor("grad." + p->name), "gradient of " + p->name);
}

const std::vector<std::string> kWeightBias { "weight", "bias" };
const std::vector<std::string> kWeight { "weight" };
const std::vector<std::string> kBatchNormParams { "weight", "bias", "running_mean", "running_var" };

} // namespace

// ---- Dense: torch.nn.Linear

TEST(OracleLayer, DenseMatchesTorchLinear)
{
    Dense layer(5);
    runLayerCase(layer, "dense", true, kWeightBias);
}

TEST(OracleLayer, DenseWithoutBiasMatchesTorchLinear)
{
    Dense layer(3, false);
    runLayerCase(layer, "dense_nobias", true, kWeight);
}

// ---- Conv2D: torch.nn.Conv2d

TEST(OracleLayer, Conv2DMatchesTorch)
{
    Conv2D layer(4, 3);
    runLayerCase(layer, "conv2d", true, kWeightBias);
}

TEST(OracleLayer, Conv2DStridePaddingMatchesTorch)
{
    Conv2D layer(3, 3, 2, 1);
    runLayerCase(layer, "conv2d_stride2_pad1", true, kWeightBias);
}

TEST(OracleLayer, Conv2DPointwiseWithoutBiasMatchesTorch)
{
    Conv2D layer(5, 1, 1, 0, false);
    runLayerCase(layer, "conv2d_k1_nobias", true, kWeight);
}

TEST(OracleLayer, Conv2DKernel5SamePaddingMatchesTorch)
{
    Conv2D layer(2, 5, 1, 2);
    runLayerCase(layer, "conv2d_k5_pad2", true, kWeightBias);
}

// ---- Pools: torch.nn.MaxPool2d, AvgPool2d(count_include_pad=True), mean over H, W

TEST(OracleLayer, MaxPool2DMatchesTorch)
{
    MaxPool2D layer(2);
    runLayerCase(layer, "maxpool2d_k2", true);
}

TEST(OracleLayer, MaxPool2DOverlappingPaddedMatchesTorch)
{
    MaxPool2D layer(3, 2, 1);
    runLayerCase(layer, "maxpool2d_k3_s2_p1", true);
}

TEST(OracleLayer, MaxPool2DOddSizeFloorsLikeTorch)
{
    MaxPool2D layer(2);
    runLayerCase(layer, "maxpool2d_k2_odd", true);
}

TEST(OracleLayer, MaxPool2DTiesRouteGradientToFirstMaximumLikeTorch)
{
    MaxPool2D layer(2);
    runLayerCase(layer, "maxpool2d_ties", true);
}

TEST(OracleLayer, AvgPool2DMatchesTorch)
{
    AvgPool2D layer(2);
    runLayerCase(layer, "avgpool2d_k2", true);
}

TEST(OracleLayer, AvgPool2DPaddedCountsPaddingLikeTorch)
{
    AvgPool2D layer(3, 2, 1);
    runLayerCase(layer, "avgpool2d_k3_s2_p1", true);
}

TEST(OracleLayer, GlobalAvgPoolMatchesTorchMean)
{
    GlobalAvgPool layer;
    runLayerCase(layer, "globalavgpool", true);
}

// ---- Shape layers and Dropout

TEST(OracleLayer, FlattenMatchesTorch)
{
    Flatten layer;
    runLayerCase(layer, "flatten", true);
}

TEST(OracleLayer, ReshapeMatchesTorch)
{
    Reshape layer({ 3, 4 });
    runLayerCase(layer, "reshape", true);
}

TEST(OracleLayer, DropoutInEvaluationIsIdentityAsInTorch)
{
    Dropout layer(0.5f);
    runLayerCase(layer, "dropout_eval", false);
}

// ---- BatchNorm: torch.nn.BatchNorm1d / BatchNorm2d, running statistics included

TEST(OracleLayer, BatchNormFlatTrainingMatchesTorch)
{
    BatchNorm layer(0.1f, 1e-5f);
    runLayerCase(layer, "batchnorm1d_train", true, kBatchNormParams);
}

TEST(OracleLayer, BatchNormFlatEvaluationMatchesTorch)
{
    BatchNorm layer(0.1f, 1e-5f);
    runLayerCase(layer, "batchnorm1d_eval", false, kBatchNormParams);
}

TEST(OracleLayer, BatchNormImageTrainingMatchesTorch)
{
    BatchNorm layer(0.1f, 1e-5f);
    runLayerCase(layer, "batchnorm2d_train", true, kBatchNormParams);
}

TEST(OracleLayer, BatchNormImageEvaluationMatchesTorch)
{
    BatchNorm layer(0.1f, 1e-5f);
    runLayerCase(layer, "batchnorm2d_eval", false, kBatchNormParams);
}

TEST(OracleLayer, BatchNormMomentumAndEpsMatchTorch)
{
    BatchNorm layer(0.3f, 1e-3f);
    runLayerCase(layer, "batchnorm1d_train_m03_eps1e-3", true, kBatchNormParams);
}

// ---- Activation: torch.nn.ReLU, LeakyReLU, ELU, GELU, Sigmoid, Tanh

TEST(OracleLayer, ReluMatchesTorch)
{
    Activation layer(ActivationKind::ReLU);
    runLayerCase(layer, "activation_relu", true);
}

TEST(OracleLayer, LeakyReluDefaultSlopeMatchesTorch)
{
    Activation layer(ActivationKind::LeakyReLU);
    runLayerCase(layer, "activation_leakyrelu", true);
}

TEST(OracleLayer, LeakyReluSlope02MatchesTorch)
{
    Activation layer(ActivationKind::LeakyReLU, 0.2f);
    runLayerCase(layer, "activation_leakyrelu_0.2", true);
}

TEST(OracleLayer, EluDefaultAlphaMatchesTorch)
{
    Activation layer(ActivationKind::ELU);
    runLayerCase(layer, "activation_elu", true);
}

TEST(OracleLayer, EluAlpha05MatchesTorch)
{
    Activation layer(ActivationKind::ELU, 0.5f);
    runLayerCase(layer, "activation_elu_0.5", true);
}

TEST(OracleLayer, GeluMatchesTorchExactErf)
{
    Activation layer(ActivationKind::GELU);
    runLayerCase(layer, "activation_gelu", true);
}

TEST(OracleLayer, GeluOnImagesMatchesTorch)
{
    Activation layer(ActivationKind::GELU);
    runLayerCase(layer, "activation_gelu_4d", true);
}

TEST(OracleLayer, SigmoidMatchesTorch)
{
    Activation layer(ActivationKind::Sigmoid);
    runLayerCase(layer, "activation_sigmoid", true);
}

TEST(OracleLayer, TanhMatchesTorch)
{
    Activation layer(ActivationKind::Tanh);
    runLayerCase(layer, "activation_tanh", true);
}

TEST(OracleLayer, ReluGradientAtZeroIsZeroLikeTorch)
{
    Activation layer(ActivationKind::ReLU);
    runLayerCase(layer, "activation_relu_zeros", true);
}

TEST(OracleLayer, LeakyReluGradientAtZeroIsSlopeLikeTorch)
{
    Activation layer(ActivationKind::LeakyReLU, 0.2f);
    runLayerCase(layer, "activation_leakyrelu_0.2_zeros", true);
}

TEST(OracleLayer, EluGradientAtZeroIsAlphaLikeTorch)
{
    Activation layer(ActivationKind::ELU, 0.5f);
    runLayerCase(layer, "activation_elu_0.5_zeros", true);
}

TEST(OracleLayer, SigmoidSaturatesLikeTorch)
{
    Activation layer(ActivationKind::Sigmoid);
    runLayerCase(layer, "activation_sigmoid_wide", true);
}

TEST(OracleLayer, TanhSaturatesLikeTorch)
{
    Activation layer(ActivationKind::Tanh);
    runLayerCase(layer, "activation_tanh_wide", true);
}

TEST(OracleLayer, EluOnWideRangeMatchesTorch)
{
    Activation layer(ActivationKind::ELU);
    runLayerCase(layer, "activation_elu_wide", true);
}

TEST(OracleLayer, GeluOnWideRangeMatchesTorch)
{
    Activation layer(ActivationKind::GELU);
    runLayerCase(layer, "activation_gelu_wide", true);
}

// ---- Softmax: torch.nn.Softmax(dim=-1)

TEST(OracleLayer, SoftmaxMatchesTorch)
{
    Softmax layer;
    runLayerCase(layer, "softmax", true);
}

TEST(OracleLayer, SoftmaxOverLastAxisOf3DMatchesTorch)
{
    Softmax layer;
    runLayerCase(layer, "softmax_3d", true);
}

TEST(OracleLayer, SoftmaxWithLargeLogitsMatchesTorch)
{
    Softmax layer;
    runLayerCase(layer, "softmax_large", true);
}

// ---- LayerNorm: torch.nn.LayerNorm(last axis)

TEST(OracleLayer, LayerNormMatchesTorch)
{
    LayerNorm layer(1e-5f);
    runLayerCase(layer, "layernorm", true, kWeightBias);
}

TEST(OracleLayer, LayerNormOverLastAxisOf3DMatchesTorch)
{
    LayerNorm layer(1e-5f);
    runLayerCase(layer, "layernorm_3d", true, kWeightBias);
}

// ---- Merges: a + b (+ c), torch.cat

TEST(OracleLayer, AddOfTwoImagesMatchesTorch)
{
    Add layer;
    runLayerCase(layer, "add2", true);
}

TEST(OracleLayer, AddOfThreeMatchesTorch)
{
    Add layer;
    runLayerCase(layer, "add3", true);
}

TEST(OracleLayer, ConcatFeaturesMatchesTorchCat)
{
    Concat layer(0);
    runLayerCase(layer, "concat_features", true);
}

TEST(OracleLayer, ConcatThreeImagesAlongChannelsMatchesTorchCat)
{
    Concat layer(0);
    runLayerCase(layer, "concat_channels", true);
}

TEST(OracleLayer, ConcatAlongHeightMatchesTorchCat)
{
    Concat layer(1);
    runLayerCase(layer, "concat_axis1", true);
}

TEST(OracleLayer, ConcatNegativeAxisCountsFromLastLikeTorchCat)
{
    Concat layer(-1);
    runLayerCase(layer, "concat_last_axis", true);
}
