#pragma once
// Writes a compiled network as an ONNX model (docs/FORMATS.md, "ONNX"): one graph
// input "input" [batch, sample...] of float32 values as the engine sees them, the
// output node's values as "logits", and "probabilities" (softmax or sigmoid of the
// logits, as `predict` reports them; for regression the raw outputs again). Each layer becomes
// the ONNX nodes of its entry in the table (OnnxLayerExport.h), named by our node
// id; the model's metadata carries the class names and the input scaling.
// Stateless; built with the ONNX protobuf classes.
#include "OnnxExportInfo.h"

#include <QByteArray>
#include <QString>

namespace nw {

class Graph;
class NetworkGraphModel;

class OnnxExporter {
public:
    static constexpr int kMinOpset = 13;
    static constexpr int kMaxOpset = 17;

    // `model` is the document `graph` was compiled from (types, parameters and edge
    // order); `graph` holds the shapes and weights. Returns the serialised model,
    // or an empty array with `error` set (more than one input, an opset out of range).
    static QByteArray serialize(
        const NetworkGraphModel& model, Graph& graph, const OnnxExportInfo& info, int opset, QString* error);
    // serialize() and an atomic write: a failure leaves any previous file intact.
    static bool write(const QString& path, const NetworkGraphModel& model, Graph& graph, const OnnxExportInfo& info,
        int opset, QString* error);
};

} // namespace nw
