#pragma once
// A label on the graph editor's canvas that shows the values of one step-through
// stage: under the current node's card (its output, or the gradient at it) and on
// the edges the values flow along. Drawn by paintStepValues(); a caption names
// what the values are ("y", "∂L/∂y"). Owned by the scene, made and removed by
// StepThroughOverlay; never takes the mouse, so editing works around it.
#include "StepValuesPainter.h"

#include <QGraphicsItem>
#include <QString>

namespace nw {

class StepValuesItem : public QGraphicsItem {
public:
    StepValuesItem(Tensor values, int highlight, const QString& caption, StepValuesStyle style, QColor accent);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const Tensor& values() const { return m_values; }
    const QString& caption() const { return m_caption; }

private:
    Tensor m_values;
    int m_highlight;
    QString m_caption;
    StepValuesStyle m_style;
    QColor m_accent;
    QSizeF m_valuesSize;
};

} // namespace nw
