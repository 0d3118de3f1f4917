#include "OnnxExporter.h"

#include "engine/Graph.h"
#include "model/NetworkGraphModel.h"
#include "OnnxLayerExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <set>

namespace nw {

namespace {

const char* const kInputName = "input";
const char* const kLogitsName = "logits";
const char* const kProbabilitiesName = "probabilities";

void setTensorType(onnx::ValueInfoProto& value, const std::string& name, const Shape& sample)
{
    value.set_name(name);
    auto* tensor = value.mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto::FLOAT);
    auto* shape = tensor->mutable_shape();
    shape->add_dim()->set_dim_param("batch");
    for (int d : sample)
        shape->add_dim()->set_dim_value(d);
}

// The nodes the output depends on, in the engine's topological order.
std::vector<std::string> nodesToWrite(const NetworkGraphModel& model, Graph& graph)
{
    std::set<std::string> needed { graph.outputId() };
    const std::vector<std::string> order = graph.nodeIds();
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        if (needed.count(*it))
            for (const EdgeData& e : model.edgesInto(QString::fromStdString(*it)))
                needed.insert(e.from.toStdString());
    std::vector<std::string> nodes;
    for (const std::string& id : order)
        if (needed.count(id))
            nodes.push_back(id);
    return nodes;
}

void addMetadata(onnx::ModelProto& m, const char* key, const QString& value)
{
    auto* p = m.add_metadata_props();
    p->set_key(key);
    p->set_value(value.toStdString());
}

QString compactJson(const QJsonValue& v)
{
    return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                       : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QByteArray OnnxExporter::serialize(
    const NetworkGraphModel& model, Graph& graph, const OnnxExportInfo& info, int opset, QString* error)
{
    if (opset < kMinOpset || opset > kMaxOpset) {
        *error = QStringLiteral("opset %1 is not supported; use %2 to %3").arg(opset).arg(kMinOpset).arg(kMaxOpset);
        return {};
    }
    if (!graph.isCompiled()) {
        *error = QStringLiteral("the network does not compile");
        return {};
    }
    if (graph.inputIds().size() != 1) {
        *error = QStringLiteral("ONNX export supports networks with one input, this one has %1")
                     .arg(graph.inputIds().size());
        return {};
    }
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.set_producer_name("Netwright");
    m.set_producer_version(NETWRIGHT_VERSION);
    m.set_doc_string(info.projectName.toStdString());
    auto* opsetId = m.add_opset_import();
    opsetId->set_domain("");
    opsetId->set_version(opset);
    onnx::GraphProto& g = *m.mutable_graph();
    g.set_name(info.projectName.isEmpty() ? "netwright" : info.projectName.toStdString());
    OnnxGraphWriter out(g);

    const std::string inputId = graph.inputIds().front();
    std::map<std::string, std::string> tensorOf { { inputId, out.unique(kInputName) } };
    out.unique(kLogitsName);
    out.unique(kProbabilitiesName);
    setTensorType(*g.add_input(), kInputName, graph.inputShape());
    try {
        for (const std::string& id : nodesToWrite(model, graph)) {
            if (id == inputId)
                continue;
            const NodeData* node = model.node(QString::fromStdString(id));
            const auto writer = onnxLayerWriters().find(node->type.toStdString());
            if (writer == onnxLayerWriters().end())
                throw OnnxExportError(id + ": no ONNX form for layer type " + node->type.toStdString());
            OnnxLayerContext c { .out = out,
                .id = out.unique(id),
                .params = node->params,
                .inputs = {},
                .inputShapes = {},
                .outputShape = graph.nodeShape(id),
                .layer = *graph.layer(id),
                .opset = opset };
            if (c.id != id)
                throw OnnxExportError("node id '" + id + "' collides with a name the model needs; rename the node");
            for (const EdgeData& e : model.edgesInto(node->id)) {
                c.inputs.push_back(tensorOf.at(e.from.toStdString()));
                c.inputShapes.push_back(graph.nodeShape(e.from.toStdString()));
            }
            writer->second(c);
            tensorOf[id] = id;
        }
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return {};
    }

    const std::string& last = tensorOf.at(graph.outputId());
    const Shape outShape = graph.outputShape();
    out.add("Identity", kLogitsName, { last }, kLogitsName);
    setTensorType(*g.add_output(), kLogitsName, outShape);
    // What predict reports: softmax or sigmoid probabilities, or for regression the
    // raw outputs again, so every exported model has the same two outputs.
    if (info.probabilities == OnnxProbabilities::Softmax)
        writeSoftmax(out, kProbabilitiesName, kLogitsName, kProbabilitiesName);
    else
        out.add(info.probabilities == OnnxProbabilities::Sigmoid ? "Sigmoid" : "Identity", kProbabilitiesName,
            { kLogitsName }, kProbabilitiesName);
    setTensorType(*g.add_output(), kProbabilitiesName, outShape);

    static const char* const probabilityNames[] = { "softmax", "sigmoid", "none" };
    addMetadata(m, "probabilities", QString::fromLatin1(probabilityNames[static_cast<int>(info.probabilities)]));
    addMetadata(m, "class_names", compactJson(QJsonArray::fromStringList(info.classNames)));
    addMetadata(m, "input_scaling",
        compactJson(info.inputScaling.isEmpty() ? QJsonObject { { QStringLiteral("kind"), QStringLiteral("none") } }
                                                : info.inputScaling));
    addMetadata(m, "input_node", QString::fromStdString(inputId));
    addMetadata(m, "output_node", QString::fromStdString(graph.outputId()));

    std::string bytes;
    if (!m.SerializeToString(&bytes)) {
        *error = QStringLiteral("the model is too large for one ONNX file (2 GB)");
        return {};
    }
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

bool OnnxExporter::write(const QString& path, const NetworkGraphModel& model, Graph& graph, const OnnxExportInfo& info,
    int opset, QString* error)
{
    const QByteArray bytes = serialize(model, graph, info, opset, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = path + QStringLiteral(": cannot write (") + file.errorString() + QLatin1Char(')');
        return false;
    }
    return true;
}

} // namespace nw
