#include "LatentScatter.h"

#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

constexpr double kLegendWidth = 130.0;
constexpr double kMargin = 28.0;

// The class's colour in every view (ClassPalette: the scheme the user chose), grey
// for a sample without a class.
QColor classColour(int cls)
{
    return cls < 0 ? QColor(0x77, 0x77, 0x77) : ClassPalette::colour(cls);
}

} // namespace

LatentScatter::LatentScatter(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this, [this] {
        m_pointLayer = QImage(); // the class colours may have changed
        update();
    });
}

void LatentScatter::setSpace(std::shared_ptr<const LatentSpace> space)
{
    m_space = std::move(space);
    m_marker.reset();
    fitBounds();
    m_pointLayer = QImage();
    update();
}

void LatentScatter::setMarker(std::optional<QPointF> code)
{
    m_marker = code;
    update();
}

void LatentScatter::fitBounds()
{
    m_bounds = QRectF(-1, -1, 2, 2);
    if (!m_space || m_space->codes().size() < 2)
        return;
    const std::vector<float>& c = m_space->codes();
    float minX = c[0], maxX = c[0], minY = c[1], maxY = c[1];
    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
        minX = std::min(minX, c[i]);
        maxX = std::max(maxX, c[i]);
        minY = std::min(minY, c[i + 1]);
        maxY = std::max(maxY, c[i + 1]);
    }
    // A margin of empty plane around the points: room to click beyond them.
    const double w = std::max(1e-3, double(maxX - minX)), h = std::max(1e-3, double(maxY - minY));
    m_bounds = QRectF(minX - 0.1 * w, minY - 0.1 * h, 1.2 * w, 1.2 * h);
}

QRectF LatentScatter::plotRect() const
{
    return QRectF(kMargin, 8, std::max(10.0, width() - kMargin - kLegendWidth - 8), std::max(10.0, height() - kMargin - 8));
}

QPointF LatentScatter::toWidget(QPointF code) const
{
    const QRectF p = plotRect();
    return { p.left() + (code.x() - m_bounds.left()) / m_bounds.width() * p.width(),
        p.bottom() - (code.y() - m_bounds.top()) / m_bounds.height() * p.height() };
}

QPointF LatentScatter::toCode(QPointF point) const
{
    const QRectF p = plotRect();
    return { m_bounds.left() + (point.x() - p.left()) / p.width() * m_bounds.width(),
        m_bounds.top() + (p.bottom() - point.y()) / p.height() * m_bounds.height() };
}

void LatentScatter::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_pointLayer = QImage();
    update();
}

void LatentScatter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);
    if (!m_space)
        return;
    if (m_pointLayer.isNull())
        drawPointLayer();
    painter.drawImage(QPointF(0, 0), m_pointLayer);
    // Axis ends, so a code can be read off.
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics fm = painter.fontMetrics();
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, 80, fm.height()), Qt::AlignLeft,
        QString::number(m_bounds.left(), 'g', 3));
    painter.drawText(QRectF(plot.right() - 80, plot.bottom() + 2, 80, fm.height()), Qt::AlignRight,
        QString::number(m_bounds.right(), 'g', 3));
    painter.drawText(QRectF(0, plot.top(), kMargin - 2, fm.height()), Qt::AlignRight,
        QString::number(m_bounds.bottom(), 'g', 2));
    painter.drawText(QRectF(0, plot.bottom() - fm.height(), kMargin - 2, fm.height()), Qt::AlignRight,
        QString::number(m_bounds.top(), 'g', 2));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignHCenter,
        tr("%1, unit 1").arg(QString::fromStdString(m_space->bottleneck().id)));
    painter.save();
    painter.translate(plot.left() - 4, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -fm.height(), plot.height(), fm.height()), Qt::AlignHCenter,
        tr("%1, unit 2").arg(QString::fromStdString(m_space->bottleneck().id)));
    painter.restore();

    double y = plot.top();
    const double x = plot.right() + 10;
    for (int k = 0; k < static_cast<int>(m_space->classNames().size()); ++k) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(classColour(k));
        painter.drawEllipse(QPointF(x + 5, y + fm.height() / 2.0), 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x + 14, y, kLegendWidth - 24, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(m_space->classNames()[static_cast<std::size_t>(k)], Qt::ElideRight, int(kLegendWidth) - 24));
        y += fm.height() + 2;
    }
    if (m_marker) {
        const QPointF m = toWidget(*m_marker);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        painter.drawLine(m + QPointF(-7, 0), m + QPointF(7, 0));
        painter.drawLine(m + QPointF(0, -7), m + QPointF(0, 7));
    }
}

void LatentScatter::drawPointLayer()
{
    const qreal ratio = devicePixelRatioF();
    m_pointLayer = QImage((QSizeF(size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_pointLayer.setDevicePixelRatio(ratio);
    m_pointLayer.fill(Qt::transparent);
    QPainter painter(&m_pointLayer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const std::vector<float>& c = m_space->codes();
    const std::vector<int>& classes = m_space->classes();
    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
        QColor colour = classColour(i / 2 < classes.size() ? classes[i / 2] : -1);
        colour.setAlphaF(0.7f);
        painter.setBrush(colour);
        painter.drawEllipse(toWidget(QPointF(c[i], c[i + 1])), 2.2, 2.2);
    }
    ++m_pointLayerDraws;
}

void LatentScatter::mousePressEvent(QMouseEvent* event)
{
    if (!m_space || event->button() != Qt::LeftButton || !plotRect().contains(event->position()))
        return;
    const QPointF code = toCode(event->position());
    setMarker(code);
    Q_EMIT codePicked(code);
}

} // namespace nw
