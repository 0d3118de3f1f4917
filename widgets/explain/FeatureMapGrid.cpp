#include "FeatureMapGrid.h"

#include "MapColouring.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {
constexpr int kGap = 4;
constexpr int kLabelHeight = 14;
} // namespace

FeatureMapGrid::FeatureMapGrid(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FeatureMapGrid::setActivations(const Tensor& activations)
{
    m_activations = activations;
    m_tiles.clear();
    m_channels = 0;
    const int rank = activations.rank();
    if (activations.empty() || rank < 1 || rank > 3) {
        updateGeometry();
        update();
        return;
    }
    float lowest = 0.0f;
    for (std::size_t i = 0; i < activations.size(); ++i)
        if (std::isfinite(activations[i]))
            lowest = std::min(lowest, activations[i]);
    m_signed = lowest < 0.0f;
    std::vector<float> all(activations.data(), activations.data() + activations.size());
    m_scale = mapScale(all);
    m_flat = rank < 3;
    if (m_flat) {
        // Units as one strip (a sequence: one row per step).
        MapPlane plane;
        plane.height = rank == 2 ? activations.dim(0) : 1;
        plane.width = rank == 2 ? activations.dim(1) : activations.dim(0);
        plane.values = std::move(all);
        m_channels = plane.width;
        m_tiles.append(colourPlane(plane, m_signed, m_scale, 1.0f));
    } else {
        m_channels = activations.dim(0);
        const int h = activations.dim(1), w = activations.dim(2);
        const std::size_t size = static_cast<std::size_t>(h) * static_cast<std::size_t>(w);
        for (int c = 0; c < std::min(m_channels, m_maxTiles); ++c) {
            MapPlane plane { h, w,
                std::vector<float>(activations.data() + static_cast<std::size_t>(c) * size,
                    activations.data() + static_cast<std::size_t>(c + 1) * size) };
            m_tiles.append(colourPlane(plane, m_signed, m_scale, 1.0f));
        }
    }
    updateGeometry();
    update();
}

void FeatureMapGrid::clear()
{
    setActivations(Tensor());
}

void FeatureMapGrid::setTileSize(int side)
{
    m_tileSize = std::max(8, side);
    updateGeometry();
    update();
}

void FeatureMapGrid::setMaxTiles(int tiles)
{
    m_maxTiles = std::max(1, tiles);
    setActivations(Tensor(m_activations));
}

int FeatureMapGrid::columnsFor(int width) const
{
    if (m_flat)
        return 1;
    return std::max(1, (width + kGap) / (m_tileSize + kGap));
}

QRect FeatureMapGrid::tileRect(int tile, int columns) const
{
    if (m_flat) {
        const int rows = m_tiles.isEmpty() ? 1 : m_tiles[0].height();
        const int cell = std::clamp(width() / std::max(1, m_channels), 2, m_tileSize / 2);
        return { 0, 0, cell * m_channels, std::max(cell * rows, 16) };
    }
    const int row = tile / columns, column = tile % columns;
    return { column * (m_tileSize + kGap), row * (m_tileSize + kLabelHeight + kGap) + kLabelHeight, m_tileSize,
        m_tileSize };
}

QSize FeatureMapGrid::sizeHint() const
{
    const int columns = m_flat ? 1 : std::min(8, std::max(1, tileCount()));
    const int w = m_flat ? 320 : columns * (m_tileSize + kGap);
    return { w, heightForWidth(w) };
}

int FeatureMapGrid::heightForWidth(int width) const
{
    if (m_tiles.isEmpty())
        return 0;
    if (m_flat)
        return std::max(16, std::clamp(width / std::max(1, m_channels), 2, m_tileSize / 2) * m_tiles[0].height()) + 2;
    const int columns = columnsFor(width);
    const int rows = (tileCount() + columns - 1) / columns;
    return rows * (m_tileSize + kLabelHeight + kGap);
}

int FeatureMapGrid::channelAt(QPoint point) const
{
    const int columns = columnsFor(width());
    if (m_flat) {
        const QRect strip = tileRect(0, columns);
        if (!strip.contains(point) || m_channels == 0)
            return -1;
        return std::min(m_channels - 1, point.x() * m_channels / std::max(1, strip.width()));
    }
    for (int t = 0; t < tileCount(); ++t)
        if (tileRect(t, columns).contains(point))
            return t;
    return -1;
}

bool FeatureMapGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int channel = channelAt(help->pos());
        if (channel < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        float peak = 0.0f;
        if (m_flat) {
            peak = m_activations[static_cast<std::size_t>(channel)];
            QToolTip::showText(
                help->globalPos(), tr("Unit %1: %2").arg(channel).arg(static_cast<double>(peak), 0, 'g', 3), this);
        } else {
            const std::size_t size = m_activations.size() / static_cast<std::size_t>(m_channels);
            const float* values = m_activations.data() + static_cast<std::size_t>(channel) * size;
            peak = *std::max_element(values, values + size);
            QToolTip::showText(help->globalPos(),
                tr("Channel %1: largest value %2").arg(channel).arg(static_cast<double>(peak), 0, 'g', 3), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void FeatureMapGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int columns = columnsFor(width());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    for (int t = 0; t < tileCount(); ++t) {
        const QRect r = tileRect(t, columns);
        painter.fillRect(r, m_signed ? QColor(0xf7, 0xf7, 0xf7) : QColor(0x42, 0x0a, 0x68));
        painter.drawImage(r, m_tiles[t]);
        if (!m_flat) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(r.left(), r.top() - kLabelHeight, r.width(), kLabelHeight),
                Qt::AlignLeft | Qt::AlignBottom, QString::number(t));
        }
    }
}

QString FeatureMapGrid::csv() const
{
    if (m_activations.empty() || m_channels == 0)
        return {};
    QString text = m_flat ? QStringLiteral("unit,value\n") : QStringLiteral("channel,mean,max\n");
    if (m_flat) {
        for (std::size_t i = 0; i < m_activations.size(); ++i)
            text += QStringLiteral("%1,%2\n").arg(i).arg(static_cast<double>(m_activations[i]), 0, 'g', 7);
        return text;
    }
    const std::size_t size = m_activations.size() / static_cast<std::size_t>(m_channels);
    for (int c = 0; c < m_channels; ++c) {
        const float* values = m_activations.data() + static_cast<std::size_t>(c) * size;
        double sum = 0.0;
        for (std::size_t i = 0; i < size; ++i)
            sum += values[i];
        text += QStringLiteral("%1,%2,%3\n")
                    .arg(c)
                    .arg(sum / static_cast<double>(size), 0, 'g', 7)
                    .arg(static_cast<double>(*std::max_element(values, values + size)), 0, 'g', 7);
    }
    return text;
}

} // namespace nw
