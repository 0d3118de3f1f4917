#include "NetworkGraphModel.h"

#include "GraphJson.h"
#include "LayerRegistry.h"

#include <algorithm>

namespace nw {

NetworkGraphModel::NetworkGraphModel(QObject* parent)
    : NetworkGraphModel(LayerRegistry::instance(), parent)
{
}

NetworkGraphModel::NetworkGraphModel(const LayerRegistry& registry, QObject* parent)
    : QObject(parent)
    , m_registry(registry)
{
}

NetworkGraphModel::~NetworkGraphModel() = default;

bool NetworkGraphModel::isValidId(const QString& id)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(),
        [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'); });
}

QString NetworkGraphModel::uniqueId(const QString& type) const
{
    const LayerSpec* spec = m_registry.spec(type);
    QString prefix = spec ? spec->idPrefix : type.toLower();
    prefix.removeIf([](QChar c) { return !(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')); });
    if (prefix.isEmpty())
        prefix = QStringLiteral("node");
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!m_index.contains(id))
            return id;
    }
}

QString NetworkGraphModel::addNode(const QString& type, QPointF position, QVariantMap params, QString id)
{
    const LayerSpec* spec = m_registry.spec(type);
    if (!spec)
        return {};
    if (id.isEmpty())
        id = uniqueId(type);
    else if (!isValidId(id) || m_index.contains(id))
        return {};

    NodeData node;
    node.id = id;
    node.type = type;
    node.params = spec->defaultParameters();
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        node.params.insert(it.key(), it.value());
    node.position = position;
    m_index.insert(id, m_nodes.size());
    m_nodes.append(std::move(node));
    Q_EMIT nodeCreated(id);
    return id;
}

bool NetworkGraphModel::removeNode(const QString& id)
{
    if (!m_index.contains(id))
        return false;
    // One edge at a time, so every connectionDeleted sees a consistent model.
    for (qsizetype i = m_edges.size() - 1; i >= 0; --i) {
        if (m_edges[i].from != id && m_edges[i].to != id)
            continue;
        const EdgeData edge = m_edges.takeAt(i);
        Q_EMIT connectionDeleted(edge);
        i = std::min(i, m_edges.size()); // a slot may have removed further edges
    }
    m_nodes.removeAt(m_index.value(id));
    rebuildIndex();
    if (m_output == id) {
        m_output.clear();
        Q_EMIT outputNodeChanged(m_output);
    }
    Q_EMIT nodeDeleted(id);
    return true;
}

QString NetworkGraphModel::canConnect(const EdgeData& edge) const
{
    const NodeData* from = node(edge.from);
    const NodeData* to = node(edge.to);
    if (!from)
        return tr("there is no node '%1'").arg(edge.from);
    if (!to)
        return tr("there is no node '%1'").arg(edge.to);
    if (edge.from == edge.to)
        return tr("a node cannot feed its own input");
    if (edge.port < 0)
        return tr("there is no input port %1").arg(edge.port);
    if (m_registry.contains(to->type)) {
        const int ports = m_registry.inputPorts(to->type).maximum;
        if (ports == 0)
            return tr("%1 '%2' takes no inputs").arg(to->type, to->id);
        if (edge.port >= ports)
            return ports == 1
                ? tr("%1 '%2' has a single input port").arg(to->type, to->id)
                : tr("%1 '%2' has input ports 0 to %3, not %4").arg(to->type, to->id).arg(ports - 1).arg(edge.port);
    }
    for (const EdgeData& e : m_edges)
        if (e.to == edge.to && e.port == edge.port)
            return tr("input %1 of '%2' is already connected to '%3'").arg(edge.port).arg(edge.to, e.from);
    return {};
}

bool NetworkGraphModel::addEdge(const EdgeData& edge)
{
    if (!canConnect(edge).isEmpty())
        return false;
    m_edges.append(edge);
    Q_EMIT connectionCreated(edge);
    return true;
}

bool NetworkGraphModel::removeEdge(const EdgeData& edge)
{
    const qsizetype i = m_edges.indexOf(edge);
    if (i < 0)
        return false;
    m_edges.removeAt(i);
    Q_EMIT connectionDeleted(edge);
    return true;
}

bool NetworkGraphModel::setNodeParameter(const QString& id, const QString& name, const QVariant& value)
{
    NodeData* n = mutableNode(id);
    if (!n)
        return false;
    const LayerSpec* spec = m_registry.spec(n->type);
    if (spec && !spec->parameter(name))
        return false;
    const auto it = n->params.constFind(name);
    if (it != n->params.cend() && *it == value && it->metaType() == value.metaType())
        return true;
    n->params.insert(name, value);
    Q_EMIT nodeUpdated(id);
    return true;
}

bool NetworkGraphModel::setNodePosition(const QString& id, QPointF position)
{
    NodeData* n = mutableNode(id);
    if (!n)
        return false;
    if (n->position != position) {
        n->position = position;
        Q_EMIT nodePositionUpdated(id);
    }
    return true;
}

bool NetworkGraphModel::setNodeTrainable(const QString& id, bool trainable)
{
    NodeData* n = mutableNode(id);
    if (!n)
        return false;
    if (n->trainable != trainable) {
        n->trainable = trainable;
        Q_EMIT nodeUpdated(id);
    }
    return true;
}

bool NetworkGraphModel::setNodePenalties(const QString& id, double l1, double l2)
{
    NodeData* n = mutableNode(id);
    if (!n || !(l1 >= 0) || !(l2 >= 0))
        return false;
    if (n->l1 != l1 || n->l2 != l2) {
        n->l1 = l1;
        n->l2 = l2;
        Q_EMIT nodeUpdated(id);
    }
    return true;
}

bool NetworkGraphModel::insertNode(qsizetype index, const NodeData& node)
{
    if (!isValidId(node.id) || m_index.contains(node.id))
        return false;
    index = std::clamp<qsizetype>(index, 0, m_nodes.size());
    m_nodes.insert(index, node);
    if (index == m_nodes.size() - 1)
        m_index.insert(node.id, index);
    else
        rebuildIndex();
    Q_EMIT nodeCreated(node.id);
    return true;
}

bool NetworkGraphModel::insertEdge(qsizetype index, const EdgeData& edge)
{
    for (const EdgeData& e : m_edges)
        if (e.to == edge.to && e.port == edge.port)
            return false;
    m_edges.insert(std::clamp<qsizetype>(index, 0, m_edges.size()), edge);
    Q_EMIT connectionCreated(edge);
    return true;
}

bool NetworkGraphModel::restoreNode(const NodeData& node)
{
    NodeData* n = mutableNode(node.id);
    if (!n || n->type != node.type)
        return false;
    const bool moved = n->position != node.position;
    const bool updated
        = n->params != node.params || n->trainable != node.trainable || n->l1 != node.l1 || n->l2 != node.l2;
    *n = node;
    if (updated)
        Q_EMIT nodeUpdated(node.id);
    if (moved)
        Q_EMIT nodePositionUpdated(node.id);
    return true;
}

bool NetworkGraphModel::setOutputNode(const QString& id)
{
    if (!id.isEmpty() && !m_index.contains(id))
        return false;
    if (m_output != id) {
        m_output = id;
        Q_EMIT outputNodeChanged(id);
    }
    return true;
}

const NodeData* NetworkGraphModel::node(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_nodes[*it];
}

NodeData* NetworkGraphModel::mutableNode(const QString& id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_nodes[*it];
}

QStringList NetworkGraphModel::nodeIds() const
{
    QStringList ids;
    ids.reserve(m_nodes.size());
    for (const NodeData& n : m_nodes)
        ids << n.id;
    return ids;
}

QVector<EdgeData> NetworkGraphModel::edgesInto(const QString& id) const
{
    QVector<EdgeData> result;
    for (const EdgeData& e : m_edges)
        if (e.to == id)
            result.append(e);
    std::stable_sort(
        result.begin(), result.end(), [](const EdgeData& a, const EdgeData& b) { return a.port < b.port; });
    return result;
}

QVector<EdgeData> NetworkGraphModel::edgesFrom(const QString& id) const
{
    QVector<EdgeData> result;
    for (const EdgeData& e : m_edges)
        if (e.from == id)
            result.append(e);
    return result;
}

void NetworkGraphModel::clear()
{
    m_nodes.clear();
    m_index.clear();
    m_edges.clear();
    m_output.clear();
    Q_EMIT modelReset();
}

QJsonObject NetworkGraphModel::toJson() const
{
    return GraphJson(m_registry).write({ m_nodes, m_edges, m_output });
}

bool NetworkGraphModel::fromJson(const QJsonObject& json, QString* error)
{
    GraphJson::Contents contents;
    if (!GraphJson(m_registry).read(json, &contents, error))
        return false;
    m_nodes = std::move(contents.nodes);
    m_edges = std::move(contents.edges);
    m_output = std::move(contents.output);
    rebuildIndex();
    Q_EMIT modelReset();
    return true;
}

void NetworkGraphModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_nodes.size());
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes[i].id, i);
}

} // namespace nw
