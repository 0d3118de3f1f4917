// The exporter's table for sequence layers ([N, T, F] tensors): embeddings,
// positions, pooling over steps, ONNX's own RNN/GRU/LSTM operators, and attention
// decomposed into MatMul and Softmax (ONNX has no attention operator before opset 23).
#include "engine/ThreadPool.h"
#include "OnnxLayerExport.h"

#include <cmath>
#include <limits>

namespace nw {

namespace {

void embedding(const OnnxLayerContext& c)
{
    // Token ids arrive as float32, like every input; Gather wants integers.
    const std::string ids = c.out.unique(c.part("ids"));
    setAttribute(c.out.add("Cast", c.part("Cast"), { c.inputs[0] }, ids), "to", std::int64_t(onnx::TensorProto::INT64));
    setAttribute(c.out.add("Gather", c.id, { c.out.floats(c.id + ".weight", c.param("weight")), ids }, c.id), "axis",
        std::int64_t(0));
}

void positionalEncoding(const OnnxLayerContext& c)
{
    const int steps = c.inputShapes[0][0];
    const int dim = c.inputShapes[0][1];
    Layer& layer = c.layer;
    std::string table;
    if (c.stringParam("kind") == QLatin1String("learned")) {
        // The whole learned table travels (so an import gets it back), sliced to T rows.
        table = c.out.unique(c.part("rows"));
        c.out.add("Slice", c.part("Slice"),
            { c.out.floats(c.id + ".weight", c.param("weight")), c.out.int64s(c.part("starts"), { 0 }),
                c.out.int64s(c.part("ends"), { steps }), c.out.int64s(c.part("axes"), { 0 }) },
            table);
    } else {
        // The layer's own table, read by running it on zeros: one formula, in the engine.
        ThreadPool pool(1);
        ExecutionContext ctx { .pool = &pool };
        const Tensor zeros({ 1, steps, dim }, 0.0f);
        const Tensor* in[] = { &zeros };
        Tensor rows;
        layer.forward(in, rows, ctx);
        table = c.out.floats(c.id + ".sinusoid", { steps, dim }, OnnxGraphWriter::valuesOf(rows));
    }
    c.out.add("Add", c.id, { c.inputs[0], table }, c.id);
}

void sequencePool(const OnnxLayerContext& c)
{
    const QString mode = c.stringParam("mode");
    if (mode == QLatin1String("last")) {
        const int steps = c.inputShapes[0][0];
        setAttribute(c.out.add("Gather", c.id, { c.inputs[0], c.out.int64Scalar(c.part("last"), steps - 1) }, c.id),
            "axis", std::int64_t(1));
        return;
    }
    auto& node = c.out.add(mode == QLatin1String("max") ? "ReduceMax" : "ReduceMean", c.id, { c.inputs[0] }, c.id);
    setAttribute(node, "axes", std::vector<std::int64_t> { 1 });
    setAttribute(node, "keepdims", std::int64_t(0));
}

// PyTorch packs gates as LSTM (i, f, g, o) and GRU (r, z, n); ONNX as LSTM (i, o, f, c)
// and GRU (z, r, h). `order` lists, for each ONNX gate, the PyTorch gate it is.
std::vector<float> reorderGates(const Tensor& t, const std::vector<int>& order)
{
    const std::size_t block = t.size() / order.size();
    std::vector<float> out;
    out.reserve(t.size());
    for (int g : order)
        out.insert(out.end(), t.data() + g * block, t.data() + (g + 1) * block);
    return out;
}

OnnxLayerWriter recurrent(const char* op, std::vector<int> order)
{
    return [op, order](const OnnxLayerContext& c) {
        const int steps = c.inputShapes[0][0];
        const int features = c.inputShapes[0][1];
        const int units = c.intParam("units");
        const bool both = c.boolParam("bidirectional");
        const int dirs = both ? 2 : 1;
        const int g = static_cast<int>(order.size()) * units;
        std::vector<float> w, r, b;
        for (int k = 0; k < dirs; ++k) {
            const std::string suffix = k == 0 ? "_l0" : "_l0_reverse";
            const auto add = [&](std::vector<float>& to, const char* name) {
                const std::vector<float> part = reorderGates(c.param(name + suffix), order);
                to.insert(to.end(), part.begin(), part.end());
            };
            add(w, "weight_ih");
            add(r, "weight_hh");
            add(b, "bias_ih"); // ONNX's B is [Wb, Rb] per direction
            add(b, "bias_hh");
        }
        // ONNX recurrent operators read [T, N, F] and write Y [T, dirs, N, H].
        const std::string timeMajor = c.out.unique(c.part("time_major"));
        setAttribute(c.out.add("Transpose", c.part("Transpose"), { c.inputs[0] }, timeMajor), "perm",
            std::vector<std::int64_t> { 1, 0, 2 });
        const std::string y = c.out.unique(c.part("Y"));
        auto& node = c.out.add(op, c.part(op),
            { timeMajor, c.out.floats(c.id + ".W", { dirs, g, features }, w),
                c.out.floats(c.id + ".R", { dirs, g, units }, r), c.out.floats(c.id + ".B", { dirs, 2 * g }, b) },
            y);
        setAttribute(node, "hidden_size", std::int64_t(units));
        setAttribute(node, "direction", std::string(both ? "bidirectional" : "forward"));
        if (std::string(op) == "GRU")
            setAttribute(node, "linear_before_reset", std::int64_t(1)); // PyTorch's GRU
        const std::string batchMajor = c.out.unique(c.part("batch_major"));
        setAttribute(c.out.add("Transpose", c.part("Transpose_1"), { y }, batchMajor), "perm",
            std::vector<std::int64_t> { 2, 0, 1, 3 });
        const bool sequences = c.boolParam("return_sequences");
        const std::string joined = sequences ? c.id : c.out.unique(c.part("steps"));
        // [N, T, dirs, H] -> [N, T, dirs*H]: both directions side by side, as PyTorch's output.
        c.out.add("Reshape", sequences ? c.id : c.part("Reshape"),
            { batchMajor, c.out.int64s(c.part("shape"), { 0, steps, dirs * units }) }, joined);
        if (!sequences)
            setAttribute(c.out.add("Gather", c.id, { joined, c.out.int64Scalar(c.part("last"), steps - 1) }, c.id),
                "axis", std::int64_t(1));
    };
}

void attention(const OnnxLayerContext& c)
{
    const int steps = c.inputShapes[0][0];
    const int embed = c.inputShapes[0][1];
    const int heads = c.intParam("heads");
    const int headDim = embed / heads;
    const Tensor& inWeight = c.param("in_proj_weight");
    const Tensor& inBias = c.param("in_proj_bias");
    const std::string& x = c.inputs[0];
    // One projection per role, its rows of in_proj_weight; then [N, T, E] -> [N, heads, T, d].
    const auto project = [&](int role, const char* name, std::vector<std::int64_t> perm) {
        const std::size_t rows = static_cast<std::size_t>(embed) * embed;
        Tensor w(
            { embed, embed }, std::vector<float>(inWeight.data() + role * rows, inWeight.data() + (role + 1) * rows));
        Tensor b({ embed }, std::vector<float>(inBias.data() + role * embed, inBias.data() + (role + 1) * embed));
        const std::string projected = c.out.unique(c.part(name));
        writeLinear(c, x, 2, w, &b, projected, c.part(name));
        const std::string split = c.out.unique(c.part(std::string(name) + "_heads"));
        c.out.add("Reshape", c.part(std::string(name) + "/Reshape"),
            { projected, c.out.int64s(c.part("head_shape"), { 0, steps, heads, headDim }) }, split);
        const std::string out = c.out.unique(c.part(std::string(name) + "_t"));
        setAttribute(c.out.add("Transpose", c.part(std::string(name) + "/Transpose"), { split }, out), "perm", perm);
        return out;
    };
    const std::string q = project(0, "q", { 0, 2, 1, 3 });
    const std::string k = project(1, "k", { 0, 2, 3, 1 }); // already K^T: [N, heads, d, T]
    const std::string v = project(2, "v", { 0, 2, 1, 3 });
    const std::string scores = c.out.unique(c.part("scores"));
    c.out.add("MatMul", c.part("MatMul_scores"), { q, k }, scores);
    std::string scaled = c.out.unique(c.part("scaled"));
    c.out.add("Mul", c.part("Mul_scale"),
        { scores, c.out.scalar(c.part("scale"), 1.0f / std::sqrt(static_cast<float>(headDim))) }, scaled);
    if (c.boolParam("causal")) {
        std::vector<float> mask(static_cast<std::size_t>(steps) * steps, 0.0f);
        for (int i = 0; i < steps; ++i)
            for (int j = i + 1; j < steps; ++j)
                mask[static_cast<std::size_t>(i) * steps + j] = -std::numeric_limits<float>::infinity();
        const std::string masked = c.out.unique(c.part("masked"));
        c.out.add(
            "Add", c.part("Add_mask"), { scaled, c.out.floats(c.part("causal_mask"), { steps, steps }, mask) }, masked);
        scaled = masked;
    }
    const std::string weights = c.out.unique(c.part("weights"));
    writeSoftmax(c.out, c.part("Softmax"), scaled, weights);
    const std::string mixed = c.out.unique(c.part("mixed"));
    c.out.add("MatMul", c.part("MatMul_values"), { weights, v }, mixed);
    const std::string stepsFirst = c.out.unique(c.part("mixed_t"));
    setAttribute(c.out.add("Transpose", c.part("Transpose_heads"), { mixed }, stepsFirst), "perm",
        std::vector<std::int64_t> { 0, 2, 1, 3 });
    const std::string joined = c.out.unique(c.part("joined"));
    c.out.add("Reshape", c.part("Reshape_heads"),
        { stepsFirst, c.out.int64s(c.part("joined_shape"), { 0, steps, embed }) }, joined);
    const Tensor& outBias = c.param("out_proj.bias");
    writeLinear(c, joined, 2, c.param("out_proj.weight"), &outBias, c.id, c.id + "/out_proj");
}

} // namespace

void addSequenceLayerWriters(std::map<std::string, OnnxLayerWriter>& table)
{
    table["Embedding"] = embedding;
    table["PositionalEncoding"] = positionalEncoding;
    table["SequencePool"] = sequencePool;
    table["SimpleRNN"] = recurrent("RNN", { 0 });
    table["LSTM"] = recurrent("LSTM", { 0, 3, 1, 2 });
    table["GRU"] = recurrent("GRU", { 1, 0, 2 });
    table["MultiHeadAttention"] = attention;
}

} // namespace nw
