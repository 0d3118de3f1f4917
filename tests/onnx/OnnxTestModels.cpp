#include "OnnxTestModels.h"

#include "engine/ThreadPool.h"
#include "io/ProjectFile.h"
#include "model/GraphCompiler.h"

#include <QDir>
#include <QJsonDocument>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace nw;

namespace nwtest {

namespace {

// A project holding only a graph (the JSON of a project file's "graph") and a loss.
Project synthetic(const char* graphJson, const char* loss)
{
    Project p;
    p.training.loss = QString::fromLatin1(loss);
    QJsonParseError error;
    p.graph = QJsonDocument::fromJson(QByteArray(graphJson), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error("bad test graph: " + error.errorString().toStdString());
    return p;
}

// Every layer type the examples do not use, and the settings they leave out.
// Their losses cover the three kinds of `probabilities` an export writes.
struct SyntheticNetwork {
    const char* name;
    const char* loss;
    const char* graph;
};
const std::vector<SyntheticNetwork> kSynthetic {
    { "cnn-padding", "bce_with_logits", R"({"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [2, 9, 8]}, "position": [0, 0]},
        {"id": "conv", "type": "Conv2D", "params": {"filters": 4, "kernel_size": 3, "stride": 2, "padding": 1}, "position": [0, 0]},
        {"id": "leaky", "type": "LeakyReLU", "params": {"alpha": 0.1}, "position": [0, 0]},
        {"id": "avg", "type": "AvgPool2D", "params": {"kernel_size": 3, "stride": 1, "padding": 1}, "position": [0, 0]},
        {"id": "max", "type": "MaxPool2D", "params": {"kernel_size": 2, "stride": 1, "padding": 1}, "position": [0, 0]},
        {"id": "bn", "type": "BatchNorm", "params": {}, "position": [0, 0]},
        {"id": "elu", "type": "ELU", "params": {"alpha": 0.7}, "position": [0, 0]},
        {"id": "gap", "type": "GlobalAvgPool", "params": {}, "position": [0, 0]},
        {"id": "fc", "type": "Dense", "params": {"units": 3, "bias": false}, "position": [0, 0]}],
      "edges": [{"from": "input", "to": "conv", "port": 0}, {"from": "conv", "to": "leaky", "port": 0},
        {"from": "leaky", "to": "avg", "port": 0}, {"from": "avg", "to": "max", "port": 0},
        {"from": "max", "to": "bn", "port": 0}, {"from": "bn", "to": "elu", "port": 0},
        {"from": "elu", "to": "gap", "port": 0}, {"from": "gap", "to": "fc", "port": 0}]})" },
    { "branches", "mse", R"({"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [12]}, "position": [0, 0]},
        {"id": "a", "type": "Dense", "params": {"units": 6}, "position": [0, 0]},
        {"id": "silu", "type": "SiLU", "params": {}, "position": [0, 0]},
        {"id": "b", "type": "Dense", "params": {"units": 6}, "position": [0, 0]},
        {"id": "sig", "type": "Sigmoid", "params": {}, "position": [0, 0]},
        {"id": "c", "type": "Dense", "params": {"units": 6}, "position": [0, 0]},
        {"id": "gelu", "type": "GELU", "params": {}, "position": [0, 0]},
        {"id": "sum", "type": "Add", "params": {}, "position": [0, 0]},
        {"id": "cat", "type": "Concat", "params": {"axis": 0}, "position": [0, 0]},
        {"id": "ln", "type": "LayerNorm", "params": {}, "position": [0, 0]},
        {"id": "drop", "type": "Dropout", "params": {"rate": 0.3}, "position": [0, 0]},
        {"id": "shape", "type": "Reshape", "params": {"shape": [3, -1]}, "position": [0, 0]},
        {"id": "flat", "type": "Flatten", "params": {}, "position": [0, 0]},
        {"id": "tanh", "type": "Tanh", "params": {}, "position": [0, 0]},
        {"id": "out", "type": "Dense", "params": {"units": 4}, "position": [0, 0]},
        {"id": "soft", "type": "Softmax", "params": {}, "position": [0, 0]}],
      "edges": [{"from": "input", "to": "a", "port": 0}, {"from": "a", "to": "silu", "port": 0},
        {"from": "input", "to": "b", "port": 0}, {"from": "b", "to": "sig", "port": 0},
        {"from": "input", "to": "c", "port": 0}, {"from": "c", "to": "gelu", "port": 0},
        {"from": "silu", "to": "sum", "port": 0}, {"from": "sig", "to": "sum", "port": 1}, {"from": "gelu", "to": "sum", "port": 2},
        {"from": "sum", "to": "cat", "port": 0}, {"from": "silu", "to": "cat", "port": 1},
        {"from": "cat", "to": "ln", "port": 0}, {"from": "ln", "to": "drop", "port": 0},
        {"from": "drop", "to": "shape", "port": 0}, {"from": "shape", "to": "flat", "port": 0},
        {"from": "flat", "to": "tanh", "port": 0}, {"from": "tanh", "to": "out", "port": 0},
        {"from": "out", "to": "soft", "port": 0}], "output": "out"})" },
    { "decoder", "mse", R"({"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [2, 3, 2]}, "position": [0, 0]},
        {"id": "deconv", "type": "ConvTranspose2D", "params": {"filters": 3, "kernel_size": 3, "stride": 2, "padding": 1, "output_padding": 1}, "position": [0, 0]},
        {"id": "relu", "type": "ReLU", "params": {}, "position": [0, 0]},
        {"id": "near", "type": "Upsample2D", "params": {"scale_factor": 2, "mode": "nearest"}, "position": [0, 0]},
        {"id": "stamp", "type": "ConvTranspose2D", "params": {"filters": 2, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "bias": false}, "position": [0, 0]},
        {"id": "smooth", "type": "Upsample2D", "params": {"scale_factor": 3, "mode": "bilinear"}, "position": [0, 0]},
        {"id": "gap", "type": "GlobalAvgPool", "params": {}, "position": [0, 0]},
        {"id": "out", "type": "Dense", "params": {"units": 3}, "position": [0, 0]}],
      "edges": [{"from": "input", "to": "deconv", "port": 0}, {"from": "deconv", "to": "relu", "port": 0},
        {"from": "relu", "to": "near", "port": 0}, {"from": "near", "to": "stamp", "port": 0},
        {"from": "stamp", "to": "smooth", "port": 0}, {"from": "smooth", "to": "gap", "port": 0},
        {"from": "gap", "to": "out", "port": 0}]})" },
    { "recurrent", "cross_entropy", R"({"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [7]}, "position": [0, 0]},
        {"id": "embed", "type": "Embedding", "params": {"vocab_size": 11, "dim": 6}, "position": [0, 0]},
        {"id": "pos", "type": "PositionalEncoding", "params": {"kind": "sinusoidal", "max_len": 16}, "position": [0, 0]},
        {"id": "rnn", "type": "SimpleRNN", "params": {"units": 5, "return_sequences": true}, "position": [0, 0]},
        {"id": "lstm", "type": "LSTM", "params": {"units": 4, "return_sequences": true, "bidirectional": true}, "position": [0, 0]},
        {"id": "gru", "type": "GRU", "params": {"units": 6, "return_sequences": true, "bidirectional": true}, "position": [0, 0]},
        {"id": "attn", "type": "MultiHeadAttention", "params": {"heads": 3, "causal": true}, "position": [0, 0]},
        {"id": "seqfc", "type": "Dense", "params": {"units": 5}, "position": [0, 0]},
        {"id": "maxpool", "type": "SequencePool", "params": {"mode": "max"}, "position": [0, 0]},
        {"id": "lastrnn", "type": "GRU", "params": {"units": 3}, "position": [0, 0]},
        {"id": "lastpool", "type": "SequencePool", "params": {"mode": "last"}, "position": [0, 0]},
        {"id": "cat", "type": "Concat", "params": {"axis": -1}, "position": [0, 0]},
        {"id": "out", "type": "Dense", "params": {"units": 3}, "position": [0, 0]}],
      "edges": [{"from": "input", "to": "embed", "port": 0}, {"from": "embed", "to": "pos", "port": 0},
        {"from": "pos", "to": "rnn", "port": 0}, {"from": "rnn", "to": "lstm", "port": 0},
        {"from": "lstm", "to": "gru", "port": 0}, {"from": "gru", "to": "attn", "port": 0},
        {"from": "attn", "to": "seqfc", "port": 0}, {"from": "seqfc", "to": "maxpool", "port": 0},
        {"from": "seqfc", "to": "lastrnn", "port": 0}, {"from": "seqfc", "to": "lastpool", "port": 0},
        {"from": "maxpool", "to": "cat", "port": 0}, {"from": "lastrnn", "to": "cat", "port": 1},
        {"from": "lastpool", "to": "cat", "port": 2}, {"from": "cat", "to": "out", "port": 0}]})" },
};

} // namespace

std::vector<OnnxTestModel> onnxTestModels()
{
    std::vector<OnnxTestModel> models;
    const QDir examples(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples"));
    for (const QString& file : examples.entryList({ QStringLiteral("*.nwproj") }, QDir::Files, QDir::Name)) {
        QString error;
        auto project = ProjectFile::read(examples.filePath(file), &error);
        if (!project)
            throw std::runtime_error(error.toStdString());
        models.push_back({ file.chopped(7), *project, true });
    }
    for (const SyntheticNetwork& n : kSynthetic)
        models.push_back({ QString::fromLatin1(n.name), synthetic(n.graph, n.loss), false });
    return models;
}

CompiledModel compileProject(const Project& project)
{
    CompiledModel c;
    c.model = std::make_unique<NetworkGraphModel>();
    QString error;
    if (!c.model->fromJson(project.graph, &error))
        throw std::runtime_error(error.toStdString());
    c.compiled = GraphCompiler().compile(*c.model);
    if (!c.compiled.ok())
        throw std::runtime_error(c.compiled.summary().toStdString());
    return c;
}

void randomizeWeights(Graph& graph, unsigned seed)
{
    // Matrices scaled by their fan-in, so that outputs stay near 1 and the
    // probabilities far from 0 and 1, where a wrong export would hide.
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f), variance(0.5f, 1.5f);
    for (NamedParameter& p : graph.namedParameters()) {
        const bool isVariance = p.name.ends_with("running_var");
        Tensor& t = p.param->value;
        const std::size_t fanIn = t.rank() >= 2 ? t.size() / static_cast<std::size_t>(t.dim(0)) : 1;
        const float scale = t.rank() >= 2 ? std::sqrt(3.0f / static_cast<float>(fanIn)) : 0.6f;
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = isVariance ? variance(rng) : scale * uniform(rng);
    }
}

Tensor randomInputs(const NetworkGraphModel& model, Graph& graph, int n, unsigned seed)
{
    std::mt19937 rng(seed);
    Shape shape { n };
    for (int d : graph.inputShape())
        shape.push_back(d);
    Tensor x(shape);
    int vocabulary = 0;
    for (const EdgeData& e : model.edgesFrom(QString::fromStdString(graph.inputIds().front())))
        if (const NodeData* node = model.node(e.to); node && node->type == QLatin1String("Embedding"))
            vocabulary = node->params.value(QStringLiteral("vocab_size")).toInt();
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::uniform_int_distribution<int> token(0, std::max(0, vocabulary - 1));
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = vocabulary ? static_cast<float>(token(rng)) : uniform(rng);
    return x;
}

Tensor forward(Graph& graph, const Tensor& inputs)
{
    ThreadPool pool(1);
    ExecutionContext ctx { .pool = &pool, .training = false };
    return graph.forward(inputs, ctx);
}

} // namespace nwtest
