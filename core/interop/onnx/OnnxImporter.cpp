#include "OnnxImporter.h"

#include "engine/Graph.h"
#include "io/GraphWeights.h"
#include "io/ProjectPairFile.h"
#include "model/GraphCompiler.h"
#include "model/GraphLayout.h"
#include "model/NetworkGraphModel.h"
#include "OnnxFile.h"
#include "OnnxImportPatterns.h"
#include "OnnxShapePlumbing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <set>

namespace nw {

namespace {

// Our ids allow letters, digits, '_' and '-'. torch names nodes "/fc1/Gemm": the
// module path without the operator is the best id; ours are the id or "<id>/<part>".
QString idFrom(const std::string& onnxName, const QString& fallback)
{
    QString name = QString::fromStdString(onnxName);
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (name.startsWith(QLatin1Char('/')) && parts.size() > 1)
        parts.removeLast();
    else if (!name.startsWith(QLatin1Char('/')) && parts.size() > 1)
        parts = parts.mid(0, 1); // ours: "<id>/<part>"
    name = parts.join(QLatin1Char('_'));
    QString id;
    for (QChar ch : name)
        id += (ch.isLetterOrNumber() && ch.unicode() < 128) || ch == QLatin1Char('_') || ch == QLatin1Char('-')
            ? ch
            : QLatin1Char('_');
    return id.isEmpty() ? fallback : id;
}

QString uniqueId(const QString& wanted, std::set<QString>& taken)
{
    QString id = wanted;
    for (int i = 2; taken.count(id); ++i)
        id = wanted + QLatin1Char('_') + QString::number(i);
    taken.insert(id);
    return id;
}

std::map<std::string, std::string> metadataOf(const onnx::ModelProto& m)
{
    std::map<std::string, std::string> meta;
    for (const auto& p : m.metadata_props())
        meta[p.key()] = p.value();
    return meta;
}

// The graph's one real input (not an initializer) and its sample shape.
std::pair<std::string, QVariantList> inputOf(const onnx::GraphProto& g)
{
    std::set<std::string> initializers;
    for (const auto& t : g.initializer())
        initializers.insert(t.name());
    std::vector<const onnx::ValueInfoProto*> inputs;
    for (const auto& in : g.input())
        if (!initializers.count(in.name()))
            inputs.push_back(&in);
    if (inputs.size() != 1)
        throw OnnxImportError(
            "the graph has " + std::to_string(inputs.size()) + " inputs; Netwright networks have one");
    const auto& in = *inputs.front();
    if (!in.type().has_tensor_type() || in.type().tensor_type().elem_type() != onnx::TensorProto::FLOAT)
        throw OnnxImportError("input '" + in.name() + "' is not a float32 tensor");
    const auto& dims = in.type().tensor_type().shape().dim();
    if (dims.size() < 2)
        throw OnnxImportError("input '" + in.name() + "' needs a batch axis and at least one sample axis");
    QVariantList sample;
    std::int64_t numel = 1;
    for (int k = 1; k < dims.size(); ++k) {
        const std::int64_t d = dims[k].has_dim_value() ? dims[k].dim_value() : 0;
        if (d <= 0)
            throw OnnxImportError("input '" + in.name() + "': axis " + std::to_string(k)
                + " has no fixed size; only the batch axis may vary");
        if (d > 65536 || (numel *= d) > (1 << 26))
            throw OnnxImportError("input '" + in.name() + "': axis " + std::to_string(k) + " has a huge size ("
                + std::to_string(d) + ")");
        sample << static_cast<int>(d);
    }
    return { in.name(), sample };
}

} // namespace

std::optional<OnnxImport> OnnxImporter::read(const QString& onnxPath, QString* error)
{
    const auto model = OnnxFile::read(onnxPath, error);
    if (!model)
        return std::nullopt;
    const onnx::GraphProto& g = model->graph();
    const auto meta = metadataOf(*model);
    OnnxImport result;
    try {
        int opset = 0;
        for (const auto& o : model->opset_import())
            if (o.domain().empty() || o.domain() == "ai.onnx")
                opset = static_cast<int>(o.version());
        // Older operator sets gave several operators other meanings (Gemm's broadcast,
        // BatchNormalization's spatial flag); torch has not written them for years.
        if (opset < 9)
            throw OnnxImportError("the model uses opset " + std::to_string(opset) + "; opset 9 or newer is supported");
        const OnnxImportGraph graph(g, opset);
        const auto [inputName, inputShape] = inputOf(g);

        // Match every node; collect all the unknown ones before refusing.
        std::vector<bool> done(static_cast<std::size_t>(graph.nodeCount()), false);
        // Nodes that only compute zero initial states or batch-sized shapes: folded away.
        for (const std::set<int>& plumbing : { zeroInitialStateNodes(graph), batchShapeNodes(graph) })
            for (int k : plumbing)
                done[static_cast<std::size_t>(k)] = true;
        std::map<std::string, std::string> alias; // pass-through output -> its input
        std::vector<ImportedLayer> layers;
        std::map<std::string, std::vector<std::string>> unsupported; // op -> node names
        for (int i = 0; i < graph.nodeCount(); ++i) {
            if (done[static_cast<std::size_t>(i)] || graph.isConstantNode(i))
                continue;
            const auto match = matchPattern(graph, i);
            if (!match) {
                const auto& n = graph.node(i);
                unsupported[n.domain().empty() ? n.op_type() : n.domain() + "." + n.op_type()].push_back(n.name());
                continue;
            }
            for (int k : match->nodes)
                done[static_cast<std::size_t>(k)] = true;
            if (match->passThrough)
                alias[match->output] = match->input;
            for (const ImportedLayer& l : match->layers)
                layers.push_back(l);
        }
        if (!unsupported.empty()) {
            QStringList lines;
            for (const auto& [op, names] : unsupported) {
                QStringList quoted;
                for (const std::string& n : names)
                    quoted << (n.empty() ? QStringLiteral("(unnamed)") : QString::fromStdString(n));
                lines << QStringLiteral("  %1 (%2): %3")
                             .arg(QString::fromStdString(op))
                             .arg(names.size())
                             .arg(quoted.join(QStringLiteral(", ")));
            }
            *error = onnxPath + QStringLiteral(": the model uses operators Netwright has no layer for:\n")
                + lines.join(QLatin1Char('\n'));
            return std::nullopt;
        }

        // The network's output: "logits" when the model has it (ours), else its first output.
        std::string output = g.output_size() ? g.output(0).name() : std::string();
        for (const auto& o : g.output())
            if (o.name() == "logits")
                output = o.name();
        // Bounded: a damaged file may chain Identities in a circle.
        const auto resolve = [&alias](std::string t) {
            std::size_t hops = 0;
            for (auto it = alias.find(t); it != alias.end() && hops <= alias.size(); it = alias.find(t), ++hops)
                t = it->second;
            return t;
        };

        NetworkGraphModel doc;
        std::set<QString> taken;
        std::map<std::string, QString> nodeOf; // ONNX tensor -> our node id
        const auto inputNode = meta.count("input_node") ? meta.at("input_node") : std::string("input");
        const QString inputId = uniqueId(idFrom(inputNode, QStringLiteral("input")), taken);
        doc.addNode(QStringLiteral("Input"), {}, { { QStringLiteral("shape"), inputShape } }, inputId);
        nodeOf[inputName] = inputId;
        std::map<QString, int> lastSteps;
        std::set<QString> flatInputs;
        std::map<std::string, Tensor> weights;
        for (const ImportedLayer& l : layers) {
            const QString id = uniqueId(idFrom(l.name, l.type.toLower()), taken);
            if (doc.addNode(l.type, {}, l.params, id).isEmpty())
                throw OnnxImportError("cannot make a " + l.type.toStdString() + " node from '" + l.name + "'");
            for (std::size_t port = 0; port < l.inputs.size(); ++port) {
                const auto from = nodeOf.find(resolve(l.inputs[port]));
                if (from == nodeOf.end())
                    throw OnnxImportError("node '" + l.name + "' reads '" + l.inputs[port]
                        + "', which is neither the input nor made by a layer (a constant where a layer's input should "
                          "be)");
                if (!doc.addEdge({ from->second, id, static_cast<int>(port) }))
                    throw OnnxImportError("node '" + l.name + "': cannot connect input " + std::to_string(port) + " ("
                        + doc.canConnect({ from->second, id, static_cast<int>(port) }).toStdString() + ")");
            }
            nodeOf[l.output] = id;
            for (const auto& [name, value] : l.weights)
                weights[id.toStdString() + "." + name] = value;
            if (l.stepIndex && *l.stepIndex != -1)
                lastSteps[id] = *l.stepIndex;
            if (l.needsFlatInput)
                flatInputs.insert(id);
        }
        const auto out = nodeOf.find(resolve(output));
        if (out == nodeOf.end())
            throw OnnxImportError("the output '" + output + "' is not made by any layer");
        doc.setOutputNode(out->second);
        // Drop what the output does not depend on (our exports' "probabilities" Softmax).
        std::set<QString> needed { out->second };
        for (bool grew = true; grew;) {
            grew = false;
            for (const EdgeData& e : doc.edges())
                if (needed.count(e.to) && needed.insert(e.from).second)
                    grew = true;
        }
        for (const QString& id : doc.nodeIds())
            if (!needed.count(id))
                doc.removeNode(id);

        const auto positions = GraphLayout::layeredPositions(doc);
        for (auto it = positions.begin(); it != positions.end(); ++it)
            doc.setNodePosition(it.key(), it.value());

        CompileResult compiled = GraphCompiler().compile(doc);
        if (!compiled.ok())
            throw OnnxImportError("the imported network does not compile:\n" + compiled.summary().toStdString());
        for (const auto& [id, index] : lastSteps) {
            if (!needed.count(id))
                continue;
            const EdgeData in = doc.edgesInto(id).value(0);
            const Shape shape = compiled.graph->nodeShape(in.from.toStdString());
            if (shape.empty() || index != shape[0] - 1)
                throw OnnxImportError("node '" + id.toStdString() + "' takes step " + std::to_string(index)
                    + " of the sequence; only the last step can be imported");
        }
        for (const QString& id : flatInputs)
            if (needed.count(id)
                && compiled.graph->nodeShape(doc.edgesInto(id).value(0).from.toStdString()).size() != 1)
                throw OnnxImportError("node '" + id.toStdString()
                    + "': a Softmax of opset 12 or older over a non-flat input is not supported");
        QString weightError;
        std::map<std::string, Tensor> kept;
        for (const auto& [name, value] : weights)
            if (needed.count(QString::fromStdString(name.substr(0, name.find('.')))))
                kept[name] = value;
        if (!applyWeights(*compiled.graph, kept, &weightError))
            throw OnnxImportError("the weights do not fit the imported network: " + weightError.toStdString());

        result.weights = collectWeights(*compiled.graph);
        result.project.name = QFileInfo(onnxPath).completeBaseName();
        result.project.description = QStringLiteral("Imported from %1").arg(QFileInfo(onnxPath).fileName());
        result.project.graph = doc.toJson();
        const std::string probabilities = meta.count("probabilities") ? meta.at("probabilities") : "softmax";
        result.project.training.loss = probabilities == "sigmoid" ? QStringLiteral("bce_with_logits")
            : probabilities == "none"                             ? QStringLiteral("mse")
                                                                  : QStringLiteral("cross_entropy");
        if (meta.count("class_names"))
            result.notes << QStringLiteral("class names: ") + QString::fromStdString(meta.at("class_names"));
        if (meta.count("input_scaling"))
            result.notes << QStringLiteral("input scaling: ") + QString::fromStdString(meta.at("input_scaling"));
    } catch (const std::exception& e) {
        *error = onnxPath + QStringLiteral(": ") + QString::fromStdString(e.what());
        return std::nullopt;
    }
    return result;
}

bool OnnxImporter::importTo(const QString& onnxPath, const QString& projectPath, QString* error, QStringList* notes)
{
    auto imported = read(onnxPath, error);
    if (!imported)
        return false;
    // The two files as one save: a failure or a kill leaves what was there before.
    if (!ProjectPairFile::write(
            projectPath, imported->project, { .tensors = imported->weights, .metadata = {} }, error))
        return false;
    if (notes)
        *notes = imported->notes;
    return true;
}

} // namespace nw
