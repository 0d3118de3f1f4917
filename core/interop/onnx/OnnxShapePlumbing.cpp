#include "OnnxShapePlumbing.h"

namespace nw {

namespace {

// Depth-limited so that a hostile file's long chains cannot exhaust the stack.
std::optional<std::vector<std::int64_t>> fold(const OnnxImportGraph& g, const std::string& tensor, int depth)
{
    if (depth > 32)
        return std::nullopt;
    if (const OnnxConstant* c = g.constant(tensor))
        return std::vector<std::int64_t>(c->values.begin(), c->values.end());
    const int p = g.producer(tensor);
    if (p < 0)
        return std::nullopt;
    const auto& n = g.node(p);
    const std::string& op = n.op_type();
    if (op == "Gather") {
        // Shape(x)[0]: the batch, the one axis whose size we never know.
        const int shape = g.producer(n.input(0));
        const OnnxConstant* index = n.input_size() == 2 ? g.constant(n.input(1)) : nullptr;
        if (shape >= 0 && g.node(shape).op_type() == "Shape" && intAttribute(n, "axis", 0) == 0 && index
            && index->values.size() == 1 && index->values[0] == 0 && intAttribute(g.node(shape), "start", 0) == 0)
            return std::vector<std::int64_t> { kBatchDim };
        return std::nullopt;
    }
    if (op == "Unsqueeze" || op == "Cast" || op == "Identity")
        return fold(g, n.input(0), depth + 1); // a scalar to [1] changes no values
    if (op == "Concat" && intAttribute(n, "axis", 0) == 0) {
        std::vector<std::int64_t> all;
        for (const std::string& in : n.input()) {
            const auto part = fold(g, in, depth + 1);
            if (!part)
                return std::nullopt;
            all.insert(all.end(), part->begin(), part->end());
        }
        return all;
    }
    return std::nullopt;
}

void ancestors(const OnnxImportGraph& g, const std::string& tensor, std::set<int>& into)
{
    const int p = g.producer(tensor);
    if (p < 0 || !into.insert(p).second || g.node(p).op_type() == "Shape")
        return; // a Shape reads a real tensor: the computation stops there
    for (const std::string& in : g.node(p).input())
        ancestors(g, in, into);
}

} // namespace

std::optional<std::vector<std::int64_t>> foldedShape(const OnnxImportGraph& graph, const std::string& tensor)
{
    return fold(graph, tensor, 0);
}

std::set<int> batchShapeNodes(const OnnxImportGraph& g)
{
    std::set<int> result;
    for (int i = 0; i < g.nodeCount(); ++i) {
        const auto& n = g.node(i);
        if (n.op_type() != "Reshape" || n.input_size() < 2 || g.isConstant(n.input(1)) || !foldedShape(g, n.input(1)))
            continue;
        std::set<int> chain;
        ancestors(g, n.input(1), chain);
        // Dropped only when nothing but the chain and Reshapes' shape inputs reads it.
        bool closed = true;
        for (int k : chain)
            for (const std::string& out : g.node(k).output())
                for (int c : g.consumers(out))
                    closed
                        = closed && (chain.count(c) || (g.node(c).op_type() == "Reshape" && g.node(c).input(1) == out));
        if (closed)
            result.insert(chain.begin(), chain.end());
    }
    return result;
}

} // namespace nw
