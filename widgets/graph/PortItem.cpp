#include "PortItem.h"

#include "GraphStyle.h"
#include "NodeItem.h"

#include <QCursor>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace nw {

namespace {
// Picking area is larger than the drawn dot: ports are small targets.
constexpr qreal kHitRadius = 10;
} // namespace

PortItem::PortItem(Direction direction, int index, NodeItem* node)
    : QGraphicsItem(node)
    , m_node(node)
    , m_direction(direction)
    , m_index(index)
{
    setAcceptHoverEvents(false);
    setZValue(1);
    setCursor(Qt::CrossCursor);
}

QString PortItem::nodeId() const
{
    return m_node->id();
}

QRectF PortItem::boundingRect() const
{
    return { -kHitRadius, -kHitRadius, 2 * kHitRadius, 2 * kHitRadius };
}

QPainterPath PortItem::shape() const
{
    QPainterPath path;
    path.addEllipse(boundingRect());
    return path;
}

void PortItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    // Level of detail: far out a port is under two pixels, too small to see or to
    // hit, and thousands of them cost a tenth of a zoomed-out frame.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
        return;
    const GraphStyle& style = GraphStyle::instance();
    qreal r = GraphStyle::portRadius;
    QColor border = m_node->bandColor();
    QColor fill = m_connected ? border : style.portFill;
    if (m_highlighted) {
        r += 2;
        border = style.portAccept;
        fill = style.portAccept;
    }
    if (m_dimmed) {
        border.setAlpha(60);
        fill.setAlpha(60);
    }
    painter->setPen(QPen(border, 1.6));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), r, r);
}

void PortItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void PortItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void PortItem::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    update();
}

} // namespace nw
