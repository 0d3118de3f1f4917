#pragma once
// A layer's output for one sample as pictures: one tile per channel of a C x H x W
// output (the feature maps of a convolution), all on one colour scale so a quiet
// channel looks quiet; a flat output (a dense layer's units) as one strip of
// cells. Sequential colours for outputs that are never negative (after ReLU),
// diverging ones otherwise. Paints itself; used in the Explain dock and in the
// activation popup of a hovered card.
#include "engine/Tensor.h"

#include <QImage>
#include <QVector>
#include <QWidget>

namespace nw {

class FeatureMapGrid : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapGrid(QWidget* parent = nullptr);

    // `activations` without the batch dimension: [C, H, W], [F], or [T, F] (rows).
    void setActivations(const Tensor& activations);
    void clear();
    // Side of one tile in pixels; the grid wraps to the widget's width.
    void setTileSize(int side);
    // At most this many tiles are drawn (a 512-channel layer would be noise).
    void setMaxTiles(int tiles);

    int tileCount() const { return static_cast<int>(m_tiles.size()); }
    int channelCount() const { return m_channels; }
    bool isSigned() const { return m_signed; }
    float scale() const { return m_scale; }
    // The channel under a point, or -1.
    int channelAt(QPoint point) const;
    // One row per channel (or unit): "channel,mean,max".
    QString csv() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int columnsFor(int width) const;
    QRect tileRect(int tile, int columns) const;

    Tensor m_activations;
    QVector<QImage> m_tiles;
    int m_channels = 0;
    bool m_flat = false;
    bool m_signed = false;
    float m_scale = 1.0f;
    int m_tileSize = 64;
    int m_maxTiles = 64;
};

} // namespace nw
