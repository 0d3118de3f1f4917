#pragma once
// The 2-D latent space of an autoencoder as a scatter: every evaluated sample at
// its bottleneck code, coloured by its class, with a legend. A click anywhere on
// the plane picks that code (the panel decodes it into an image) and leaves a
// cross there. Paints from the LatentSpace it shares; owned by the ReconstructionPanel.
// The points (tens of thousands for Fashion-MNIST) are drawn once into an image
// that later paints reuse: a click, a hover or an expose costs one blit, not 54,000
// ellipses. The image is drawn again only for another space, size or palette.
#include "LatentSpace.h"

#include <QImage>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>

namespace nw {

class LatentScatter : public QWidget {
    Q_OBJECT
public:
    explicit LatentScatter(QWidget* parent = nullptr);

    void setSpace(std::shared_ptr<const LatentSpace> space);
    // The cross marking the last picked code; nullopt removes it.
    void setMarker(std::optional<QPointF> code);
    // Where on the widget a code is drawn, and the code under a widget point.
    QPointF toWidget(QPointF code) const;
    QPointF toCode(QPointF point) const;

    QSize sizeHint() const override { return { 360, 320 }; }
    // How many times the points were drawn into their image (tests).
    int pointLayerDraws() const { return m_pointLayerDraws; }

Q_SIGNALS:
    void codePicked(QPointF code);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF plotRect() const;
    void fitBounds();
    void drawPointLayer();

    std::shared_ptr<const LatentSpace> m_space;
    QRectF m_bounds; // code space shown, with a margin
    std::optional<QPointF> m_marker;
    QImage m_pointLayer; // null: to be drawn again
    int m_pointLayerDraws = 0;
};

} // namespace nw
