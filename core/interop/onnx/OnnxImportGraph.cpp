#include "OnnxImportGraph.h"

#include <cstring>

namespace nw {

namespace {

template <typename T> std::vector<double> fromRaw(const std::string& raw, std::size_t count, const std::string& name)
{
    if (raw.size() != count * sizeof(T))
        throw OnnxImportError("tensor '" + name + "' has " + std::to_string(raw.size()) + " bytes of data for "
            + std::to_string(count) + " values");
    std::vector<double> values(count);
    for (std::size_t i = 0; i < count; ++i) {
        T v;
        std::memcpy(&v, raw.data() + i * sizeof(T), sizeof(T));
        values[i] = static_cast<double>(v);
    }
    return values;
}

template <typename Field> std::vector<double> fromField(const Field& field, std::size_t count, const std::string& name)
{
    if (static_cast<std::size_t>(field.size()) != count)
        throw OnnxImportError("tensor '" + name + "' has " + std::to_string(field.size()) + " values for a shape of "
            + std::to_string(count));
    return { field.begin(), field.end() };
}

const onnx::AttributeProto* attribute(const onnx::NodeProto& node, const std::string& name)
{
    for (const auto& a : node.attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

// The inputs the operators we read need at least, so that matchers may read them
// without checking: a damaged file is refused here instead.
void checkArity(const onnx::NodeProto& n)
{
    static const std::map<std::string, int> minimum { { "Gemm", 2 }, { "MatMul", 2 }, { "Conv", 2 }, { "Add", 2 },
        { "Sub", 2 }, { "Mul", 2 }, { "Div", 2 }, { "Pow", 2 }, { "BatchNormalization", 5 },
        { "LayerNormalization", 2 }, { "Reshape", 2 }, { "Gather", 2 }, { "Slice", 3 }, { "Pad", 2 }, { "RNN", 3 },
        { "GRU", 3 }, { "LSTM", 3 }, { "Constant", 0 } };
    const auto it = minimum.find(n.op_type());
    const int needed = it == minimum.end() ? 1 : it->second;
    if (n.input_size() < needed || n.output_size() < 1)
        throw OnnxImportError(n.op_type() + " node '" + n.name() + "' has " + std::to_string(n.input_size())
            + " inputs and " + std::to_string(n.output_size()) + " outputs; it needs at least " + std::to_string(needed)
            + " and 1");
    for (int k = 0; k < needed; ++k)
        if (n.input(k).empty() && !(n.op_type() == "Gemm" && k == 2))
            throw OnnxImportError(
                n.op_type() + " node '" + n.name() + "' leaves its required input " + std::to_string(k) + " empty");
}

} // namespace

OnnxConstant decodeTensor(const onnx::TensorProto& t)
{
    OnnxConstant c;
    std::size_t count = 1;
    for (std::int64_t d : t.dims()) {
        c.dims.push_back(d);
        count *= static_cast<std::size_t>(d); // OnnxFile checked dims against overflow
    }
    const std::string& name = t.name();
    const bool raw = t.has_raw_data();
    switch (t.data_type()) {
    case onnx::TensorProto::FLOAT:
        c.values = raw ? fromRaw<float>(t.raw_data(), count, name) : fromField(t.float_data(), count, name);
        break;
    case onnx::TensorProto::DOUBLE:
        c.values = raw ? fromRaw<double>(t.raw_data(), count, name) : fromField(t.double_data(), count, name);
        break;
    case onnx::TensorProto::INT64:
        c.values = raw ? fromRaw<std::int64_t>(t.raw_data(), count, name) : fromField(t.int64_data(), count, name);
        break;
    case onnx::TensorProto::INT32:
        c.values = raw ? fromRaw<std::int32_t>(t.raw_data(), count, name) : fromField(t.int32_data(), count, name);
        break;
    default:
        throw OnnxImportError("tensor '" + name + "' has data type " + std::to_string(t.data_type())
            + "; only float, double, int32 and int64 constants are supported");
    }
    return c;
}

OnnxImportGraph::OnnxImportGraph(const onnx::GraphProto& graph, int opset)
    : m_graph(graph)
    , m_opset(opset)
{
    for (const auto& t : graph.initializer())
        m_constants[t.name()] = decodeTensor(t);
    for (const auto& o : graph.output())
        m_outputs.insert(o.name());
    for (int i = 0; i < graph.node_size(); ++i) {
        const auto& n = graph.node(i);
        checkArity(n);
        for (const std::string& in : n.input())
            if (!in.empty())
                m_consumers[in].push_back(i);
        for (const std::string& out : n.output())
            m_producer[out] = i;
        if (n.op_type() == "Constant" && n.output_size() == 1) {
            if (const auto* value = attribute(n, "value"); value && value->has_t())
                m_constants[n.output(0)] = decodeTensor(value->t());
            else if (const auto* f = attribute(n, "value_float"))
                m_constants[n.output(0)] = OnnxConstant { {}, { f->f() } };
            else if (const auto* ints = attribute(n, "value_ints"))
                m_constants[n.output(0)]
                    = OnnxConstant { { ints->ints_size() }, { ints->ints().begin(), ints->ints().end() } };
            else if (const auto* i64 = attribute(n, "value_int"))
                m_constants[n.output(0)] = OnnxConstant { {}, { static_cast<double>(i64->i()) } };
        }
    }
}

int OnnxImportGraph::producer(const std::string& tensor) const
{
    const auto it = m_producer.find(tensor);
    return it == m_producer.end() ? -1 : it->second;
}

std::vector<int> OnnxImportGraph::consumers(const std::string& tensor) const
{
    const auto it = m_consumers.find(tensor);
    return it == m_consumers.end() ? std::vector<int> {} : it->second;
}

int OnnxImportGraph::onlyConsumer(const std::string& tensor) const
{
    const std::vector<int> c = consumers(tensor);
    return c.size() == 1 && !isGraphOutput(tensor) ? c[0] : -1;
}

const OnnxConstant* OnnxImportGraph::constant(const std::string& tensor) const
{
    const auto it = m_constants.find(tensor);
    return it == m_constants.end() ? nullptr : &it->second;
}

std::int64_t intAttribute(const onnx::NodeProto& node, const std::string& name, std::int64_t fallback)
{
    const auto* a = attribute(node, name);
    return a ? a->i() : fallback;
}

float floatAttribute(const onnx::NodeProto& node, const std::string& name, float fallback)
{
    const auto* a = attribute(node, name);
    return a ? a->f() : fallback;
}

std::string stringAttribute(const onnx::NodeProto& node, const std::string& name, const std::string& fallback)
{
    const auto* a = attribute(node, name);
    return a ? a->s() : fallback;
}

std::vector<std::int64_t> intsAttribute(const onnx::NodeProto& node, const std::string& name)
{
    const auto* a = attribute(node, name);
    return a ? std::vector<std::int64_t>(a->ints().begin(), a->ints().end()) : std::vector<std::int64_t> {};
}

bool hasAttribute(const onnx::NodeProto& node, const std::string& name)
{
    return attribute(node, name) != nullptr;
}

} // namespace nw
