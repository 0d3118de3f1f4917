#pragma once
// The editable network document: nodes and edges addressed by string ids, the
// single source of truth that the graph editor's scene mirrors (the QtNodes
// AbstractGraphModel / BasicGraphicsScene split). Every change goes through this
// class and is announced by a signal after it has happened, so views, undo
// commands and the live compiler stay in step. Needs no QApplication and no
// scene: netwright-cli and the tests use it headless.
//
// Owned by the project document (one per open project), living in the GUI
// thread; training works on a compiled snapshot, never on the model itself.
//
// The model accepts what a file may contain but an editor should not create:
// unknown layer types, dangling edges and cycles are stored as they are and shown
// as errors on the nodes by GraphCompiler. Interactive edits (addEdge) are
// stricter and refuse what could never be valid (see canConnect()).
#include "EdgeData.h"
#include "NodeData.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVector>

namespace nw {

class LayerRegistry;

class NetworkGraphModel : public QObject {
    Q_OBJECT

public:
    explicit NetworkGraphModel(QObject* parent = nullptr);
    // The registry must outlive the model.
    explicit NetworkGraphModel(const LayerRegistry& registry, QObject* parent = nullptr);
    ~NetworkGraphModel() override;

    const LayerRegistry& registry() const { return m_registry; }

    // Adds a node of a registry type with `params` merged over the type's defaults.
    // An empty id picks a readable unique one ("dense1", "conv2"). Returns the id,
    // or an empty string for an unknown type or an id that is taken or invalid.
    QString addNode(const QString& type, QPointF position = {}, QVariantMap params = {}, QString id = {});
    // Removes the node and its edges, emitting connectionDeleted for each edge first.
    bool removeNode(const QString& id);

    // Why `edge` cannot be added, or an empty string when it can: refuses unknown
    // nodes, self loops, a port the target's type does not have, and an occupied
    // port (which also refuses duplicates). Cycles are allowed, as in files: the
    // compiler reports them on the nodes involved.
    QString canConnect(const EdgeData& edge) const;
    bool addEdge(const EdgeData& edge);
    bool removeEdge(const EdgeData& edge);

    // Unknown nodes, and parameter names the node's (known) type lacks, are refused.
    // Values are stored as given; GraphCompiler reports values out of range.
    bool setNodeParameter(const QString& id, const QString& name, const QVariant& value);
    bool setNodePosition(const QString& id, QPointF position);
    bool setNodeTrainable(const QString& id, bool trainable);
    bool setNodePenalties(const QString& id, double l1, double l2);

    // Undo support: put back exactly what an edit took away. Unlike addNode() and
    // addEdge() these take values as they were (unknown types, parameters as stored,
    // edges a file allowed) at a given place in the insertion order, because undo must
    // restore the document byte for byte, not merely an equivalent one.
    // insertNode refuses an invalid or taken id; `index` is clamped to 0..nodeCount.
    bool insertNode(qsizetype index, const NodeData& node);
    // Refuses only an occupied port (two edges into one port have no input order).
    bool insertEdge(qsizetype index, const EdgeData& edge);
    // Replaces parameters, position, trainability and penalties of the node with
    // node.id (which must exist and keep its type), emitting what changed.
    bool restoreNode(const NodeData& node);
    // Place in the insertion order, or -1.
    qsizetype indexOfNode(const QString& id) const { return m_index.value(id, -1); }
    qsizetype indexOfEdge(const EdgeData& edge) const { return m_edges.indexOf(edge); }

    // The node whose output is the prediction; empty lets the compiler pick the only
    // node nobody consumes. Refuses an unknown id.
    bool setOutputNode(const QString& id);
    QString outputNode() const { return m_output; }

    bool hasNode(const QString& id) const { return m_index.contains(id); }
    // Null for an unknown id; valid until the model next changes.
    const NodeData* node(const QString& id) const;
    // Ids and nodes in insertion order (the order files are written in).
    QStringList nodeIds() const;
    const QVector<NodeData>& nodes() const { return m_nodes; }
    const QVector<EdgeData>& edges() const { return m_edges; }
    // Edges into `id`, ordered by port.
    QVector<EdgeData> edgesInto(const QString& id) const;
    QVector<EdgeData> edgesFrom(const QString& id) const;
    // "dense1", "dense2", ...: the first free id for a node of this type.
    QString uniqueId(const QString& type) const;
    // Letters, digits, '_' and '-': ids name weight tensors ("<id>.weight"), so no dots.
    static bool isValidId(const QString& id);

    void clear();

    // The "graph" object of a project file; schema in docs/ARCHITECTURE.md.
    QJsonObject toJson() const;
    // Replaces the whole model and emits modelReset. On an error (naming the place,
    // e.g. "graph.nodes[3].params.units: expected a number, got \"abc\"") the model
    // is left unchanged.
    bool fromJson(const QJsonObject& json, QString* error);

Q_SIGNALS:
    void nodeCreated(const QString& id);
    void nodeDeleted(const QString& id);
    // Parameters, trainability or penalties changed.
    void nodeUpdated(const QString& id);
    void nodePositionUpdated(const QString& id);
    void connectionCreated(const nw::EdgeData& edge);
    void connectionDeleted(const nw::EdgeData& edge);
    void outputNodeChanged(const QString& id);
    // Everything may have changed (clear(), fromJson()): views rebuild from scratch.
    void modelReset();

private:
    NodeData* mutableNode(const QString& id);
    void rebuildIndex();

    const LayerRegistry& m_registry;
    QVector<NodeData> m_nodes; // insertion order, so files round-trip byte for byte
    QHash<QString, qsizetype> m_index; // id -> position in m_nodes
    QVector<EdgeData> m_edges; // insertion order
    QString m_output;
};

} // namespace nw
