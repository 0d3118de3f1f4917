#pragma once
// Mirrors a NetworkGraphModel as cards (NodeItem), ports (PortItem) and curved
// edges (EdgeItem), the QtNodes BasicGraphicsScene role: the model owns the truth,
// the scene follows its signals and never changes it. What the user does on the
// canvas (drag a connection, move cards) is reported as a request signal; the
// scene's owner (GraphEditorWidget) turns it into an undo command, whose effect
// comes back through the model's signals.
//
// The document owns the compile result; the scene shows it (shapes on edges,
// parameter counts and errors on cards) whenever the document announces a new one.
// Owned by GraphEditorWidget; the document must outlive it.
#include "model/CompileResult.h"
#include "model/EdgeData.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

class QGraphicsPathItem;

namespace nw {

class EdgeItem;
class NetworkDocument;
class NetworkGraphModel;
class NodeItem;
class PortItem;

class GraphScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit GraphScene(NetworkDocument* document, QObject* parent = nullptr);
    ~GraphScene() override;

    NetworkDocument* document() const { return m_document; }
    NetworkGraphModel* model() const { return m_model; }

    NodeItem* nodeItem(const QString& id) const { return m_nodes.value(id); }
    // Where a node's card is on screen (global coordinates) in the first visible
    // view that shows it, for popups that sit under the card; the pointer when none does.
    QRect nodeCardOnScreen(const QString& id) const;
    EdgeItem* edgeItem(const EdgeData& edge) const { return m_edges.value(edge); }
    qsizetype nodeItemCount() const { return m_nodes.size(); }
    qsizetype edgeItemCount() const { return m_edges.size(); }

    // Selected nodes in model order, and selected edges whose ends are not both
    // selected nodes (those go with their nodes anyway).
    QStringList selectedNodeIds() const;
    QVector<EdgeData> selectedEdges() const;
    void selectNodes(const QStringList& ids);
    // Selects the node alone and centres every view on it.
    void focusNode(const QString& id);
    // The bounding rectangle of the cards, or an empty one for an empty graph.
    QRectF graphBounds() const;

    bool isConnecting() const { return m_dragSource != nullptr; }

Q_SIGNALS:
    // Requests the owner turns into undo commands.
    void connectionRequested(const nw::EdgeData& edge);
    void nodesMoved(const QHash<QString, QPointF>& from, const QHash<QString, QPointF>& to);
    // A connection drag ended on a port that cannot take it; `reason` is a sentence.
    void connectionRefused(const QString& reason);
    // The pointer moved onto the card of node `id`, or off every card (empty id).
    // Not while a button is held (dragging cards or connections).
    void nodeHovered(const QString& id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void onNodeCreated(const QString& id);
    void onNodeDeleted(const QString& id);
    void onNodeUpdated(const QString& id);
    void onNodePositionUpdated(const QString& id);
    void onConnectionCreated(const EdgeData& edge);
    void onConnectionDeleted(const EdgeData& edge);
    void onOutputNodeChanged(const QString& id);
    void rebuild();
    void showCompileResult(const CompileResult& result);
    void setHoveredNode(const QString& id);

    // Connection drag from an output port.
    void beginConnection(PortItem* source, QPointF scenePos);
    void updateConnection(QPointF scenePos);
    void finishConnection(QPointF scenePos);
    void cancelConnection();
    // The input port a drop at scenePos means: a port under the cursor, or the first
    // port of the card under the cursor that can take the edge.
    PortItem* inputPortAt(QPointF scenePos) const;

    NetworkDocument* m_document;
    NetworkGraphModel* m_model;
    QHash<QString, NodeItem*> m_nodes;
    QHash<EdgeData, EdgeItem*> m_edges;
    NodeItem* m_outputItem = nullptr;

    PortItem* m_dragSource = nullptr;
    PortItem* m_hoverPort = nullptr;
    QGraphicsPathItem* m_pendingEdge = nullptr;
    QHash<QString, QPointF> m_pressPositions;
    QString m_hoveredNode; // what nodeHovered() last said
};

} // namespace nw
