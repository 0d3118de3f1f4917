#include "MapOverlayView.h"

#include <QPainter>

#include <algorithm>

namespace nw {

namespace {
constexpr int kBarHeight = 8;
} // namespace

MapOverlayView::MapOverlayView(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void MapOverlayView::setSample(const QImage& sample)
{
    m_sample = sample;
    m_dimmed = {};
    if (!sample.isNull()) {
        m_dimmed = sample.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < m_dimmed.height(); ++y) {
            uchar* line = m_dimmed.scanLine(y);
            for (int x = 0; x < m_dimmed.width(); ++x)
                line[x] = static_cast<uchar>(line[x] * 6 / 10);
        }
    }
    update();
}

void MapOverlayView::setMap(MapPlane plane, bool signedMap)
{
    m_plane = std::move(plane);
    m_signed = signedMap;
    m_scale = mapScale(m_plane.values);
    recolour();
}

void MapOverlayView::clearMap()
{
    m_plane = {};
    m_overlay = {};
    update();
}

void MapOverlayView::setOpacity(float opacity)
{
    m_opacity = std::clamp(opacity, 0.0f, 1.0f);
    recolour();
}

void MapOverlayView::recolour()
{
    m_overlay = colourPlane(m_plane, m_signed, m_scale, m_opacity);
    update();
}

int MapOverlayView::legendHeight() const
{
    return kBarHeight + fontMetrics().height() + 4;
}

QSize MapOverlayView::sizeHint() const
{
    return { 200, 200 + legendHeight() };
}

QSize MapOverlayView::minimumSizeHint() const
{
    return { 96, 96 + legendHeight() };
}

int MapOverlayView::heightForWidth(int width) const
{
    return width + legendHeight();
}

QRect MapOverlayView::pictureRect() const
{
    const int side = std::max(1, std::min(width(), height() - legendHeight()));
    return { (width() - side) / 2, 0, side, side };
}

void MapOverlayView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect picture = pictureRect();
    painter.fillRect(picture, Qt::black);
    if (!m_sample.isNull()) {
        // Whole pixels keep an 8x8 digit crisp. Under a map the sample is dimmed to
        // grey, so the map's colours stand out on a bright sample too.
        const QImage base = (m_overlay.isNull() ? m_sample : m_dimmed)
                                .scaled(picture.size(), Qt::KeepAspectRatio, Qt::FastTransformation);
        painter.drawImage(
            picture.topLeft() + QPoint((picture.width() - base.width()) / 2, (picture.height() - base.height()) / 2),
            base);
    }
    if (!m_overlay.isNull()) {
        const bool coarser
            = !m_sample.isNull() && (m_overlay.width() < m_sample.width() || m_overlay.height() < m_sample.height());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, coarser);
        painter.drawImage(picture, m_overlay);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(picture.adjusted(0, 0, -1, -1));
    if (m_plane.isEmpty())
        return;

    // The colour bar and its scale.
    const QRect bar(picture.left(), picture.bottom() + 3, picture.width(), kBarHeight);
    painter.drawImage(bar, colourBar(bar.width(), 1, m_signed));
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect labels(bar.left(), bar.bottom() + 1, bar.width(), fontMetrics().height());
    const QString high = QString::number(static_cast<double>(m_scale), 'g', 2);
    painter.drawText(
        labels, Qt::AlignLeft | Qt::AlignVCenter, m_signed ? QStringLiteral("−") + high : QStringLiteral("0"));
    if (m_signed)
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("0"));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, (m_signed ? QStringLiteral("+") : QString()) + high);
}

} // namespace nw
