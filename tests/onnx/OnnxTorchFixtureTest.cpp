// Models written by torch.onnx.export (tests/fixtures/make_torch_onnx.py, PyTorch
// 1.13) import and predict what PyTorch predicts, to 1e-4: its Gemm and MatMul+Add
// linears, Conv with BatchNorm folded in, Pad+AveragePool, erf GELU, x*sigmoid(x),
// Cast+Gather embeddings, LayerNorm's decomposition (opset 13) and operator (17),
// LSTM/GRU/RNN with torch's zero initial states and output reshaping, and
// x.view(x.size(0), -1) (a Reshape to a shape computed from the batch size), and
// nn.MultiheadAttention with its Shape arithmetic, and a decoder's ConvTranspose and
// nn.Upsample (Resize, nearest and bilinear).
#include "data/NpyFile.h"
#include "engine/Predictor.h"
#include "interop/onnx/OnnxImporter.h"
#include "io/GraphWeights.h"
#include "OnnxTestModels.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;
using namespace nwtest;

namespace {

Tensor readNpyTensor(const std::string& path)
{
    const NpyArray a = readNpyFile(path);
    Shape shape;
    for (std::size_t d : a.shape)
        shape.push_back(static_cast<int>(d));
    return Tensor(shape, a.floats);
}

} // namespace

class OnnxTorchFixture : public ::testing::TestWithParam<const char*> { };

TEST_P(OnnxTorchFixture, ImportsAndPredictsWhatPyTorchPredicts)
{
    const std::string base = std::string(NETWRIGHT_SOURCE_DIR "/tests/fixtures/onnx/") + GetParam();
    QString error;
    auto imported = OnnxImporter::read(QString::fromStdString(base + ".onnx"), &error);
    ASSERT_TRUE(imported) << error.toStdString();
    CompiledModel c = compileProject(imported->project);
    ASSERT_TRUE(applyWeights(c.graph(), imported->weights, &error)) << error.toStdString();
    const Tensor probabilities = softmaxRows(forward(c.graph(), readNpyTensor(base + ".input.npy")));
    const Tensor expected = readNpyTensor(base + ".expected.npy");
    ASSERT_EQ(probabilities.shape(), expected.shape());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(probabilities[i], expected[i], 1e-4) << "value " << i;
}

INSTANTIATE_TEST_SUITE_P(TorchOnnxExport, OnnxTorchFixture,
    ::testing::Values("torch_mlp", "torch_cnn", "torch_tokens_opset13", "torch_tokens_opset17",
        "torch_cnn_view", "torch_lstm_bidirectional", "torch_gru_mean", "torch_rnn_last", "torch_attention",
        "torch_decoder_opset13", "torch_decoder_opset17"));
