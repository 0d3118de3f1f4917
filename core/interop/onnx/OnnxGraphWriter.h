#pragma once
// Builds an onnx::GraphProto one node at a time for the exporter's layer table:
// weights as float initializers, small integer and float constants, and node
// attributes. Names of helper tensors are made unique here, so a layer function
// only says what it means ("fc1/weight_t"). One per export; not thread-safe.
#include "engine/Shape.h"
#include "engine/Tensor.h"

#include <cstdint>
#include <onnx/onnx_pb.h>
#include <set>
#include <string>
#include <vector>

namespace nw {

class OnnxGraphWriter {
public:
    explicit OnnxGraphWriter(onnx::GraphProto& graph);

    // A node of `opType` named `name`, reading `inputs` ("" for an omitted optional
    // input) and writing `output`. The reference stays valid until the next add().
    onnx::NodeProto& add(const std::string& opType, const std::string& name, const std::vector<std::string>& inputs,
        const std::string& output);
    // The same with several outputs.
    onnx::NodeProto& add(const std::string& opType, const std::string& name, const std::vector<std::string>& inputs,
        const std::vector<std::string>& outputs);

    // Initializers; each returns the tensor's name (made unique when taken).
    std::string floats(const std::string& name, const Shape& dims, const std::vector<float>& values);
    std::string floats(const std::string& name, const Tensor& value)
    {
        return floats(name, value.shape(), valuesOf(value));
    }
    std::string scalar(const std::string& name, float value) { return floats(name, {}, { value }); }
    std::string int64s(const std::string& name, const std::vector<std::int64_t>& values);
    std::string int64Scalar(const std::string& name, std::int64_t value);

    // A fresh tensor name based on `name`.
    std::string unique(const std::string& name);

    static std::vector<float> valuesOf(const Tensor& t) { return { t.data(), t.data() + t.size() }; }

private:
    onnx::GraphProto& m_graph;
    std::set<std::string> m_names;
};

void setAttribute(onnx::NodeProto& node, const std::string& name, std::int64_t value);
void setAttribute(onnx::NodeProto& node, const std::string& name, float value);
void setAttribute(onnx::NodeProto& node, const std::string& name, const std::string& value);
void setAttribute(onnx::NodeProto& node, const std::string& name, const std::vector<std::int64_t>& values);

} // namespace nw
