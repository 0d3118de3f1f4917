#include "OnnxGraphWriter.h"

namespace nw {

OnnxGraphWriter::OnnxGraphWriter(onnx::GraphProto& graph)
    : m_graph(graph)
{
}

std::string OnnxGraphWriter::unique(const std::string& name)
{
    std::string candidate = name;
    for (int i = 1; m_names.count(candidate); ++i)
        candidate = name + "_" + std::to_string(i);
    m_names.insert(candidate);
    return candidate;
}

onnx::NodeProto& OnnxGraphWriter::add(const std::string& opType, const std::string& name,
    const std::vector<std::string>& inputs, const std::string& output)
{
    return add(opType, name, inputs, std::vector<std::string> { output });
}

onnx::NodeProto& OnnxGraphWriter::add(const std::string& opType, const std::string& name,
    const std::vector<std::string>& inputs, const std::vector<std::string>& outputs)
{
    onnx::NodeProto* node = m_graph.add_node();
    node->set_op_type(opType);
    node->set_name(name);
    for (const std::string& in : inputs)
        node->add_input(in);
    for (const std::string& out : outputs) {
        node->add_output(out);
        m_names.insert(out);
    }
    return *node;
}

std::string OnnxGraphWriter::floats(const std::string& name, const Shape& dims, const std::vector<float>& values)
{
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(unique(name));
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (int d : dims)
        t->add_dims(d);
    // raw_data is little-endian float32, which is what we hold on every platform we build for.
    t->set_raw_data(std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)));
    return t->name();
}

std::string OnnxGraphWriter::int64s(const std::string& name, const std::vector<std::int64_t>& values)
{
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(unique(name));
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(static_cast<std::int64_t>(values.size()));
    for (std::int64_t v : values)
        t->add_int64_data(v);
    return t->name();
}

std::string OnnxGraphWriter::int64Scalar(const std::string& name, std::int64_t value)
{
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(unique(name));
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_int64_data(value);
    return t->name();
}

void setAttribute(onnx::NodeProto& node, const std::string& name, std::int64_t value)
{
    onnx::AttributeProto* a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INT);
    a->set_i(value);
}

void setAttribute(onnx::NodeProto& node, const std::string& name, float value)
{
    onnx::AttributeProto* a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::FLOAT);
    a->set_f(value);
}

void setAttribute(onnx::NodeProto& node, const std::string& name, const std::string& value)
{
    onnx::AttributeProto* a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::STRING);
    a->set_s(value);
}

void setAttribute(onnx::NodeProto& node, const std::string& name, const std::vector<std::int64_t>& values)
{
    onnx::AttributeProto* a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INTS);
    for (std::int64_t v : values)
        a->add_ints(v);
}

} // namespace nw
