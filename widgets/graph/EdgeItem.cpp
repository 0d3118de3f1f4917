#include "EdgeItem.h"

#include "GraphStyle.h"
#include "NodeItem.h"
#include "PortItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace nw {

EdgeItem::EdgeItem(const EdgeData& edge, NodeItem* source, NodeItem* target)
    : m_edge(edge)
    , m_source(source)
    , m_target(target)
{
    setFlags(ItemIsSelectable);
    // Under the cards, so a curve never hides a card's text.
    setZValue(-1);
    updatePath();
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to)
{
    const qreal dx = std::max(40.0, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath path(from);
    // A skip connection along a row would run hidden behind the cards it skips:
    // arch it over them instead (peak ~ 0.75 * lift above the ports).
    const qreal span = to.x() - from.x();
    if (span > 1.5 * GraphStyle::columnSpacing && std::abs(to.y() - from.y()) < GraphStyle::nodeMinHeight) {
        const qreal lift = std::min(90.0 + 0.04 * span, 180.0);
        path.cubicTo(from + QPointF(dx * 0.6, -lift), to + QPointF(-dx * 0.6, -lift), to);
        return path;
    }
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void EdgeItem::updatePath()
{
    const PortItem* in = m_target->inputPort(m_edge.port);
    const QPointF from = m_source->outputPort()->scenePos();
    const QPointF to = in ? in->scenePos() : m_target->scenePos() + QPointF(0, m_target->height() / 2);
    prepareGeometryChange();
    m_path = curve(from, to);
    m_shape.clear(); // stroked lazily: only picking and rubber bands need it
    updateLabelRect();
}

void EdgeItem::setLabel(const QString& label)
{
    if (label == m_label)
        return;
    prepareGeometryChange();
    m_label = label;
    updateLabelRect();
    update();
}

void EdgeItem::updateLabelRect()
{
    if (m_label.isEmpty()) {
        m_labelRect = QRectF();
    } else {
        const QFontMetricsF metrics(GraphStyle::instance().edgeLabelFont);
        const QSizeF size(metrics.horizontalAdvance(m_label) + 8, metrics.height() + 2);
        const QPointF mid = m_path.pointAtPercent(0.5);
        m_labelRect = QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
    }
    m_bounds = m_path.controlPointRect().adjusted(-4, -4, 4, 4).united(m_labelRect);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const GraphStyle& style = GraphStyle::instance();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(isSelected() ? style.edgeSelectedPen : style.edgePen);
    painter->drawPath(m_path);
    if (m_label.isEmpty() || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.45)
        return;
    painter->setPen(QPen(isSelected() ? style.edgeSelected : style.gridMajor, 1));
    painter->setBrush(style.edgeLabelFill);
    painter->drawRoundedRect(m_labelRect, 4, 4);
    painter->setFont(style.edgeLabelFont);
    painter->setPen(style.mutedText);
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace nw
