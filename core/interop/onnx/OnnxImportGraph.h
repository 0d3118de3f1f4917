#pragma once
// A read-only view of an ONNX graph for the importer's pattern matchers: who
// produces and who consumes each tensor, the constants (initializers and Constant
// nodes) decoded to numbers, and node attributes with their ONNX defaults.
// Constructing it checks every constant's data against its dims; it throws
// OnnxImportError naming the tensor otherwise.
#include <cstdint>
#include <map>
#include <onnx/onnx_pb.h>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace nw {

struct OnnxImportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OnnxConstant {
    std::vector<std::int64_t> dims;
    std::vector<double> values;
    bool isScalarLike() const { return values.size() == 1; }
    std::vector<float> floats() const { return { values.begin(), values.end() }; }
};

class OnnxImportGraph {
public:
    // `opset`: the model's version of the default operator set (some operators'
    // meaning changed with it).
    OnnxImportGraph(const onnx::GraphProto& graph, int opset);

    int opset() const { return m_opset; }

    int nodeCount() const { return m_graph.node_size(); }
    const onnx::NodeProto& node(int i) const { return m_graph.node(i); }
    // The node writing `tensor`, or -1 (graph input, initializer, or unknown).
    int producer(const std::string& tensor) const;
    std::vector<int> consumers(const std::string& tensor) const;
    // The one node reading `tensor`, or -1 when there are none, several, or it is a graph output.
    int onlyConsumer(const std::string& tensor) const;
    // Null when `tensor` is not a constant.
    const OnnxConstant* constant(const std::string& tensor) const;
    bool isConstant(const std::string& tensor) const { return constant(tensor) != nullptr; }
    // Whether node i is a Constant node (its output is in constant()).
    bool isConstantNode(int i) const { return node(i).op_type() == "Constant"; }
    bool isGraphOutput(const std::string& tensor) const { return m_outputs.count(tensor) > 0; }

private:
    const onnx::GraphProto& m_graph;
    int m_opset = 0;
    std::map<std::string, int> m_producer;
    std::map<std::string, std::vector<int>> m_consumers;
    std::map<std::string, OnnxConstant> m_constants;
    std::set<std::string> m_outputs;
};

OnnxConstant decodeTensor(const onnx::TensorProto& t);

std::int64_t intAttribute(const onnx::NodeProto& node, const std::string& name, std::int64_t fallback);
float floatAttribute(const onnx::NodeProto& node, const std::string& name, float fallback);
std::string stringAttribute(const onnx::NodeProto& node, const std::string& name, const std::string& fallback);
std::vector<std::int64_t> intsAttribute(const onnx::NodeProto& node, const std::string& name);
bool hasAttribute(const onnx::NodeProto& node, const std::string& name);

} // namespace nw
