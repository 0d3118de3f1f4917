#include "StepValuesItem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace nw {

namespace {

constexpr qreal kMargin = 4;
constexpr qreal kCaptionHeight = 13;

} // namespace

StepValuesItem::StepValuesItem(Tensor values, int highlight, const QString& caption, StepValuesStyle style, QColor accent)
    : m_values(std::move(values))
    , m_highlight(highlight)
    , m_caption(caption)
    , m_style(style)
    , m_accent(accent)
    , m_valuesSize(stepValuesSize(m_values, style))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(50); // above cards and edges
}

QRectF StepValuesItem::boundingRect() const
{
    const qreal width = std::max<qreal>(m_valuesSize.width(), 60) + 2 * kMargin;
    return { 0, 0, width, m_valuesSize.height() + kCaptionHeight + 2 * kMargin };
}

void StepValuesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QRectF box = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_accent, 1.5));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 4, 4);
    QFont font = painter->font();
    font.setPointSizeF(m_style == StepValuesStyle::Full ? 8.0 : 7.0);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_accent.darker(130));
    const QRectF caption(kMargin, kMargin - 1, box.width() - 2 * kMargin, kCaptionHeight);
    painter->drawText(caption, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(m_caption, Qt::ElideRight, caption.width()));
    paintStepValues(*painter, QRectF(QPointF(kMargin, kMargin + kCaptionHeight), m_valuesSize), m_values, m_highlight,
        m_style);
}

} // namespace nw
