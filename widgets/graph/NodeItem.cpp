#include "NodeItem.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "PortItem.h"

#include "model/LayerRegistry.h"
#include "model/NodeData.h"
#include "model/NodeStatus.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace nw {

namespace {

constexpr qreal kPad = 8;
constexpr qreal kTitleTop = 5;
constexpr qreal kParamsTop = 37;
constexpr qreal kLineHeight = 14;
constexpr qreal kFooterHeight = 22;

QString shortName(const QString& name)
{
    if (name == QLatin1String("kernel_size"))
        return QStringLiteral("kernel");
    if (name == QLatin1String("padding"))
        return QStringLiteral("pad");
    return name;
}

QString formatValue(const ParameterSpec& spec, const QVariant& value)
{
    switch (spec.kind) {
    case ParameterKind::Int:
        return QString::number(value.toInt());
    case ParameterKind::Double:
        return QString::number(value.toDouble(), 'g', 4);
    case ParameterKind::Bool:
        return value.toBool() ? NodeItem::tr("on") : NodeItem::tr("off");
    case ParameterKind::Enum:
        return value.toString();
    case ParameterKind::IntList: {
        QStringList parts;
        for (const QVariant& v : value.toList())
            parts << QString::number(v.toInt());
        return parts.join(QLatin1Char('x'));
    }
    }
    return value.toString();
}

// The few parameters worth a glance on the card: everything but the weight
// initialisation, and switches only when they differ from their default.
QStringList keyParameters(const NodeData& node, const LayerSpec* spec)
{
    QStringList parts;
    if (!spec) {
        for (auto it = node.params.cbegin(); it != node.params.cend(); ++it)
            parts << it.key() + QLatin1Char(' ') + it.value().toString();
        return parts;
    }
    for (const ParameterSpec& p : spec->parameters) {
        if (p.name == QLatin1String("init"))
            continue;
        const QVariant value = node.params.value(p.name, p.defaultValue);
        if (p.kind == ParameterKind::Bool) {
            if (value.toBool() != p.defaultValue.toBool())
                parts << (value.toBool() ? shortName(p.name) : NodeItem::tr("no %1").arg(shortName(p.name)));
            continue;
        }
        // "stride 0" and "pad 0" are the defaults that mean "nothing special".
        if ((p.kind == ParameterKind::Int || p.kind == ParameterKind::Double) && value.toDouble() == 0
            && p.defaultValue.toDouble() == 0)
            continue;
        if (p.kind == ParameterKind::Enum || p.kind == ParameterKind::IntList)
            parts << formatValue(p, value);
        else
            parts << shortName(p.name) + QLatin1Char(' ') + formatValue(p, value);
    }
    return parts;
}

} // namespace

NodeItem::NodeItem(const NodeData& node, const LayerRegistry& registry)
    : m_id(node.id)
    , m_height(GraphStyle::nodeMinHeight)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setCacheMode(DeviceCoordinateCache);
    m_output = new PortItem(PortItem::Direction::Output, 0, this);
    setNodeData(node, registry);
    setPos(node.position);
}

NodeItem::~NodeItem() = default;

QRectF NodeItem::boundingRect() const
{
    // Room for the selection outline; ports are child items with their own bounds.
    return QRectF(0, 0, GraphStyle::nodeWidth, m_height).adjusted(-4, -4, 4, 4);
}

QPainterPath NodeItem::shape() const
{
    return m_cardPath;
}

void NodeItem::setNodeData(const NodeData& node, const LayerRegistry& registry)
{
    const LayerSpec* spec = registry.spec(node.type);
    m_titleSource = spec ? spec->displayName() : node.type;
    m_band = spec ? GraphStyle::instance().categoryColor(spec->category) : GraphStyle::instance().categoryColor({});
    m_ports = registry.inputPorts(node.type);
    m_trainable = node.trainable;
    m_paramParts = keyParameters(node, spec);
    if (!m_trainable)
        m_paramParts.prepend(tr("frozen"));
    updateInputPorts();
    layoutTexts();
}

void NodeItem::setStatus(const NodeStatus* status)
{
    m_shape = status ? status->shapeText() : QString();
    m_error = status && !status->messages.isEmpty();
    setToolTip(m_error ? status->messages.join(QLatin1Char('\n')) : QString());
    if (m_error) {
        // The card already names the node; the footer keeps the part that says what is wrong.
        QString first = status->messages.constFirst();
        const QString prefix = QStringLiteral("'%1' ").arg(m_id);
        if (const qsizetype at = first.indexOf(prefix); at >= 0 && at < 40)
            first = first.mid(at + prefix.size());
        m_footerSource = QStringLiteral("\u26A0 ") + first;
        m_countText.clear();
    } else {
        m_footerSource = m_shape.isEmpty() ? QString() : QStringLiteral("\u2192 ") + m_shape;
        m_countText = status && status->shapeKnown && status->parameterCount > 0
            ? tr("%1 params").arg(QLocale().toString(status->parameterCount))
            : QString();
    }
    layoutTexts();
}

void NodeItem::setOutputMarked(bool marked)
{
    if (m_outputMarked == marked)
        return;
    m_outputMarked = marked;
    layoutTexts();
}

void NodeItem::layoutTexts()
{
    const GraphStyle& style = GraphStyle::instance();
    const qreal textWidth = GraphStyle::nodeWidth - GraphStyle::bandWidth - 2 * kPad;

    const QFontMetricsF small(style.smallFont);
    // Id left and parameter count right share the second row.
    const qreal rightWidth = m_countText.isEmpty() ? 0 : small.horizontalAdvance(m_countText) + 6;
    const QString idText = m_outputMarked ? tr("%1 \u00B7 output").arg(m_id) : m_id;
    m_idText = small.elidedText(idText, Qt::ElideMiddle, textWidth - rightWidth);
    const QFontMetricsF title(style.titleFont);
    m_titleCondensed = title.horizontalAdvance(m_titleSource) > textWidth;
    m_title = QFontMetricsF(m_titleCondensed ? style.titleFontCondensed : style.titleFont)
                  .elidedText(m_titleSource, Qt::ElideRight, textWidth);

    // Fill the first line word by word, the rest goes to the second.
    const QFontMetricsF body(style.bodyFont);
    const QString sep = QStringLiteral(" \u00B7 ");
    QString line1;
    qsizetype used = 0;
    for (; used < m_paramParts.size(); ++used) {
        const QString candidate = line1.isEmpty() ? m_paramParts[used] : line1 + sep + m_paramParts[used];
        if (!line1.isEmpty() && body.horizontalAdvance(candidate) > textWidth)
            break;
        line1 = candidate;
    }
    m_paramLine1 = body.elidedText(line1, Qt::ElideRight, textWidth);
    m_paramLine2 = body.elidedText(m_paramParts.mid(used).join(sep), Qt::ElideRight, textWidth);

    m_footerLeft = small.elidedText(m_footerSource, Qt::ElideRight, textWidth);
    update();
}

void NodeItem::setHeight(qreal height)
{
    if (!m_cardPath.isEmpty() && qFuzzyCompare(height, m_height))
        return;
    prepareGeometryChange();
    m_height = height;
    const QRectF card(0, 0, GraphStyle::nodeWidth, m_height);
    m_cardPath = QPainterPath();
    m_cardPath.addRoundedRect(card, GraphStyle::cornerRadius, GraphStyle::cornerRadius);
    m_bandPath = m_cardPath.intersected([&] {
        QPainterPath band;
        band.addRect(QRectF(0, 0, GraphStyle::bandWidth, m_height));
        return band;
    }());
    m_output->setPos(GraphStyle::nodeWidth, m_height / 2);
}

void NodeItem::updateInputPorts()
{
    int wanted = m_ports.minimum;
    if (m_ports.maximum > 1) {
        int highest = -1;
        for (const EdgeItem* edge : std::as_const(m_edges))
            if (edge->target() == this)
                highest = std::max(highest, edge->port());
        wanted = std::clamp(highest + 2, std::max(m_ports.minimum, 2), m_ports.maximum);
    }
    // Edges loaded from a file may use ports the type does not have; show them.
    for (const EdgeItem* edge : std::as_const(m_edges))
        if (edge->target() == this)
            wanted = std::max(wanted, edge->port() + 1);

    while (m_inputs.size() > wanted)
        delete m_inputs.takeLast();
    while (m_inputs.size() < wanted)
        m_inputs.append(new PortItem(PortItem::Direction::Input, int(m_inputs.size()), this));

    const qreal height = std::max(GraphStyle::nodeMinHeight, wanted * GraphStyle::portSpacing + 24);
    setHeight(height);
    const qreal first = m_height / 2 - (wanted - 1) * GraphStyle::portSpacing / 2;
    for (int i = 0; i < wanted; ++i)
        m_inputs[i]->setPos(0, first + i * GraphStyle::portSpacing);
    for (EdgeItem* edge : std::as_const(m_edges)) {
        if (edge->target() == this && edge->port() < m_inputs.size())
            m_inputs[edge->port()]->setConnected(true);
        edge->updatePath();
    }
    m_output->setConnected(std::any_of(m_edges.cbegin(), m_edges.cend(), [this](EdgeItem* e) { return e->source() == this; }));
}

PortItem* NodeItem::inputPort(int index) const
{
    return index >= 0 && index < m_inputs.size() ? m_inputs[index] : nullptr;
}

void NodeItem::attachEdge(EdgeItem* edge)
{
    m_edges.append(edge);
    updateInputPorts();
}

void NodeItem::detachEdge(EdgeItem* edge)
{
    m_edges.removeOne(edge);
    for (PortItem* port : std::as_const(m_inputs))
        port->setConnected(false);
    updateInputPorts();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem* edge : std::as_const(m_edges))
            edge->updatePath();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const GraphStyle& style = GraphStyle::instance();
    const qreal w = GraphStyle::nodeWidth;
    const qreal left = GraphStyle::bandWidth + kPad;
    const qreal textWidth = w - left - kPad;

    painter->setPen(Qt::NoPen);
    painter->setBrush(style.cardFill);
    painter->drawPath(m_cardPath);
    painter->setBrush(m_band);
    painter->drawPath(m_bandPath);

    // Level of detail: far out, a card is a coloured box (readable text is
    // impossible anyway and shaping it costs most of the paint).
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= 0.35) {
        painter->setFont(m_titleCondensed ? style.titleFontCondensed : style.titleFont);
        painter->setPen(style.titleText);
        painter->drawText(QRectF(left, kTitleTop, textWidth, 17), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        painter->setFont(style.smallFont);
        painter->setPen(style.mutedText);
        const QRectF idRow(left, kTitleTop + 16, textWidth, 14);
        painter->drawText(idRow, Qt::AlignLeft | Qt::AlignVCenter, m_idText);
        painter->drawText(idRow, Qt::AlignRight | Qt::AlignVCenter, m_countText);

        painter->setFont(style.bodyFont);
        painter->setPen(style.titleText);
        painter->drawText(QRectF(left, kParamsTop, textWidth, kLineHeight), Qt::AlignLeft | Qt::AlignVCenter, m_paramLine1);
        painter->drawText(QRectF(left, kParamsTop + kLineHeight, textWidth, kLineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, m_paramLine2);

        const qreal footerTop = m_height - kFooterHeight;
        painter->setPen(QPen(style.gridMinor, 1));
        painter->drawLine(QPointF(left - 2, footerTop), QPointF(w - kPad + 2, footerTop));
        painter->setFont(style.smallFont);
        painter->setPen(m_error ? style.errorBorder : style.mutedText);
        const QRectF footer(left, footerTop, textWidth, kFooterHeight);
        painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerLeft);
    }

    painter->setBrush(Qt::NoBrush);
    if (m_error)
        painter->setPen(style.errorPen);
    else if (isSelected())
        painter->setPen(style.selectedPen);
    else
        painter->setPen(style.cardPen);
    painter->drawPath(m_cardPath);
    if (m_error && isSelected()) {
        painter->setPen(QPen(style.selectedBorder, 1.2, Qt::DashLine));
        painter->drawRoundedRect(QRectF(-3, -3, w + 6, m_height + 6), GraphStyle::cornerRadius + 2,
            GraphStyle::cornerRadius + 2);
    }
}

} // namespace nw
