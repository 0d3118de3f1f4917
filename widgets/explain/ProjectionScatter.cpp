#include "ProjectionScatter.h"

#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {
constexpr double kMargin = 10.0;
constexpr double kAxisSpace = 22.0;
constexpr double kLegendWidth = 130.0;
constexpr double kReach = 8.0; // pixels within which a point counts as under the pointer
constexpr int kThumbnailSide = 84;
} // namespace

ProjectionScatter::ProjectionScatter(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this, qOverload<>(&QWidget::update));
}

void ProjectionScatter::setPoints(Points points)
{
    m_points = std::move(points);
    m_hovered = -1;
    m_cache = {};
    m_minX = m_minY = 0.0f;
    m_maxX = m_maxY = 1.0f;
    if (!m_points.x.empty()) {
        const auto [minX, maxX] = std::minmax_element(m_points.x.begin(), m_points.x.end());
        const auto [minY, maxY] = std::minmax_element(m_points.y.begin(), m_points.y.end());
        m_minX = *minX;
        m_maxX = std::max(*maxX, *minX + 1e-6f);
        m_minY = *minY;
        m_maxY = std::max(*maxY, *minY + 1e-6f);
    }
    update();
}

void ProjectionScatter::clear()
{
    setPoints({});
}

void ProjectionScatter::setThumbnailProvider(std::function<QImage(int)> thumbnail, std::function<QString(int)> describe)
{
    m_thumbnail = std::move(thumbnail);
    m_describe = std::move(describe);
}

int ProjectionScatter::wrongCount() const
{
    int wrong = 0;
    for (std::size_t i = 0; i < m_points.trueClasses.size() && i < m_points.predictedClasses.size(); ++i)
        wrong += m_points.trueClasses[i] >= 0 && m_points.predictedClasses[i] >= 0
            && m_points.trueClasses[i] != m_points.predictedClasses[i];
    return wrong;
}

QRectF ProjectionScatter::plotRect() const
{
    const bool legend = !m_points.classNames.isEmpty();
    return QRectF(kMargin + kAxisSpace, kMargin, width() - 2 * kMargin - kAxisSpace - (legend ? kLegendWidth : 0.0),
        height() - 2 * kMargin - kAxisSpace);
}

QPointF ProjectionScatter::toWidget(int point) const
{
    const QRectF plot = plotRect().adjusted(4, 4, -4, -4);
    const auto at = static_cast<std::size_t>(point);
    const double fx = (m_points.x[at] - m_minX) / (m_maxX - m_minX);
    const double fy = (m_points.y[at] - m_minY) / (m_maxY - m_minY);
    return { plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height() };
}

int ProjectionScatter::pointAt(QPointF position) const
{
    int best = -1;
    double bestDistance = kReach * kReach;
    for (int i = 0; i < count(); ++i) {
        const QPointF d = toWidget(i) - position;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QSize ProjectionScatter::sizeHint() const
{
    return { 520, 420 };
}

QSize ProjectionScatter::minimumSizeHint() const
{
    return { 240, 200 };
}

void ProjectionScatter::mouseMoveEvent(QMouseEvent* event)
{
    const int hovered = pointAt(event->position());
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    m_hoverImage = hovered >= 0 && m_thumbnail ? m_thumbnail(hovered) : QImage();
    setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void ProjectionScatter::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int point = pointAt(event->position());
    if (point >= 0)
        Q_EMIT pointActivated(point);
}

void ProjectionScatter::leaveEvent(QEvent*)
{
    m_hovered = -1;
    update();
}

void ProjectionScatter::resizeEvent(QResizeEvent*)
{
    m_hovered = -1;
    m_cache = {};
}

void ProjectionScatter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (painter.device() != this) { // an export: every point as a shape
        paintPoints(painter);
        paintHover(painter);
        return;
    }
    // On screen the points are drawn once into an image, so hovering costs only the hover box.
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * ratio) {
        m_cache = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(ratio);
        QPainter cache(&m_cache);
        paintPoints(cache);
    }
    painter.drawImage(0, 0, m_cache);
    paintHover(painter);
}

void ProjectionScatter::paintPoints(QPainter& painter)
{
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), kAxisSpace), Qt::AlignCenter,
        tr("PC 1 (%1% of the variance)").arg(static_cast<double>(m_points.varianceX) * 100.0, 0, 'f', 1));
    painter.save();
    painter.translate(kMargin, plot.bottom());
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, plot.height(), kAxisSpace), Qt::AlignCenter,
        tr("PC 2 (%1% of the variance)").arg(static_cast<double>(m_points.varianceY) * 100.0, 0, 'f', 1));
    painter.restore();
    if (m_points.x.empty())
        return;

    painter.setRenderHint(QPainter::Antialiasing);
    // Right answers first, mistakes on top where they can be seen.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < count(); ++i) {
            const auto at = static_cast<std::size_t>(i);
            const int t = at < m_points.trueClasses.size() ? m_points.trueClasses[at] : -1;
            const int p = at < m_points.predictedClasses.size() ? m_points.predictedClasses[at] : -1;
            const bool wrong = t >= 0 && p >= 0 && t != p;
            if (wrong != (pass == 1))
                continue;
            const QPointF c = toWidget(i);
            QColor colour = t >= 0 ? ClassPalette::colour(t) : QColor(0x55, 0x55, 0x55);
            if (wrong) {
                painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 3.2));
                painter.drawLine(c + QPointF(-3.5, -3.5), c + QPointF(3.5, 3.5));
                painter.drawLine(c + QPointF(-3.5, 3.5), c + QPointF(3.5, -3.5));
                painter.setPen(QPen(colour, 1.8));
                painter.drawLine(c + QPointF(-3.5, -3.5), c + QPointF(3.5, 3.5));
                painter.drawLine(c + QPointF(-3.5, 3.5), c + QPointF(3.5, -3.5));
            } else {
                colour.setAlphaF(0.75f);
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                painter.drawEllipse(c, 2.6, 2.6);
            }
        }
    }
    paintLegend(painter, plot);
}

void ProjectionScatter::paintLegend(QPainter& painter, const QRectF& plot)
{
    if (m_points.classNames.isEmpty())
        return;
    const QFontMetrics fm(font());
    double y = plot.top();
    const double x = plot.right() + 10;
    for (int c = 0; c < m_points.classNames.size(); ++c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ClassPalette::colour(c));
        painter.drawEllipse(QPointF(x + 5, y + fm.height() / 2.0), 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x + 14, y, kLegendWidth - 24, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(m_points.classNames[c], Qt::ElideRight, static_cast<int>(kLegendWidth - 24)));
        y += fm.height() + 2;
    }
    y += 4;
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.8));
    painter.drawLine(QPointF(x + 2, y + 3), QPointF(x + 8, y + fm.height() - 3));
    painter.drawLine(QPointF(x + 2, y + fm.height() - 3), QPointF(x + 8, y + 3));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(x + 14, y, kLegendWidth - 14, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        tr("wrong (%1)").arg(wrongCount()));
}

void ProjectionScatter::paintHover(QPainter& painter)
{
    if (m_hovered < 0 || m_hovered >= count())
        return;
    const QPointF c = toWidget(m_hovered);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(c, 6, 6);

    const auto at = static_cast<std::size_t>(m_hovered);
    const auto name = [this](int cls) {
        return cls >= 0 && cls < m_points.classNames.size() ? m_points.classNames[cls] : QString::number(cls);
    };
    QStringList lines;
    if (at < m_points.trueClasses.size() && m_points.trueClasses[at] >= 0)
        lines.append(tr("True: %1").arg(name(m_points.trueClasses[at])));
    if (at < m_points.predictedClasses.size() && m_points.predictedClasses[at] >= 0)
        lines.append(tr("Predicted: %1").arg(name(m_points.predictedClasses[at])));
    if (m_describe)
        lines.append(m_describe(m_hovered));
    const QString text = lines.join(QLatin1Char('\n'));
    const QFontMetrics fm(font());
    const QRect textBox = fm.boundingRect(QRect(0, 0, 200, 400), Qt::TextWordWrap, text);
    const int imageSide = m_hoverImage.isNull() ? 0 : kThumbnailSide;
    const QSize box(std::max(imageSide, textBox.width()) + 12, imageSide + (imageSide ? 6 : 0) + textBox.height() + 12);
    QPointF topLeft = c + QPointF(12, 12);
    if (topLeft.x() + box.width() > width())
        topLeft.setX(c.x() - 12 - box.width());
    if (topLeft.y() + box.height() > height())
        topLeft.setY(c.y() - 12 - box.height());
    const QRectF frame(topLeft, box);
    painter.setPen(QColor(0xaa, 0xaa, 0xaa));
    painter.setBrush(QColor(0xfb, 0xfb, 0xfb));
    painter.drawRect(frame);
    double y = frame.top() + 6;
    if (imageSide) {
        painter.drawImage(QRectF(frame.left() + 6, y, imageSide, imageSide),
            m_hoverImage.scaled(imageSide, imageSide, Qt::KeepAspectRatio, Qt::FastTransformation));
        y += imageSide + 6;
    }
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QRectF(frame.left() + 6, y, box.width() - 12, textBox.height()), Qt::TextWordWrap, text);
}

QString ProjectionScatter::csv() const
{
    QString text = QStringLiteral("point,x,y,true_class,predicted_class\n");
    for (int i = 0; i < count(); ++i) {
        const auto at = static_cast<std::size_t>(i);
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(i)
                    .arg(static_cast<double>(m_points.x[at]), 0, 'g', 7)
                    .arg(static_cast<double>(m_points.y[at]), 0, 'g', 7)
                    .arg(at < m_points.trueClasses.size() ? m_points.trueClasses[at] : -1)
                    .arg(at < m_points.predictedClasses.size() ? m_points.predictedClasses[at] : -1);
    }
    return text;
}

} // namespace nw
