// torch.onnx.export's nn.MultiheadAttention(batch_first=True) in self-attention,
// evaluation mode (PyTorch 1.13): the input turned time-major, one in-projection
// MatMul + Add, Slices for Q, K and V (their bounds computed from Shape), each
// reshaped to [T, N*heads, d] and transposed, Q divided by sqrt(d), MatMul, Softmax,
// MatMul, back to [T*N, E], the out-projection Gemm, reshaped to [T, N, E] and turned
// batch-first again. Everything that only computes shapes is part of the pattern.
#include "OnnxPatternSupport.h"

#include <set>

namespace nw::onnximport {

namespace {

using Ints = std::vector<std::int64_t>;

bool hasPerm(const OnnxImportGraph& g, int n, const Ints& perm)
{
    return n >= 0 && g.node(n).op_type() == "Transpose" && intsAttribute(g.node(n), "perm") == perm;
}

int consumerOf(const OnnxImportGraph& g, const std::string& tensor, const char* op)
{
    int found = -1;
    for (int c : g.consumers(tensor))
        if (g.node(c).op_type() == op) {
            if (found >= 0)
                return -1; // two: not the pattern
            found = c;
        }
    return found;
}

// The one consumer of node n's output that is `op`, when every other consumer only
// reads its shape (torch computes the next reshape's target from it); else -1.
int then(const OnnxImportGraph& g, int n, const char* op)
{
    if (n < 0)
        return -1;
    int found = -1;
    for (int c : g.consumers(g.node(n).output(0))) {
        if (g.node(c).op_type() == op && found < 0)
            found = c;
        else if (g.node(c).op_type() != "Shape")
            return -1;
    }
    return found;
}

// The nodes that compute `tensor` from shapes and constants only, as far back as the
// Shape nodes that read real tensors; false when something else feeds it.
bool shapeComputation(const OnnxImportGraph& g, const std::string& tensor, std::set<int>& into, int depth = 0)
{
    static const std::set<std::string> plumbing { "Shape", "Gather", "Unsqueeze", "Squeeze", "Concat", "Div", "Mul",
        "Add", "Sub", "Cast", "Constant", "Floor", "Slice" };
    if (g.isConstant(tensor) && g.producer(tensor) < 0)
        return true;
    const int p = g.producer(tensor);
    if (p < 0 || depth > 32 || !plumbing.count(g.node(p).op_type()))
        return false;
    if (!into.insert(p).second || g.node(p).op_type() == "Shape")
        return true;
    for (const std::string& in : g.node(p).input())
        if (!in.empty() && !shapeComputation(g, in, into, depth + 1))
            return false;
    return true;
}

} // namespace

std::optional<PatternMatch> torchAttention(const OnnxImportGraph& g, int i)
{
    const Node& start = g.node(i);
    if (!hasPerm(g, i, { 1, 0, 2 }))
        return std::nullopt;
    const std::string& xt = start.output(0);
    // In-projection: MatMul(xt, W[E, 3E]) + bias.
    const int proj = consumerOf(g, xt, "MatMul");
    if (proj < 0 || g.node(proj).input(0) != xt)
        return std::nullopt;
    const OnnxConstant* w = g.constant(g.node(proj).input(1));
    const int projAdd = then(g, proj, "Add");
    const OnnxConstant* b = nullptr;
    if (!w || w->dims.size() != 2 || w->dims[1] != 3 * w->dims[0] || projAdd < 0
        || variableOperand(g, g.node(projAdd), &b).empty() || b->values.size() != static_cast<std::size_t>(w->dims[1]))
        return std::nullopt;
    const int embed = static_cast<int>(w->dims[0]);
    const std::string& qkv = g.node(projAdd).output(0);

    // The three Slices, told apart by where they lead.
    std::set<int> nodes { i, proj, projAdd };
    int qDiv = -1, kT = -1, vT = -1;
    std::vector<int> slices;
    for (int c : g.consumers(qkv))
        if (g.node(c).op_type() == "Slice")
            slices.push_back(c);
    if (slices.size() != 3)
        return std::nullopt;
    for (int s : slices) {
        const int reshape = then(g, s, "Reshape");
        const int t = reshape >= 0 ? then(g, reshape, "Transpose") : -1;
        if (t < 0)
            return std::nullopt;
        nodes.insert({ s, reshape, t });
        for (int k = 1; k < g.node(s).input_size(); ++k)
            if (!shapeComputation(g, g.node(s).input(k), nodes))
                return std::nullopt;
        if (!shapeComputation(g, g.node(reshape).input(1), nodes))
            return std::nullopt;
        if (hasPerm(g, t, { 1, 2, 0 })) {
            kT = t;
        } else if (hasPerm(g, t, { 1, 0, 2 })) {
            if (const int div = then(g, t, "Div"); div >= 0)
                qDiv = div;
            else
                vT = t;
        }
    }
    if (qDiv < 0 || kT < 0 || vT < 0)
        return std::nullopt;
    const OnnxConstant* root = nullptr;
    if (variableOperand(g, g.node(qDiv), &root).empty() || !root->isScalarLike())
        return std::nullopt;
    const int headDim = static_cast<int>(std::lround(root->values[0] * root->values[0]));
    if (headDim <= 0 || embed % headDim != 0 || !near(root->values[0], std::sqrt(static_cast<double>(headDim)), 1e-4))
        refuse(g.node(qDiv), "the queries must be divided by sqrt(head size)");
    const int scores = then(g, qDiv, "MatMul");
    if (scores < 0 || g.node(scores).input(1) != g.node(kT).output(0))
        return std::nullopt;
    const int softmax = then(g, scores, "Softmax");
    const int mixed = softmax >= 0 ? then(g, softmax, "MatMul") : -1;
    if (mixed < 0 || intAttribute(g.node(softmax), "axis", -1) != -1 || g.node(mixed).input(1) != g.node(vT).output(0))
        return std::nullopt;
    const int back = then(g, mixed, "Transpose");
    const int joined = hasPerm(g, back, { 1, 0, 2 }) ? then(g, back, "Reshape") : -1;
    const int outProj = joined >= 0 ? then(g, joined, "Gemm") : -1;
    const int unjoined = outProj >= 0 ? then(g, outProj, "Reshape") : -1;
    const int end = unjoined >= 0 ? then(g, unjoined, "Transpose") : -1;
    if (!hasPerm(g, end, { 1, 0, 2 }))
        return std::nullopt;
    const Node& gemm = g.node(outProj);
    const OnnxConstant* ow = g.constant(gemm.input(1));
    const OnnxConstant* ob = gemm.input_size() > 2 ? g.constant(gemm.input(2)) : nullptr;
    if (!ow || !ob || intAttribute(gemm, "transB", 0) != 1 || ow->dims != std::vector<std::int64_t> { embed, embed }
        || ob->values.size() != static_cast<std::size_t>(embed))
        return std::nullopt;
    if (!shapeComputation(g, g.node(joined).input(1), nodes) || !shapeComputation(g, g.node(unjoined).input(1), nodes))
        return std::nullopt;
    nodes.insert({ qDiv, scores, softmax, mixed, back, joined, outProj, unjoined, end });
    // Every node of the pattern feeds only the pattern (but the last).
    for (int n : nodes)
        for (const std::string& out : g.node(n).output())
            for (int c : g.consumers(out))
                if (n != end && !nodes.count(c))
                    return std::nullopt;

    ImportedLayer l = layer(g.node(proj), "MultiHeadAttention", { start.input(0) }, g.node(end).output(0),
        { { QStringLiteral("heads"), embed / headDim }, { QStringLiteral("causal"), false } });
    l.weights["in_proj_weight"] = transposed2d(*w);
    l.weights["in_proj_bias"] = Tensor({ 3 * embed }, b->floats());
    l.weights["out_proj.weight"] = tensorOf(*ow);
    l.weights["out_proj.bias"] = Tensor({ embed }, ob->floats());
    return PatternMatch { .nodes = { nodes.begin(), nodes.end() }, .layers = { std::move(l) } };
}

} // namespace nw::onnximport
