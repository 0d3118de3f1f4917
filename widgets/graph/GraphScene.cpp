#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "PortItem.h"

#include "model/LayerRegistry.h"
#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QCursor>
#include <QGraphicsView>
#include <QKeyEvent>

namespace nw {

GraphScene::GraphScene(NetworkDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_model(document->model())
{
    // No index: Qt's BSP tree was meant to make "what is visible" logarithmic, but
    // measured on a 5,000-node network (graph_editor_bench) its per-frame tree walk
    // cost 30-40 ms, four times a linear pass over every item (8 ms at 100%, 5 ms
    // fitted). Edges spanning cells sit in many leaves, and a layered layout is
    // long and thin. Moving a card then costs no re-insertions either.
    setItemIndexMethod(QGraphicsScene::NoIndex);

    connect(m_model, &NetworkGraphModel::nodeCreated, this, &GraphScene::onNodeCreated);
    connect(m_model, &NetworkGraphModel::nodeDeleted, this, &GraphScene::onNodeDeleted);
    connect(m_model, &NetworkGraphModel::nodeUpdated, this, &GraphScene::onNodeUpdated);
    connect(m_model, &NetworkGraphModel::nodePositionUpdated, this, &GraphScene::onNodePositionUpdated);
    connect(m_model, &NetworkGraphModel::connectionCreated, this, &GraphScene::onConnectionCreated);
    connect(m_model, &NetworkGraphModel::connectionDeleted, this, &GraphScene::onConnectionDeleted);
    connect(m_model, &NetworkGraphModel::outputNodeChanged, this, &GraphScene::onOutputNodeChanged);
    connect(m_model, &NetworkGraphModel::modelReset, this, &GraphScene::rebuild);
    connect(m_document, &NetworkDocument::compiled, this, &GraphScene::showCompileResult);
    rebuild();
}

GraphScene::~GraphScene()
{
    // Clearing a selection emits selectionChanged; listeners (the inspector) would
    // then read a half-destroyed scene. Nobody may hear from it any more.
    blockSignals(true);
    // Items reference each other (edges <-> cards); drop them before the hashes go.
    m_pendingEdge = nullptr;
    clear();
}

void GraphScene::rebuild()
{
    cancelConnection();
    m_outputItem = nullptr;
    m_pressPositions.clear();
    // Deselect while every card is still whole: a selected card announces its removal
    // (selectionChanged) from its destructor, and listeners would ask half-deleted
    // cards whether they are selected (the inspector did, on opening another file).
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges.clear();
    for (const NodeData& node : m_model->nodes())
        onNodeCreated(node.id);
    for (const EdgeData& edge : m_model->edges())
        onConnectionCreated(edge);
    onOutputNodeChanged(m_model->outputNode());
    showCompileResult(m_document->compileResult());
}

void GraphScene::onNodeCreated(const QString& id)
{
    const NodeData* node = m_model->node(id);
    if (!node || m_nodes.contains(id))
        return;
    auto* item = new NodeItem(*node, m_model->registry());
    addItem(item);
    m_nodes.insert(id, item);
}

void GraphScene::onNodeDeleted(const QString& id)
{
    NodeItem* item = m_nodes.take(id);
    if (!item)
        return;
    // The model removed the edges first; any left (defensive) go with the card.
    const QVector<EdgeItem*> edges = item->edges();
    for (EdgeItem* edge : edges)
        onConnectionDeleted(edge->edge());
    if (m_outputItem == item)
        m_outputItem = nullptr;
    if (m_dragSource && m_dragSource->node() == item)
        cancelConnection();
    m_pressPositions.remove(id);
    delete item;
}

void GraphScene::onNodeUpdated(const QString& id)
{
    NodeItem* item = m_nodes.value(id);
    const NodeData* node = m_model->node(id);
    if (!item || !node)
        return;
    item->setNodeData(*node, m_model->registry());
}

void GraphScene::onNodePositionUpdated(const QString& id)
{
    NodeItem* item = m_nodes.value(id);
    const NodeData* node = m_model->node(id);
    if (item && node)
        item->setPos(node->position);
}

void GraphScene::onConnectionCreated(const EdgeData& edge)
{
    NodeItem* source = m_nodes.value(edge.from);
    NodeItem* target = m_nodes.value(edge.to);
    // A dangling edge from a file has no curve to draw; the compiler reports it.
    if (!source || !target || m_edges.contains(edge))
        return;
    auto* item = new EdgeItem(edge, source, target);
    addItem(item);
    m_edges.insert(edge, item);
    source->attachEdge(item);
    target->attachEdge(item);
    // Until the next compile, the label the source had at the last one.
    const CompileResult& result = m_document->compileResult();
    if (const auto status = result.nodes.constFind(edge.from); status != result.nodes.cend())
        item->setLabel(status->shapeText());
}

void GraphScene::onConnectionDeleted(const EdgeData& edge)
{
    EdgeItem* item = m_edges.take(edge);
    if (item) {
        item->source()->detachEdge(item);
        item->target()->detachEdge(item);
        delete item;
    }
}

void GraphScene::onOutputNodeChanged(const QString& id)
{
    if (m_outputItem)
        m_outputItem->setOutputMarked(false);
    m_outputItem = m_nodes.value(id);
    if (m_outputItem)
        m_outputItem->setOutputMarked(true);
}

void GraphScene::showCompileResult(const CompileResult& result)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto status = result.nodes.constFind(it.key());
        it.value()->setStatus(status == result.nodes.cend() ? nullptr : &*status);
    }
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        const auto status = result.nodes.constFind(it.key().from);
        it.value()->setLabel(status == result.nodes.cend() ? QString() : status->shapeText());
    }
}

QStringList GraphScene::selectedNodeIds() const
{
    QStringList ids;
    for (const NodeData& node : m_model->nodes())
        if (NodeItem* item = m_nodes.value(node.id); item && item->isSelected())
            ids << node.id;
    return ids;
}

QVector<EdgeData> GraphScene::selectedEdges() const
{
    QVector<EdgeData> edges;
    for (const EdgeData& edge : m_model->edges()) {
        EdgeItem* item = m_edges.value(edge);
        if (item && item->isSelected() && !(item->source()->isSelected() && item->target()->isSelected()))
            edges << edge;
    }
    return edges;
}

void GraphScene::selectNodes(const QStringList& ids)
{
    clearSelection();
    for (const QString& id : ids)
        if (NodeItem* item = m_nodes.value(id))
            item->setSelected(true);
}

void GraphScene::focusNode(const QString& id)
{
    NodeItem* item = m_nodes.value(id);
    if (!item)
        return;
    selectNodes({ id });
    const QList<QGraphicsView*> allViews = views();
    for (QGraphicsView* view : allViews)
        view->centerOn(item);
}

QRectF GraphScene::graphBounds() const
{
    QRectF bounds;
    for (const NodeItem* item : m_nodes)
        bounds |= item->sceneBoundingRect();
    return bounds;
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QList<QGraphicsItem*> hits = items(event->scenePos());
        for (QGraphicsItem* hit : hits) {
            auto* port = qgraphicsitem_cast<PortItem*>(hit);
            if (port && !port->isInput()) {
                beginConnection(port, event->scenePos());
                event->accept();
                return;
            }
            if (hit->type() == NodeItem::Type)
                break;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() == Qt::LeftButton) {
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            if (it.value()->isSelected())
                m_pressPositions.insert(it.key(), it.value()->pos());
    }
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_dragSource) {
        updateConnection(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    // The view tracks the mouse, so plain moves arrive here too.
    QString hovered;
    if (event->buttons() == Qt::NoButton) {
        for (QGraphicsItem* item = itemAt(event->scenePos(), QTransform()); item; item = item->parentItem())
            if (auto* node = qgraphicsitem_cast<NodeItem*>(item)) {
                hovered = node->id();
                break;
            }
    }
    setHoveredNode(hovered);
}

bool GraphScene::event(QEvent* event)
{
    if (event->type() == QEvent::GraphicsSceneLeave || event->type() == QEvent::Leave)
        setHoveredNode(QString());
    return QGraphicsScene::event(event);
}

void GraphScene::setHoveredNode(const QString& id)
{
    if (id == m_hoveredNode)
        return;
    m_hoveredNode = id;
    Q_EMIT nodeHovered(id);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_dragSource) {
        if (event->button() == Qt::LeftButton)
            finishConnection(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressPositions.isEmpty())
        return;
    // One request for the whole drag: the cards moved on screen, the model did not
    // yet; the owner's MoveNodesCommand makes it so (and undoable).
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        NodeItem* item = m_nodes.value(it.key());
        if (item && item->pos() != it.value()) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), item->pos());
        }
    }
    m_pressPositions.clear();
    if (!from.isEmpty())
        Q_EMIT nodesMoved(from, to);
}

void GraphScene::keyPressEvent(QKeyEvent* event)
{
    if (m_dragSource && event->key() == Qt::Key_Escape) {
        cancelConnection();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void GraphScene::beginConnection(PortItem* source, QPointF scenePos)
{
    cancelConnection();
    m_dragSource = source;
    const QString from = source->nodeId();
    // Dim every port that cannot take this edge, so the user sees where it may go.
    for (NodeItem* node : std::as_const(m_nodes)) {
        node->outputPort()->setDimmed(true);
        for (int i = 0; i < node->inputPortCount(); ++i)
            node->inputPort(i)->setDimmed(!m_model->canConnect(EdgeData { from, node->id(), i }).isEmpty());
    }
    source->setDimmed(false);
    m_pendingEdge = new QGraphicsPathItem;
    m_pendingEdge->setPen(GraphStyle::instance().pendingEdgePen);
    m_pendingEdge->setZValue(10);
    addItem(m_pendingEdge);
    updateConnection(scenePos);
}

PortItem* GraphScene::inputPortAt(QPointF scenePos) const
{
    const QList<QGraphicsItem*> hits = items(scenePos);
    for (QGraphicsItem* hit : hits) {
        if (auto* port = qgraphicsitem_cast<PortItem*>(hit); port && port->isInput())
            return port;
    }
    for (QGraphicsItem* hit : hits) {
        if (auto* node = qgraphicsitem_cast<NodeItem*>(hit)) {
            for (int i = 0; i < node->inputPortCount(); ++i)
                if (!node->inputPort(i)->isDimmed())
                    return node->inputPort(i);
            return node->inputPortCount() > 0 ? node->inputPort(0) : nullptr;
        }
    }
    return nullptr;
}

void GraphScene::updateConnection(QPointF scenePos)
{
    PortItem* port = inputPortAt(scenePos);
    if (port && port->isDimmed())
        port = nullptr;
    if (port != m_hoverPort) {
        if (m_hoverPort)
            m_hoverPort->setHighlighted(false);
        m_hoverPort = port;
        if (m_hoverPort)
            m_hoverPort->setHighlighted(true);
    }
    const QPointF end = m_hoverPort ? m_hoverPort->anchor() : scenePos;
    m_pendingEdge->setPath(EdgeItem::curve(m_dragSource->anchor(), end));
}

void GraphScene::finishConnection(QPointF scenePos)
{
    PortItem* target = inputPortAt(scenePos);
    const QString from = m_dragSource->nodeId();
    cancelConnection();
    if (!target)
        return; // dropped on empty canvas: nothing to do
    const EdgeData edge { from, target->nodeId(), target->index() };
    const QString reason = m_model->canConnect(edge);
    if (reason.isEmpty())
        Q_EMIT connectionRequested(edge);
    else
        Q_EMIT connectionRefused(reason);
}

void GraphScene::cancelConnection()
{
    if (!m_dragSource)
        return;
    m_dragSource = nullptr;
    m_hoverPort = nullptr;
    for (NodeItem* node : std::as_const(m_nodes)) {
        node->outputPort()->setDimmed(false);
        for (int i = 0; i < node->inputPortCount(); ++i) {
            node->inputPort(i)->setDimmed(false);
            node->inputPort(i)->setHighlighted(false);
        }
    }
    delete m_pendingEdge;
    m_pendingEdge = nullptr;
}

QRect GraphScene::nodeCardOnScreen(const QString& id) const
{
    const NodeItem* item = nodeItem(id);
    const QList<QGraphicsView*> allViews = views();
    for (QGraphicsView* view : allViews) {
        if (!item || !view->isVisible())
            continue;
        const QRect local = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
        if (view->viewport()->rect().intersects(local))
            return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    return QRect(QCursor::pos(), QSize(16, 16));
}

} // namespace nw
