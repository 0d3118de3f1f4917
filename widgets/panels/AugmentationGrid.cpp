#include "AugmentationGrid.h"

#include <QPainter>

#include <algorithm>

namespace nw {

namespace {

constexpr int kColumns = 4;
constexpr int kGap = 6;

} // namespace

AugmentationGrid::AugmentationGrid(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumWidth(kColumns * 40);
}

void AugmentationGrid::setTiles(QList<QImage> images, QStringList captions)
{
    m_images = std::move(images);
    m_captions = std::move(captions);
    updateGeometry();
    update();
}

int AugmentationGrid::tileSide(int width) const
{
    return std::max(16, (width - (kColumns - 1) * kGap) / kColumns);
}

int AugmentationGrid::rows() const
{
    return std::max(1, static_cast<int>((m_images.size() + kColumns - 1) / kColumns));
}

int AugmentationGrid::heightForWidth(int width) const
{
    return rows() * (tileSide(width) + fontMetrics().height() + kGap);
}

QSize AugmentationGrid::sizeHint() const
{
    const int width = kColumns * 84 + (kColumns - 1) * kGap;
    return { width, heightForWidth(width) };
}

void AugmentationGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int side = tileSide(width());
    const int captionHeight = fontMetrics().height();
    for (int i = 0; i < m_images.size(); ++i) {
        const int x = (i % kColumns) * (side + kGap);
        const int y = (i / kColumns) * (side + captionHeight + kGap);
        const QRect tile(x, y, side, side);
        painter.fillRect(tile, palette().color(QPalette::Mid));
        const QImage& image = m_images[i];
        if (!image.isNull()) {
            const QSize fitted = image.size().scaled(tile.size(), Qt::KeepAspectRatio);
            const QRect target(QPoint(x + (side - fitted.width()) / 2, y + (side - fitted.height()) / 2), fitted);
            painter.drawImage(target, image);
        }
        if (i < m_captions.size())
            painter.drawText(QRect(x, y + side, side, captionHeight), Qt::AlignCenter,
                fontMetrics().elidedText(m_captions[i], Qt::ElideRight, side));
    }
}

} // namespace nw
