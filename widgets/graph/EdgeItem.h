#pragma once
// One connection of the NetworkGraphModel drawn as a cubic curve from the source
// card's output port to an input port of the target card, labelled with the shape
// of the tensor it carries. Owned by GraphScene; follows its cards when they move
// (NodeItem calls updatePath()). The label is set by the scene after each compile.
#include "GraphItemTypes.h"

#include "model/EdgeData.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace nw {

class NodeItem;

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = GraphItemTypes::Edge };

    EdgeItem(const EdgeData& edge, NodeItem* source, NodeItem* target);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const EdgeData& edge() const { return m_edge; }
    int port() const { return m_edge.port; }
    NodeItem* source() const { return m_source; }
    NodeItem* target() const { return m_target; }

    // The tensor shape the edge carries ("16x7x7"); empty hides the label.
    void setLabel(const QString& label);
    const QString& label() const { return m_label; }
    void updatePath();

    // The curve every edge (and the pending edge of a connection drag) follows:
    // horizontal tangents at both ends, so it leaves an output rightwards and
    // enters an input from the left even when the target lies behind the source.
    static QPainterPath curve(QPointF from, QPointF to);

private:
    void updateLabelRect();

    EdgeData m_edge;
    NodeItem* m_source;
    NodeItem* m_target;
    QString m_label;
    QPainterPath m_path;
    mutable QPainterPath m_shape; // cache of shape()
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace nw
