#include "LogDoubleSpinBox.h"

#include <QLocale>

#include <cmath>

namespace nw {

LogDoubleSpinBox::LogDoubleSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    // QDoubleSpinBox rounds to `decimals`; 1e-8 (Adam's eps) needs many.
    setDecimals(12);
    setStepType(QAbstractSpinBox::DefaultStepType);
}

double LogDoubleSpinBox::ladderStep(double value, int direction)
{
    static constexpr double kMantissas[] = { 1.0, 2.0, 5.0 };
    if (value <= 0.0)
        return direction > 0 ? 1e-6 : 0.0;
    const double decade = std::pow(10.0, std::floor(std::log10(value) + 1e-9));
    const double mantissa = value / decade;
    if (direction > 0) {
        for (double m : kMantissas) {
            if (m > mantissa * (1.0 + 1e-9))
                return m * decade;
        }
        return 10.0 * decade;
    }
    for (int i = 2; i >= 0; --i) {
        if (kMantissas[i] < mantissa * (1.0 - 1e-9))
            return kMantissas[i] * decade;
    }
    return 0.5 * decade;
}

void LogDoubleSpinBox::stepBy(int steps)
{
    double v = value();
    for (int i = 0; i < std::abs(steps); ++i)
        v = ladderStep(v, steps);
    setValue(std::clamp(v, minimum(), maximum()));
    selectAll();
}

QString LogDoubleSpinBox::textFromValue(double value) const
{
    return locale().toString(value, 'g', 6);
}

double LogDoubleSpinBox::valueFromText(const QString& text) const
{
    QString t = text;
    t.remove(suffix()).remove(prefix());
    return locale().toDouble(t.trimmed());
}

QValidator::State LogDoubleSpinBox::validate(QString& text, int& pos) const
{
    Q_UNUSED(pos);
    QString t = text;
    t.remove(suffix()).remove(prefix());
    t = t.trimmed();
    if (t.isEmpty())
        return QValidator::Intermediate;
    bool ok = false;
    const double v = locale().toDouble(t, &ok);
    if (ok && v >= minimum() && v <= maximum())
        return QValidator::Acceptable;
    // Half-typed numbers ("1e-", "0.") are on their way to being valid.
    for (const QChar c : t) {
        if (!c.isDigit() && c != locale().decimalPoint().at(0) && c != u'e' && c != u'E' && c != u'-' && c != u'+')
            return QValidator::Invalid;
    }
    return QValidator::Intermediate;
}

} // namespace nw
