#include "StepFormulaText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace nw::stepformula {

QString number(float value)
{
    return QLocale().toString(static_cast<double>(value), 'g', 4);
}

QString factor(float value)
{
    return value < 0 ? QStringLiteral("(") + number(value) + QStringLiteral(")") : number(value);
}

QString product(float a, float b)
{
    return factor(a) + QStringLiteral("·") + factor(b);
}

QString sum(const QStringList& terms)
{
    if (terms.size() <= kTermsShown)
        return terms.join(QStringLiteral(" + "));
    return terms.mid(0, kTermsShown).join(QStringLiteral(" + ")) + QStringLiteral(" + … ")
        + QCoreApplication::translate("nw::StepFormulas", "(%1 more terms)").arg(terms.size() - kTermsShown);
}

QString indexed(const QString& name, int zeroBasedIndex)
{
    return QStringLiteral("<i>%1</i><sub>%2</sub>").arg(name).arg(zeroBasedIndex + 1);
}

QString line(const QString& html)
{
    return QStringLiteral("<p style=\"margin:2px 0\">") + html + QStringLiteral("</p>");
}

QList<int> unitsToShow(std::size_t count, int unit)
{
    QList<int> units;
    if (count <= static_cast<std::size_t>(kNumbersUpTo))
        for (int i = 0; i < static_cast<int>(count); ++i)
            units.append(i);
    else if (unit >= 0 && static_cast<std::size_t>(unit) < count)
        units.append(unit);
    return units;
}

int largestUnit(const Tensor& values)
{
    int best = 0;
    for (std::size_t i = 1; i < values.size(); ++i)
        if (std::abs(values[i]) > std::abs(values[static_cast<std::size_t>(best)]))
            best = static_cast<int>(i);
    return best;
}

const ParameterTrace* parameter(const NodeTrace& node, const std::string& shortName)
{
    for (const ParameterTrace& p : node.parameters)
        if (p.shortName == shortName)
            return &p;
    return nullptr;
}

QString unitNote(std::size_t count, int unit)
{
    if (count <= static_cast<std::size_t>(kNumbersUpTo))
        return {};
    return line(QStringLiteral("<span style=\"color:#666\">")
        + QCoreApplication::translate("nw::StepFormulas",
            "%1 values: the formula for output %2 (the highlighted one); the strip shows them all.")
              .arg(count)
              .arg(unit + 1)
        + QStringLiteral("</span>"));
}

} // namespace nw::stepformula
