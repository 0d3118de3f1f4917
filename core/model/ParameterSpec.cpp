#include "ParameterSpec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace nw {

namespace {

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// JSON numbers arrive as doubles, so 16.0 is a whole number; 16.5 is not.
bool toWholeNumber(const QVariant& value, int* out)
{
    if (!isNumber(value))
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0)
        return false;
    *out = static_cast<int>(d);
    return true;
}

QString number(double d)
{
    return QString::number(d, 'g', 10);
}

// A value as a student would type it, for messages: "abc" quoted, lists in brackets.
QString describe(const QVariant& value)
{
    if (!value.isValid())
        return QCoreApplication::translate("ParameterSpec", "nothing");
    if (value.typeId() == QMetaType::Nullptr)
        return QStringLiteral("null");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (isNumber(value))
        return number(value.toDouble());
    if (value.typeId() == QMetaType::QString)
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.canConvert<QVariantList>() && value.typeId() != QMetaType::QVariantMap) {
        QStringList parts;
        for (const QVariant& v : value.toList())
            parts << describe(v);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (value.typeId() == QMetaType::QVariantMap)
        return QCoreApplication::translate("ParameterSpec", "an object");
    return value.toString();
}

// The value converted to the kind's stored type, or invalid with `expected` set to
// what was wanted ("a whole number").
QVariant typed(const ParameterSpec& spec, const QVariant& value, QString* expected)
{
    switch (spec.kind) {
    case ParameterKind::Int: {
        int i = 0;
        if (toWholeNumber(value, &i))
            return i;
        *expected = isNumber(value) ? QCoreApplication::translate("ParameterSpec", "a whole number")
                                    : QCoreApplication::translate("ParameterSpec", "a number");
        return {};
    }
    case ParameterKind::Double:
        if (isNumber(value) && std::isfinite(value.toDouble()))
            return value.toDouble();
        *expected = QCoreApplication::translate("ParameterSpec", "a number");
        return {};
    case ParameterKind::Bool:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        *expected = QCoreApplication::translate("ParameterSpec", "true or false");
        return {};
    case ParameterKind::Enum:
        if (value.typeId() == QMetaType::QString)
            return value.toString();
        *expected = QCoreApplication::translate("ParameterSpec", "a text");
        return {};
    case ParameterKind::IntList: {
        // QStringList also converts to a list; only real lists of numbers count.
        if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QJsonArray
            || value.metaType() == QMetaType::fromType<QList<int>>()) {
            QVariantList out;
            bool ok = true;
            for (const QVariant& entry : value.toList()) {
                int i = 0;
                ok = ok && toWholeNumber(entry, &i);
                out.append(i);
            }
            if (ok)
                return out;
        }
        *expected = QCoreApplication::translate("ParameterSpec", "a list of whole numbers");
        return {};
    }
    }
    return {};
}

} // namespace

QString ParameterSpec::toolTip() const
{
    return QCoreApplication::translate("LayerRegistry", toolTipSource);
}

QVariant ParameterSpec::convertType(const QVariant& value, QString* error) const
{
    QString expected;
    QVariant result = typed(*this, value, &expected);
    if (!result.isValid() && error)
        *error = QCoreApplication::translate("ParameterSpec", "expected %1, got %2").arg(expected, describe(value));
    return result;
}

QVariant ParameterSpec::convert(const QVariant& value, QString* error) const
{
    QString expected;
    const QVariant result = typed(*this, value, &expected);
    auto fail = [&](const QString& text) {
        if (error)
            *error = text;
        return QVariant();
    };
    if (!result.isValid())
        return fail(
            QCoreApplication::translate("ParameterSpec", "%1 must be %2, got %3").arg(name, expected, describe(value)));

    switch (kind) {
    case ParameterKind::Int:
    case ParameterKind::Double: {
        const double d = result.toDouble();
        if (d < minimum || d > maximum)
            return fail(QCoreApplication::translate("ParameterSpec", "%1 must be between %2 and %3, got %4")
                            .arg(name, number(minimum), number(maximum), describe(value)));
        break;
    }
    case ParameterKind::Enum:
        if (!choices.contains(result.toString()))
            return fail(QCoreApplication::translate("ParameterSpec", "%1 must be one of %2, got %3")
                            .arg(name, choices.join(QStringLiteral(", ")), describe(value)));
        break;
    case ParameterKind::IntList: {
        const QVariantList list = result.toList();
        if (list.isEmpty())
            return fail(QCoreApplication::translate("ParameterSpec", "%1 needs at least one entry").arg(name));
        for (const QVariant& entry : list)
            if (entry.toInt() < minimum || entry.toInt() > maximum)
                return fail(QCoreApplication::translate("ParameterSpec", "%1 entries must be between %2 and %3, got %4")
                                .arg(name, number(minimum), number(maximum), describe(value)));
        break;
    }
    case ParameterKind::Bool:
        break;
    }
    return result;
}

} // namespace nw
