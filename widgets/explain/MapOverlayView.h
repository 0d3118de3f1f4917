#pragma once
// An image sample with an explanation's map laid over it: the sample scaled up
// with whole pixels, the map coloured (MapColouring) at the opacity the user
// picked, and under them a colour bar with the scale's values. A map coarser than
// the sample (Grad-CAM at a layer's resolution) is smoothed up to the sample's
// size for display only. Paints itself, so PNG and SVG exports show exactly this.
#include "MapColouring.h"

#include <QImage>
#include <QWidget>

namespace nw {

class MapOverlayView : public QWidget {
    Q_OBJECT
public:
    explicit MapOverlayView(QWidget* parent = nullptr);

    void setSample(const QImage& sample);
    void setMap(MapPlane plane, bool signedMap);
    void clearMap();
    void setOpacity(float opacity);
    float opacity() const { return m_opacity; }

    const MapPlane& plane() const { return m_plane; }
    bool isSigned() const { return m_signed; }
    float scale() const { return m_scale; }
    // Where the picture is drawn, in widget coordinates.
    QRect pictureRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void recolour();
    int legendHeight() const;

    QImage m_sample;
    QImage m_dimmed; // the sample in grey at 60%: what shows under a map
    MapPlane m_plane;
    bool m_signed = true;
    float m_scale = 1.0f;
    float m_opacity = 0.6f;
    QImage m_overlay; // m_plane coloured at m_opacity
};

} // namespace nw
