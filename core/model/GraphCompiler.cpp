#include "GraphCompiler.h"

#include "GraphMessages.h"
#include "engine/EngineError.h"
#include "LayerRegistry.h"
#include "NetworkGraphModel.h"
#include "PlaceholderLayer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace nw {

namespace {

// "Dense 'fc1'", the way the engine names nodes in its messages.
QString label(const NodeData& node)
{
    return QStringLiteral("%1 '%2'").arg(node.type, node.id);
}

} // namespace

GraphCompiler::GraphCompiler()
    : GraphCompiler(LayerRegistry::instance())
{
}

GraphCompiler::GraphCompiler(const LayerRegistry& registry)
    : m_registry(registry)
{
}

CompileResult GraphCompiler::compile(const NetworkGraphModel& model) const
{
    CompileResult result;
    const QVector<NodeData>& nodes = model.nodes();
    result.nodeOrder.reserve(nodes.size());
    result.nodes.reserve(nodes.size());
    for (const NodeData& node : nodes) {
        result.nodeOrder << node.id;
        NodeStatus status;
        status.id = node.id;
        result.nodes.insert(node.id, status);
    }
    bool failed = false;
    auto addMessage = [&](const QString& id, const QString& text) {
        failed = true;
        const auto it = result.nodes.find(id);
        if (it == result.nodes.end())
            result.graphMessages << text;
        else
            it->messages << text;
    };

    // Incoming edges per node in one pass (not edgesInto() per node: that is
    // quadratic, and this runs after every edit).
    QHash<QString, QVector<EdgeData>> incoming;
    incoming.reserve(nodes.size());
    for (const EdgeData& edge : model.edges()) {
        if (!model.hasNode(edge.to)) {
            addMessage(edge.from,
                QCoreApplication::translate(
                    "GraphCompiler", "a connection from '%1' leads to '%2', but there is no node with that id")
                    .arg(edge.from, edge.to));
            continue;
        }
        incoming[edge.to].append(edge);
    }

    Graph graph;
    QSet<QString> unbuilt; // nodes standing in the engine graph as a PlaceholderLayer
    bool inputUnbuilt = false;
    for (const NodeData& node : nodes) {
        QVector<EdgeData>& in = incoming[node.id];
        std::stable_sort(in.begin(), in.end(), [](const EdgeData& a, const EdgeData& b) { return a.port < b.port; });
        std::vector<std::string> inputs;
        inputs.reserve(static_cast<std::size_t>(in.size()));
        for (const EdgeData& edge : in)
            inputs.push_back(edge.from.toStdString());
        const std::string id = node.id.toStdString();

        std::unique_ptr<Layer> layer;
        const LayerSpec* spec = m_registry.spec(node.type);
        if (!spec) {
            addMessage(node.id,
                QCoreApplication::translate("GraphCompiler", "%1: unknown layer type '%2'")
                    .arg(label(node), node.type));
        } else if (spec->isInput()) {
            QVariantMap params;
            QString error;
            if (!m_registry.resolveParameters(node.type, node.params, &params, &error)) {
                addMessage(node.id, label(node) + QStringLiteral(": ") + error);
                inputUnbuilt = true;
            } else {
                for (const EdgeData& edge : in)
                    addMessage(node.id,
                        QCoreApplication::translate(
                            "GraphCompiler", "%1 takes no inputs: remove the connection from '%2'")
                            .arg(label(node), edge.from));
                Shape shape;
                for (const QVariant& v : params.value(QStringLiteral("shape")).toList())
                    shape.push_back(v.toInt());
                graph.addInput(id, std::move(shape));
                continue;
            }
        } else {
            // A file can name a port the layer does not have; the editor never can.
            const int ports = m_registry.inputPorts(node.type).maximum;
            for (const EdgeData& edge : in)
                if (edge.port < 0 || edge.port >= ports)
                    addMessage(node.id,
                        ports == 1
                            ? QCoreApplication::translate("GraphCompiler",
                                "%1: the connection from '%2' goes to input port %3, but the layer has a single input "
                                "port (0)")
                                  .arg(label(node), edge.from)
                                  .arg(edge.port)
                            : QCoreApplication::translate("GraphCompiler",
                                "%1: the connection from '%2' goes to input port %3, but the layer has ports 0 to %4")
                                  .arg(label(node), edge.from)
                                  .arg(edge.port)
                                  .arg(ports - 1));
            QString error;
            layer = m_registry.createLayer(node.type, node.params, &error);
            if (!layer)
                addMessage(node.id, label(node) + QStringLiteral(": ") + error);
        }

        if (!layer) {
            unbuilt.insert(node.id);
            layer = std::make_unique<PlaceholderLayer>(node.type.toStdString());
        }
        graph.addNode(id, std::move(layer), std::move(inputs));
        if (!unbuilt.contains(node.id)) {
            graph.setTrainable(id, node.trainable);
            graph.setPenalties(id, static_cast<float>(node.l1), static_cast<float>(node.l2));
        }
    }
    if (!model.outputNode().isEmpty())
        graph.setOutput(model.outputNode().toStdString());

    const GraphReport report = graph.compile();
    for (const NodeReport& nr : report.nodes) {
        const auto it = result.nodes.find(QString::fromStdString(nr.id));
        if (it == result.nodes.end())
            continue;
        it->shapeKnown = nr.known;
        it->outputShape = nr.outputShape;
        it->parameterCount = static_cast<qint64>(nr.parameterCount);
    }
    for (const NodeMessage& message : report.errors) {
        const QString id = QString::fromStdString(message.nodeId);
        // A node that could not be built already says why; its placeholder layer only
        // rejects every shape.
        if (unbuilt.contains(id) && message.problem == GraphProblem::LayerRejected)
            continue;
        // The Input that could not be built already says why there is no input.
        if (id.isEmpty() && inputUnbuilt && message.problem == GraphProblem::NoInput)
            continue;
        addMessage(id, GraphMessages::describe(message));
    }
    failed = failed || !report.ok();

    for (NodeStatus& status : result.nodes)
        status.ok = status.shapeKnown && status.messages.isEmpty();
    result.totalParameters = static_cast<qint64>(report.totalParameters);
    if (!failed)
        result.graph = std::make_unique<Graph>(std::move(graph));
    return result;
}

} // namespace nw
