#include "GraphFragment.h"

#include "commands/GraphEdit.h"
#include "GraphJson.h"
#include "LayerRegistry.h"
#include "NetworkGraphModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace nw {

namespace {

const QString kFormat = QStringLiteral("netwright-graph-fragment");
constexpr int kVersion = 1;

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

QByteArray GraphFragment::toJson() const
{
    QJsonObject json = GraphJson(LayerRegistry::instance()).write({ nodes, edges, output });
    json.insert(QStringLiteral("format"), kFormat);
    json.insert(QStringLiteral("version"), kVersion);
    if (!inputs.isEmpty()) {
        QJsonArray array;
        for (const EdgeData& input : inputs)
            array.append(QJsonObject { { QStringLiteral("to"), input.to }, { QStringLiteral("port"), input.port } });
        json.insert(QStringLiteral("inputs"), array);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

bool GraphFragment::fromJson(const QByteArray& json, GraphFragment* fragment, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(error,
            QCoreApplication::translate("GraphFragment", "not a network fragment: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return fail(error, QCoreApplication::translate("GraphFragment", "not a network fragment"));
    if (object.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return fail(error,
            QCoreApplication::translate("GraphFragment", "a network fragment from another version of Netwright"));

    GraphJson::Contents contents;
    if (!GraphJson(LayerRegistry::instance()).read(object, &contents, error))
        return false;
    QSet<QString> ids;
    for (const NodeData& node : std::as_const(contents.nodes))
        ids.insert(node.id);
    for (const EdgeData& edge : std::as_const(contents.edges))
        if (!ids.contains(edge.from) || !ids.contains(edge.to))
            return fail(error,
                QCoreApplication::translate("GraphFragment", "the edge %1 -> %2 leaves the fragment")
                    .arg(edge.from, edge.to));
    if (!contents.output.isEmpty() && !ids.contains(contents.output))
        return fail(error,
            QCoreApplication::translate("GraphFragment", "the output '%1' is not in the fragment")
                .arg(contents.output));

    QVector<EdgeData> inputs;
    const QJsonArray array = object.value(QStringLiteral("inputs")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject input = value.toObject();
        EdgeData edge { {}, input.value(QStringLiteral("to")).toString(),
            input.value(QStringLiteral("port")).toInt(-1) };
        if (!ids.contains(edge.to) || edge.port < 0)
            return fail(
                error, QCoreApplication::translate("GraphFragment", "a block input names no node of the fragment"));
        inputs.append(edge);
    }

    fragment->nodes = std::move(contents.nodes);
    fragment->edges = std::move(contents.edges);
    fragment->output = std::move(contents.output);
    fragment->inputs = std::move(inputs);
    return true;
}

QRectF GraphFragment::bounds() const
{
    if (nodes.isEmpty())
        return {};
    QPointF low = nodes.first().position;
    QPointF high = low;
    for (const NodeData& node : nodes) {
        low = QPointF(std::min(low.x(), node.position.x()), std::min(low.y(), node.position.y()));
        high = QPointF(std::max(high.x(), node.position.x()), std::max(high.y(), node.position.y()));
    }
    return QRectF(low, high);
}

QHash<QString, QString> GraphFragment::pasteInto(GraphEdit& edit, QPointF offset) const
{
    QHash<QString, QString> ids;
    for (NodeData node : nodes) {
        const QString original = node.id;
        // Added one by one, so each uniqueId() call sees the nodes pasted before it.
        node.id = edit.model()->uniqueId(node.type);
        node.position += offset;
        if (edit.appendNode(node))
            ids.insert(original, node.id);
    }
    for (const EdgeData& edge : edges)
        if (ids.contains(edge.from) && ids.contains(edge.to))
            edit.appendEdge({ ids.value(edge.from), ids.value(edge.to), edge.port });
    return ids;
}

} // namespace nw
