#pragma once
// A tooltip-like frame with one small picture per unit of a hidden layer, as
// TensorFlow Playground draws its neurons: what each unit outputs over the input
// plane, orange where negative and blue where positive. Shown by NeuronFieldsHover
// while the pointer rests on a card in the graph editor; it only paints.
#include "training/DecisionField.h"

#include <QFrame>
#include <QImage>
#include <QString>
#include <QVector>

namespace nw {

class NeuronFieldsPopup : public QFrame {
    Q_OBJECT
public:
    explicit NeuronFieldsPopup(QWidget* parent = nullptr);

    // One tile per field; `totalUnits` (when larger) is mentioned under them.
    void setFields(const QString& title, const QVector<DecisionField>& fields, int totalUnits = 0);
    // No pictures, a sentence instead (before the first run, or a layer without units).
    void setMessage(const QString& title, const QString& message);
    // Shows the frame under a global rectangle (the hovered card), or above it when
    // the screen ends first, kept on the screen.
    void showNear(QRect globalAnchor);

    int tileCount() const { return int(m_tiles.size()); }
    const QString& title() const { return m_title; }

    static constexpr int kTileSize = 56;
    static constexpr int kMaxColumns = 8;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QString m_footer;
    QVector<QImage> m_tiles;
};

} // namespace nw
