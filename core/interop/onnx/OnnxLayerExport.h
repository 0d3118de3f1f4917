#pragma once
// The exporter's table: one small function per layer type that writes the ONNX
// nodes computing that layer (in the spirit of torch.onnx's symbolic functions).
// Each reads its node's tensors by name and writes a tensor named after the node
// id, so the next layer finds it. Feed-forward and CNN layers are in
// OnnxLayerExport.cpp, sequence layers in OnnxSequenceExport.cpp.
#include "engine/Layer.h"
#include "OnnxGraphWriter.h"

#include <QVariantMap>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace nw {

struct OnnxLayerContext {
    OnnxGraphWriter& out;
    std::string id; // our node id: the ONNX node name, and the name of the tensor it writes
    QVariantMap params;
    std::vector<std::string> inputs; // tensor names, in port order
    std::vector<Shape> inputShapes; // sample shapes (no batch)
    Shape outputShape;
    Layer& layer;
    int opset = 17;

    // The layer's parameter called `name` (PyTorch's name); throws OnnxExportError if missing.
    const Tensor& param(const std::string& name) const;
    bool hasParam(const std::string& name) const;
    int intParam(const char* name) const { return params.value(QLatin1String(name)).toInt(); }
    float floatParam(const char* name) const { return float(params.value(QLatin1String(name)).toDouble()); }
    bool boolParam(const char* name) const { return params.value(QLatin1String(name)).toBool(); }
    QString stringParam(const char* name) const { return params.value(QLatin1String(name)).toString(); }
    // "<id>/<what>": a name for a helper node or tensor of this layer.
    std::string part(const std::string& what) const { return id + "/" + what; }
};

// Thrown for a layer the table cannot write (which would be a bug: every
// registered type has an entry, and a test checks it).
struct OnnxExportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using OnnxLayerWriter = std::function<void(const OnnxLayerContext&)>;

// Layer type name -> writer, for every registered type but Input.
const std::map<std::string, OnnxLayerWriter>& onnxLayerWriters();
// The sequence layers' entries (OnnxSequenceExport.cpp), merged into the table.
void addSequenceLayerWriters(std::map<std::string, OnnxLayerWriter>& table);

// Helpers the two halves of the table share.
// y = x W^T + b over the last axis of x (a sample of rank `sampleRank`); writes `output`.
void writeLinear(const OnnxLayerContext& c, const std::string& x, int sampleRank, const Tensor& weight,
    const Tensor* bias, const std::string& output, const std::string& prefix);
// Softmax over the last axis (opset 13+ semantics).
void writeSoftmax(OnnxGraphWriter& out, const std::string& name, const std::string& x, const std::string& output);

} // namespace nw
