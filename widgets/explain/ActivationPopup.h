#pragma once
// A tooltip-like frame under a hovered card of the graph editor with what that
// layer outputs for the sample open in the Explain dock: its feature maps (a
// convolution's channels) or its units, through a FeatureMapGrid. Shown by
// ActivationHover; it only shows what it is given.
#include <QFrame>
#include <QRect>

class QLabel;

namespace nw {

class FeatureMapGrid;
class Tensor;

class ActivationPopup : public QFrame {
    Q_OBJECT
public:
    static constexpr int kTileSize = 40;
    static constexpr int kMaxTiles = 32;
    static constexpr int kWidth = 8 * (kTileSize + 4) + 16;

    explicit ActivationPopup(QWidget* parent = nullptr);

    void setActivations(const QString& title, const Tensor& activations, const QString& footer);
    void setMessage(const QString& title, const QString& message);
    // Under a global rectangle (the card), or above it when the screen ends first.
    void showNear(QRect globalAnchor);

    QString title() const;
    FeatureMapGrid* grid() const { return m_grid; }

private:
    QLabel* m_title;
    FeatureMapGrid* m_grid;
    QLabel* m_footer;
};

} // namespace nw
