#pragma once
// What the importer's pattern files share (OnnxImportPatterns.cpp: feed-forward and
// CNN operators; OnnxSequencePatterns.cpp: sequence layers): small readers of an
// OnnxImportGraph, and the sequence matchers the dispatcher calls. Internal to
// core/interop/onnx.
#include "OnnxImportPatterns.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace nw::onnximport {

using Node = onnx::NodeProto;

[[noreturn]] inline void refuse(const Node& n, const std::string& problem)
{
    throw OnnxImportError(n.op_type() + " node '" + n.name() + "': " + problem);
}

// A constant's value as an int, refused unless it is a whole number in int's range
// (a file can hold 1e300 or NaN where an index or a size belongs).
inline int wholeInt(const Node& n, double value, const char* what)
{
    if (!(value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max())
        || std::floor(value) != value)
        refuse(n, std::string(what) + " must be a whole number, got " + std::to_string(value));
    return static_cast<int>(value);
}

inline Tensor tensorOf(const OnnxConstant& c)
{
    Shape shape;
    for (std::int64_t d : c.dims)
        shape.push_back(static_cast<int>(d));
    return Tensor(shape, c.floats());
}

inline Tensor transposed2d(const OnnxConstant& c)
{
    const int rows = static_cast<int>(c.dims[0]), cols = static_cast<int>(c.dims[1]);
    std::vector<float> t(c.values.size());
    for (int r = 0; r < rows; ++r)
        for (int k = 0; k < cols; ++k)
            t[static_cast<std::size_t>(k) * rows + r]
                = static_cast<float>(c.values[static_cast<std::size_t>(r) * cols + k]);
    return Tensor({ cols, rows }, std::move(t));
}

inline bool near(double a, double b, double tolerance = 1e-5)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

inline bool isScalar(const OnnxImportGraph& g, const std::string& t, double value, double tolerance = 1e-5)
{
    const OnnxConstant* c = g.constant(t);
    return c && c->isScalarLike() && near(c->values[0], value, tolerance);
}

// The non-constant operand of a binary node whose other operand is constant; "" otherwise.
inline std::string variableOperand(const OnnxImportGraph& g, const Node& n, const OnnxConstant** constant = nullptr)
{
    if (n.input_size() != 2)
        return {};
    for (int k = 0; k < 2; ++k)
        if (const OnnxConstant* c = g.constant(n.input(1 - k)); c && !g.isConstant(n.input(k))) {
            if (constant)
                *constant = c;
            return n.input(k);
        }
    return {};
}

// The single consumer of node `i`'s first output when it is `op`, else -1.
inline int next(const OnnxImportGraph& g, int i, const char* op)
{
    const int c = g.onlyConsumer(g.node(i).output(0));
    return c >= 0 && g.node(c).op_type() == op ? c : -1;
}

inline ImportedLayer layer(
    const Node& n, const char* type, std::vector<std::string> inputs, std::string output, QVariantMap params = {})
{
    return { .name = n.name().empty() ? n.op_type() : n.name(),
        .type = QString::fromLatin1(type),
        .params = std::move(params),
        .weights = {},
        .inputs = std::move(inputs),
        .output = std::move(output) };
}

inline PatternMatch single(int i, ImportedLayer l)
{
    return { .nodes = { i }, .layers = { std::move(l) } };
}

// Sequence layers (OnnxSequencePatterns.cpp); each returns nullopt when the nodes
// from `i` on are not its pattern.
std::optional<PatternMatch> positions(const OnnxImportGraph& g, int i); // Add(x, [T, E] table)
std::optional<PatternMatch> slicedPositions(const OnnxImportGraph& g, int i); // Slice(table) -> Add
std::optional<PatternMatch> castGather(const OnnxImportGraph& g, int i); // Cast -> Gather(table)
std::optional<PatternMatch> gatherStep(const OnnxImportGraph& g, int i); // one step along axis 1
std::optional<PatternMatch> reduceOverSteps(const OnnxImportGraph& g, int i, const char* mode);
std::optional<PatternMatch> recurrent(const OnnxImportGraph& g, int i); // Transpose -> RNN/GRU/LSTM -> ...
std::optional<PatternMatch> attention(const OnnxImportGraph& g, int i); // Q/K/V MatMuls -> ... -> out_proj
// Decoder layers (OnnxUpsamplingPatterns.cpp): ConvTranspose and Resize.
std::optional<PatternMatch> convTranspose(const OnnxImportGraph& g, int i);
std::optional<PatternMatch> resize(const OnnxImportGraph& g, int i);
// torch's nn.MultiheadAttention, from its first Transpose (OnnxTorchAttention.cpp).
std::optional<PatternMatch> torchAttention(const OnnxImportGraph& g, int i);

} // namespace nw::onnximport
