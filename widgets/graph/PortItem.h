#pragma once
// One connection point of a NodeItem: an input on the card's left edge (index =
// the edge's target port) or the single output on its right edge. Owned by its
// NodeItem (a child item). Ports are only targets for the scene's connection drag;
// they hold no model state beyond their index.
#include "GraphItemTypes.h"

#include <QGraphicsItem>

namespace nw {

class NodeItem;

class PortItem : public QGraphicsItem {
public:
    enum class Direction { Input, Output };
    enum { Type = GraphItemTypes::Port };

    PortItem(Direction direction, int index, NodeItem* node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    Direction direction() const { return m_direction; }
    bool isInput() const { return m_direction == Direction::Input; }
    int index() const { return m_index; }
    NodeItem* node() const { return m_node; }
    QString nodeId() const;
    // The point where edges attach, in scene coordinates.
    QPointF anchor() const { return scenePos(); }

    // During a connection drag: dimmed ports cannot take the dragged edge,
    // the highlighted one is under the cursor and can.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setHighlighted(bool highlighted);
    void setConnected(bool connected);
    bool isConnected() const { return m_connected; }

private:
    NodeItem* m_node;
    Direction m_direction;
    int m_index;
    bool m_dimmed = false;
    bool m_highlighted = false;
    bool m_connected = false;
};

} // namespace nw
