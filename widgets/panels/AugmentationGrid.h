#pragma once
// Paints a few images as an even grid of square tiles, each with a caption below,
// scaled to the widget's width (nearest-neighbour, so small images stay crisp).
// The AugmentationPreview's drawing surface; holds only what it was last given.
#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

namespace nw {

class AugmentationGrid : public QWidget {
    Q_OBJECT

public:
    explicit AugmentationGrid(QWidget* parent = nullptr);

    void setTiles(QList<QImage> images, QStringList captions);
    const QList<QImage>& images() const { return m_images; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int tileSide(int width) const;
    int rows() const;

    QList<QImage> m_images;
    QStringList m_captions;
};

} // namespace nw
