#include "StepValuesView.h"

#include "StepValuesPainter.h"

#include <QPainter>

namespace nw {

namespace {

constexpr qreal kZoom = 1.6;

} // namespace

StepValuesView::StepValuesView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StepValuesView::setValues(Tensor values, int highlight)
{
    m_values = std::move(values);
    m_highlight = highlight;
    updateGeometry();
    update();
}

QSize StepValuesView::sizeHint() const
{
    const QSizeF size = stepValuesSize(m_values, StepValuesStyle::Full) * kZoom;
    return QSize(static_cast<int>(size.width()) + 4, static_cast<int>(size.height()) + 4);
}

void StepValuesView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF size = stepValuesSize(m_values, StepValuesStyle::Full) * kZoom;
    // A long strip takes the width there is.
    size.setWidth(std::min(size.width(), static_cast<qreal>(width() - 4)));
    paintStepValues(painter, QRectF(QPointF(2, 2), size), m_values, m_highlight, StepValuesStyle::Full);
}

} // namespace nw
