// The importer's patterns for sequence layers: embeddings (Cast -> Gather), fixed and
// learned positions, pooling over steps, the Transpose/RNN/Transpose/Reshape(/Gather)
// run of our recurrent layers, and our attention's MatMul/Softmax decomposition.
#include "engine/layers/PositionalEncoding.h"
#include "engine/ThreadPool.h"
#include "OnnxPatternSupport.h"

#include <map>

namespace nw::onnximport {

namespace {

// Whether a [T, E] table is the engine's fixed sinusoidal encoding (read from the
// layer itself, so the formula lives in one place).
bool matchesSinusoid(const OnnxConstant& table)
{
    const int steps = static_cast<int>(table.dims[0]), dim = static_cast<int>(table.dims[1]);
    PositionalEncoding layer(PositionalEncodingKind::Sinusoidal, steps);
    layer.build({ { steps, dim } });
    ThreadPool pool(1);
    ExecutionContext ctx { .pool = &pool };
    const Tensor zeros({ 1, steps, dim }, 0.0f);
    const Tensor* in[] = { &zeros };
    Tensor rows;
    layer.forward(in, rows, ctx);
    for (std::size_t k = 0; k < rows.size(); ++k)
        if (std::abs(rows[k] - table.values[k]) > 1e-6)
            return false;
    return true;
}

// x W^T + b written as MatMul(x, W^T) -> Add(b): W, b and the Add's index.
struct Linear {
    Tensor weight;
    Tensor bias;
    int add = -1;
};

std::optional<Linear> linearAt(const OnnxImportGraph& g, int matmul)
{
    if (matmul < 0 || g.node(matmul).op_type() != "MatMul")
        return std::nullopt;
    const OnnxConstant* w = g.constant(g.node(matmul).input(1));
    const int add = next(g, matmul, "Add");
    const OnnxConstant* b = nullptr;
    if (!w || w->dims.size() != 2 || add < 0 || variableOperand(g, g.node(add), &b).empty()
        || b->values.size() != static_cast<std::size_t>(w->dims[1]))
        return std::nullopt;
    return Linear { transposed2d(*w), Tensor({ static_cast<int>(w->dims[1]) }, b->floats()), add };
}

// One head projection: MatMul -> Add -> Reshape [0, T, heads, d] -> Transpose(perm).
struct HeadProjection {
    Linear linear;
    std::vector<int> nodes;
    int heads = 0;
    std::string output;
};

std::optional<HeadProjection> headProjection(
    const OnnxImportGraph& g, int matmul, const std::vector<std::int64_t>& perm)
{
    auto linear = linearAt(g, matmul);
    if (!linear)
        return std::nullopt;
    const int reshape = next(g, linear->add, "Reshape");
    const OnnxConstant* shape = reshape >= 0 ? g.constant(g.node(reshape).input(1)) : nullptr;
    if (!shape || shape->values.size() != 4)
        return std::nullopt;
    const int transpose = next(g, reshape, "Transpose");
    if (transpose < 0 || intsAttribute(g.node(transpose), "perm") != perm)
        return std::nullopt;
    return HeadProjection { *linear, { matmul, linear->add, reshape, transpose },
        wholeInt(g.node(reshape), shape->values[2], "the number of heads"),
        g.node(transpose).output(0) };
}

// The node `steps` producers up from node `n` along first inputs (Transpose ->
// Reshape -> Add -> MatMul), or -1 where the chain ends.
int upstream(const OnnxImportGraph& g, int n, int steps)
{
    for (; n >= 0 && steps > 0; --steps)
        n = g.producer(g.node(n).input(0));
    return n;
}

// Whether a recurrent operator's activations are ONNX's defaults (torch writes
// RNN's Tanh out explicitly): RNN Tanh, GRU Sigmoid+Tanh, LSTM Sigmoid+Tanh+Tanh,
// per direction; no alpha or beta.
bool defaultActivations(const onnx::NodeProto& r)
{
    if (hasAttribute(r, "activation_alpha") || hasAttribute(r, "activation_beta"))
        return false;
    std::vector<std::string> names;
    for (const auto& a : r.attribute())
        if (a.name() == "activations")
            names.assign(a.strings().begin(), a.strings().end());
    if (names.empty())
        return true;
    const std::vector<std::string> one = r.op_type() == "RNN" ? std::vector<std::string> { "Tanh" }
        : r.op_type() == "GRU"                                ? std::vector<std::string> { "Sigmoid", "Tanh" }
                                                              : std::vector<std::string> { "Sigmoid", "Tanh", "Tanh" };
    for (std::size_t k = 0; k < names.size(); ++k)
        if (names[k] != one[k % one.size()])
            return false;
    return names.size() % one.size() == 0;
}

// Whether `tensor` is all zeros: a constant, or ConstantOfShape of a zero value.
bool isZeroState(const OnnxImportGraph& g, const std::string& tensor)
{
    if (const OnnxConstant* c = g.constant(tensor))
        return std::all_of(c->values.begin(), c->values.end(), [](double v) { return v == 0; });
    const int p = g.producer(tensor);
    if (p < 0 || g.node(p).op_type() != "ConstantOfShape")
        return false;
    for (const auto& a : g.node(p).attribute())
        if (a.name() == "value" && a.has_t()) {
            const OnnxConstant value = decodeTensor(a.t());
            return std::all_of(value.values.begin(), value.values.end(), [](double v) { return v == 0; });
        }
    return true; // ONNX's default value is a float zero
}

// The nodes after a recurrent operator `op` that turn its Y [T, dirs, N, H] into
// [N, T, dirs*H], or none:
//   ours:  Transpose[2,0,1,3] -> Reshape
//   torch: Squeeze(axis 1) -> Transpose[1,0,2]                     (one direction)
//          Transpose[0,2,1,3] -> Reshape[0,0,-1] -> Transpose[1,0,2] (both)
std::vector<int> batchMajorSteps(const OnnxImportGraph& g, int op, int dirs)
{
    const auto perm = [&](int n) { return intsAttribute(g.node(n), "perm"); };
    const int first = g.onlyConsumer(g.node(op).output(0));
    if (first < 0)
        return {};
    const std::string& kind = g.node(first).op_type();
    if (kind == "Transpose" && perm(first) == std::vector<std::int64_t> { 2, 0, 1, 3 }) {
        const int joined = next(g, first, "Reshape");
        return joined >= 0 ? std::vector<int> { first, joined } : std::vector<int> {};
    }
    if (kind == "Squeeze" && dirs == 1) {
        std::vector<std::int64_t> axes = intsAttribute(g.node(first), "axes");
        if (axes.empty() && g.node(first).input_size() > 1)
            if (const OnnxConstant* c = g.constant(g.node(first).input(1)))
                axes.assign(c->values.begin(), c->values.end());
        const int t = next(g, first, "Transpose");
        if (axes == std::vector<std::int64_t> { 1 } && t >= 0 && perm(t) == std::vector<std::int64_t> { 1, 0, 2 })
            return { first, t };
        return {};
    }
    if (kind == "Transpose" && perm(first) == std::vector<std::int64_t> { 0, 2, 1, 3 }) {
        const int joined = next(g, first, "Reshape");
        const OnnxConstant* shape = joined >= 0 ? g.constant(g.node(joined).input(1)) : nullptr;
        const int t = joined >= 0 ? next(g, joined, "Transpose") : -1;
        if (shape && shape->values == std::vector<double> { 0, 0, -1 } && t >= 0
            && perm(t) == std::vector<std::int64_t> { 1, 0, 2 })
            return { first, joined, t };
    }
    return {};
}

} // namespace

// x + a constant [T, E] table: fixed or learned positions.
std::optional<PatternMatch> positions(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* table = nullptr;
    const std::string x = variableOperand(g, n, &table);
    if (x.empty() || table->dims.size() != 2)
        return std::nullopt;
    const int steps = static_cast<int>(table->dims[0]);
    const bool fixed = matchesSinusoid(*table);
    ImportedLayer l = layer(n, "PositionalEncoding", { x }, n.output(0),
        { { QStringLiteral("kind"), fixed ? QStringLiteral("sinusoidal") : QStringLiteral("learned") },
            { QStringLiteral("max_len"), steps } });
    if (!fixed)
        l.weights["weight"] = tensorOf(*table);
    return single(i, std::move(l));
}

// Slice(table, 0, T, axis 0) -> Add(x, .): learned positions with the whole table.
std::optional<PatternMatch> slicedPositions(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* table = g.constant(n.input(0));
    const int addNode = next(g, i, "Add");
    if (!table || table->dims.size() != 2 || addNode < 0 || n.input_size() < 3 || !isScalar(g, n.input(1), 0))
        return std::nullopt;
    const Node& a = g.node(addNode);
    const std::string x = a.input(0) == n.output(0) ? a.input(1) : a.input(0);
    ImportedLayer l = layer(a, "PositionalEncoding", { x }, a.output(0),
        { { QStringLiteral("kind"), QStringLiteral("learned") },
            { QStringLiteral("max_len"), static_cast<int>(table->dims[0]) } });
    l.weights["weight"] = tensorOf(*table);
    return PatternMatch { .nodes = { i, addNode }, .layers = { std::move(l) } };
}

std::optional<PatternMatch> castGather(const OnnxImportGraph& g, int i)
{
    const int gather = next(g, i, "Gather");
    if (gather < 0)
        return std::nullopt;
    const Node& n = g.node(gather);
    const OnnxConstant* table = g.constant(n.input(0));
    if (!table || table->dims.size() != 2 || n.input(1) != g.node(i).output(0) || intAttribute(n, "axis", 0) != 0)
        return std::nullopt;
    ImportedLayer l = layer(n, "Embedding", { g.node(i).input(0) }, n.output(0),
        { { QStringLiteral("vocab_size"), static_cast<int>(table->dims[0]) },
            { QStringLiteral("dim"), static_cast<int>(table->dims[1]) } });
    l.weights["weight"] = tensorOf(*table);
    return PatternMatch { .nodes = { i, gather }, .layers = { std::move(l) } };
}

std::optional<PatternMatch> gatherStep(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* index = n.input_size() == 2 ? g.constant(n.input(1)) : nullptr;
    if (!index || !index->dims.empty() || intAttribute(n, "axis", 0) != 1)
        return std::nullopt;
    ImportedLayer l
        = layer(n, "SequencePool", { n.input(0) }, n.output(0), { { QStringLiteral("mode"), QStringLiteral("last") } });
    l.stepIndex = wholeInt(n, index->values[0], "the step index");
    return single(i, std::move(l));
}

std::optional<PatternMatch> reduceOverSteps(const OnnxImportGraph& g, int i, const char* mode)
{
    const Node& n = g.node(i);
    std::vector<std::int64_t> axes = intsAttribute(n, "axes");
    if (axes != std::vector<std::int64_t> { 1 } || intAttribute(n, "keepdims", 1) != 0)
        return std::nullopt;
    return single(i,
        layer(
            n, "SequencePool", { n.input(0) }, n.output(0), { { QStringLiteral("mode"), QString::fromLatin1(mode) } }));
}

// Transpose[1,0,2] -> RNN/GRU/LSTM -> Transpose[2,0,1,3] -> Reshape -> (Gather the last step).
std::optional<PatternMatch> recurrent(const OnnxImportGraph& g, int i)
{
    const Node& t = g.node(i);
    if (intsAttribute(t, "perm") != std::vector<std::int64_t> { 1, 0, 2 })
        return std::nullopt;
    const int op = g.onlyConsumer(t.output(0));
    if (op < 0)
        return std::nullopt;
    const Node& r = g.node(op);
    static const std::map<std::string, std::pair<const char*, std::vector<int>>> kinds {
        { "RNN", { "SimpleRNN", { 0 } } }, { "LSTM", { "LSTM", { 0, 3, 1, 2 } } }, { "GRU", { "GRU", { 1, 0, 2 } } }
    };
    const auto kind = kinds.find(r.op_type());
    if (kind == kinds.end())
        return std::nullopt;
    const OnnxConstant* w = g.constant(r.input(1));
    const OnnxConstant* rw = r.input_size() > 2 ? g.constant(r.input(2)) : nullptr;
    const OnnxConstant* b = r.input_size() > 3 && !r.input(3).empty() ? g.constant(r.input(3)) : nullptr;
    if (r.input_size() > 4 && !r.input(4).empty())
        refuse(r, "sequence lengths are not supported");
    for (int k = 5; k < r.input_size(); ++k)
        if (!r.input(k).empty() && !isZeroState(g, r.input(k)))
            refuse(r, "only zero initial states are supported");
    if (!w || !rw || w->dims.size() != 3)
        refuse(r, "the weights must be constants");
    if (!defaultActivations(r) || hasAttribute(r, "clip") || intAttribute(r, "input_forget", 0) != 0)
        refuse(r, "only the default activations, without clipping, are supported");
    if (r.op_type() == "GRU" && intAttribute(r, "linear_before_reset", 0) != 1)
        refuse(r, "only linear_before_reset=1 (PyTorch's GRU) is supported");
    for (int k = 1; k < r.output_size(); ++k)
        if (!r.output(k).empty() && !g.consumers(r.output(k)).empty())
            refuse(r, "the final-state outputs are not supported");
    const std::string dir = stringAttribute(r, "direction", "forward");
    if (dir == "reverse")
        refuse(r, "a reverse-only direction is not supported");
    const int dirs = dir == "bidirectional" ? 2 : 1;
    // Y [T, dirs, N, H] back to [N, T, dirs*H]: ours, or torch's two forms.
    const std::vector<int> tail = batchMajorSteps(g, op, dirs);
    if (tail.empty())
        return std::nullopt;
    const int units = static_cast<int>(intAttribute(r, "hidden_size", 0));
    const std::vector<int>& order = kind->second.second;
    const int gates = static_cast<int>(order.size());
    const int features = static_cast<int>(w->dims[2]);
    if (units <= 0 || w->dims[0] != dirs || w->dims[1] != gates * units)
        refuse(r, "the weights do not match hidden_size and direction");
    // R [dirs, gates*H, H] and B [dirs, 2*gates*H] are read by offset below: a file
    // whose shapes disagree with W's must be refused, not read past its end.
    const std::int64_t gateRows = static_cast<std::int64_t>(gates) * units;
    if (rw->dims != std::vector<std::int64_t> { dirs, gateRows, units })
        refuse(r, "the recurrence weights do not match hidden_size and direction");
    if (b && b->dims != std::vector<std::int64_t> { dirs, 2 * gateRows })
        refuse(r, "the biases do not match hidden_size and direction");
    PatternMatch m { .nodes = { i, op } };
    m.nodes.insert(m.nodes.end(), tail.begin(), tail.end());
    std::string out = g.node(tail.back()).output(0);
    ImportedLayer l = layer(g.node(tail.back()), kind->second.first, { t.input(0) }, out);
    if (const int last = g.onlyConsumer(out); last >= 0 && g.node(last).op_type() == "Gather") {
        if (auto step = gatherStep(g, last)) {
            l.stepIndex = step->layers[0].stepIndex;
            l.output = g.node(last).output(0);
            l.name = g.node(last).name();
            m.nodes.push_back(last);
        }
    }
    // torch names the nodes after the module ("/rnn/LSTM"): that is the better id.
    if (!r.name().empty() && r.name()[0] == '/')
        l.name = r.name();
    l.params = { { QStringLiteral("units"), units }, { QStringLiteral("return_sequences"), !l.stepIndex.has_value() },
        { QStringLiteral("bidirectional"), dirs == 2 } };
    // Back to PyTorch's gate order and names, bias split into its input and hidden halves.
    const auto unpack = [&](const std::vector<double>& values, std::size_t offset, int rows, int cols) {
        const std::size_t block = static_cast<std::size_t>(units) * cols;
        std::vector<float> out(static_cast<std::size_t>(rows) * cols);
        for (int onnxGate = 0; onnxGate < gates; ++onnxGate)
            for (std::size_t k = 0; k < block; ++k)
                out[order[onnxGate] * block + k] = static_cast<float>(values[offset + onnxGate * block + k]);
        return Tensor(cols == 1 ? Shape { rows } : Shape { rows, cols }, std::move(out));
    };
    const int g3 = gates * units;
    for (int k = 0; k < dirs; ++k) {
        const std::string suffix = k == 0 ? "_l0" : "_l0_reverse";
        l.weights["weight_ih" + suffix] = unpack(w->values, static_cast<std::size_t>(k) * g3 * features, g3, features);
        l.weights["weight_hh" + suffix] = unpack(rw->values, static_cast<std::size_t>(k) * g3 * units, g3, units);
        const std::vector<double> zeros(static_cast<std::size_t>(2 * g3 * dirs), 0.0);
        const std::vector<double>& bias = b ? b->values : zeros;
        l.weights["bias_ih" + suffix] = unpack(bias, static_cast<std::size_t>(k) * 2 * g3, g3, 1);
        l.weights["bias_hh" + suffix] = unpack(bias, static_cast<std::size_t>(k) * 2 * g3 + g3, g3, 1);
    }
    m.layers.push_back(std::move(l));
    return m;
}

// Our exporter's attention, from its query projection's MatMul: Q, K, V head
// projections -> MatMul -> Mul(1/sqrt(d)) -> (Add causal mask) -> Softmax -> MatMul
// -> Transpose -> Reshape -> MatMul+Add (out_proj).
std::optional<PatternMatch> attention(const OnnxImportGraph& g, int i)
{
    const auto q = headProjection(g, i, { 0, 2, 1, 3 });
    if (!q)
        return std::nullopt;
    const int scores = g.onlyConsumer(q->output);
    if (scores < 0 || g.node(scores).op_type() != "MatMul" || g.node(scores).input(0) != q->output)
        return std::nullopt;
    const int kTranspose = g.producer(g.node(scores).input(1));
    const int kMatmul = kTranspose >= 0 ? upstream(g, kTranspose, 3) : -1;
    const auto k = headProjection(g, kMatmul, { 0, 2, 3, 1 });
    const std::string& x = g.node(i).input(0);
    if (!k || g.node(kMatmul).input(0) != x || k->heads != q->heads)
        return std::nullopt;
    const int scale = next(g, scores, "Mul");
    const OnnxConstant* factor = nullptr;
    if (scale < 0 || variableOperand(g, g.node(scale), &factor).empty() || !factor->isScalarLike())
        return std::nullopt;
    int last = scale;
    bool causal = false;
    if (const int mask = next(g, scale, "Add"); mask >= 0) {
        const OnnxConstant* m = nullptr;
        if (variableOperand(g, g.node(mask), &m).empty() || m->dims.size() != 2 || m->dims[0] != m->dims[1])
            return std::nullopt;
        const std::size_t t = static_cast<std::size_t>(m->dims[0]);
        for (std::size_t r = 0; r < t; ++r)
            for (std::size_t c = 0; c < t; ++c)
                if ((c > r) != (m->values[r * t + c] < -1e30) || (c <= r && m->values[r * t + c] != 0))
                    refuse(g.node(mask), "only a causal mask (-inf above the diagonal) is supported");
        causal = true;
        last = mask;
    }
    const int softmax = next(g, last, "Softmax");
    const int values = softmax >= 0 ? next(g, softmax, "MatMul") : -1;
    if (values < 0 || g.node(values).input(0) != g.node(softmax).output(0))
        return std::nullopt;
    const int vTranspose = g.producer(g.node(values).input(1));
    const int vMatmul = vTranspose >= 0 ? upstream(g, vTranspose, 3) : -1;
    const auto v = headProjection(g, vMatmul, { 0, 2, 1, 3 });
    if (!v || g.node(vMatmul).input(0) != x)
        return std::nullopt;
    const int heads = next(g, values, "Transpose");
    const int joined = heads >= 0 ? next(g, heads, "Reshape") : -1;
    const auto out = joined >= 0 ? linearAt(g, next(g, joined, "MatMul")) : std::nullopt;
    if (!out)
        return std::nullopt;
    const int embed = q->linear.weight.dim(0);
    const double headDim = static_cast<double>(embed) / q->heads;
    if (!near(factor->values[0], 1.0 / std::sqrt(headDim), 1e-4))
        refuse(g.node(scale), "the scores must be scaled by 1/sqrt(head size)");
    PatternMatch m;
    for (const auto* part : { &*q, &*k, &*v })
        m.nodes.insert(m.nodes.end(), part->nodes.begin(), part->nodes.end());
    const int outMatmul = next(g, joined, "MatMul");
    m.nodes.insert(m.nodes.end(), { scores, scale, softmax, values, heads, joined, outMatmul, out->add });
    if (causal)
        m.nodes.push_back(last);
    const Node& named = g.node(out->add);
    ImportedLayer l = layer(named, "MultiHeadAttention", { x }, named.output(0),
        { { QStringLiteral("heads"), q->heads }, { QStringLiteral("causal"), causal } });
    // ONNX names the out_proj Add "<id>/out_proj": the id is what comes before.
    l.name = named.name().substr(0, named.name().find("/out_proj"));
    std::vector<float> inWeight, inBias;
    for (const auto* part : { &*q, &*k, &*v }) {
        inWeight.insert(
            inWeight.end(), part->linear.weight.data(), part->linear.weight.data() + part->linear.weight.size());
        inBias.insert(inBias.end(), part->linear.bias.data(), part->linear.bias.data() + part->linear.bias.size());
    }
    l.weights["in_proj_weight"] = Tensor({ 3 * embed, embed }, std::move(inWeight));
    l.weights["in_proj_bias"] = Tensor({ 3 * embed }, std::move(inBias));
    l.weights["out_proj.weight"] = out->weight;
    l.weights["out_proj.bias"] = out->bias;
    m.layers.push_back(std::move(l));
    return m;
}

} // namespace nw::onnximport

namespace nw {

std::set<int> zeroInitialStateNodes(const OnnxImportGraph& g)
{
    // Ancestors of each zero initial state, as far as they only serve that state.
    static const std::set<std::string> plumbing { "ConstantOfShape", "Concat", "Unsqueeze", "Gather", "Shape",
        "Constant", "Cast", "Squeeze", "Slice" };
    std::set<int> result;
    for (int i = 0; i < g.nodeCount(); ++i) {
        const auto& r = g.node(i);
        if (r.op_type() != "RNN" && r.op_type() != "GRU" && r.op_type() != "LSTM")
            continue;
        for (int k = 5; k < r.input_size(); ++k) {
            const int state = g.producer(r.input(k));
            if (state < 0 || g.node(state).op_type() != "ConstantOfShape" || !onnximport::isZeroState(g, r.input(k)))
                continue;
            std::set<int> chain;
            std::vector<int> todo { state };
            while (!todo.empty()) {
                const int n = todo.back();
                todo.pop_back();
                if (!chain.insert(n).second || g.node(n).op_type() == "Shape")
                    continue; // a Shape reads a real tensor: the chain stops there
                for (const std::string& in : g.node(n).input())
                    if (const int p = g.producer(in); p >= 0 && plumbing.count(g.node(p).op_type()))
                        todo.push_back(p);
            }
            // Keep the chain only if nothing outside it (but recurrent operators) reads it.
            bool closed = true;
            for (int n : chain)
                for (const std::string& out : g.node(n).output())
                    for (int c : g.consumers(out)) {
                        const std::string& op = g.node(c).op_type();
                        closed = closed && (chain.count(c) || op == "RNN" || op == "GRU" || op == "LSTM");
                    }
            if (closed)
                result.insert(chain.begin(), chain.end());
        }
    }
    return result;
}

} // namespace nw
