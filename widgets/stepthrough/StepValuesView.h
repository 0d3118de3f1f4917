#pragma once
// The step-through panel's picture of the current stage's values, drawn as on the
// card (paintStepValues), only larger. Shows nothing when given no values.
#include "engine/Tensor.h"

#include <QWidget>

namespace nw {

class StepValuesView : public QWidget {
    Q_OBJECT
public:
    explicit StepValuesView(QWidget* parent = nullptr);

    void setValues(Tensor values, int highlight);
    const Tensor& values() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Tensor m_values;
    int m_highlight = -1;
};

} // namespace nw
