#pragma once
// A spin box for values that span decades (learning rates, epsilons): the arrows
// walk 1, 2, 5, 10, 20, ... of the current decade instead of adding a fixed
// step, and the text is short scientific-friendly notation ("0.001", "1e-08")
// rather than a row of zeros. Typing any number in range works as usual.
#include <QDoubleSpinBox>

namespace nw {

class LogDoubleSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit LogDoubleSpinBox(QWidget* parent = nullptr);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;

    // The next value of the 1-2-5 ladder above (direction > 0) or below `value`.
    static double ladderStep(double value, int direction);
};

} // namespace nw
