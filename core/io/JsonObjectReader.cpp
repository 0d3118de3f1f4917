#include "JsonObjectReader.h"

#include <QJsonValue>

#include <cmath>
#include <utility>

namespace nw {

namespace {

constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

QString describeRange(const JsonObjectReader::Range& r)
{
    QStringList parts;
    if (std::isfinite(r.min))
        parts << (r.minOpen ? QStringLiteral("greater than %1") : QStringLiteral("at least %1"))
                     .arg(JsonObjectReader::formatNumber(r.min));
    if (std::isfinite(r.max))
        parts << (r.maxOpen ? QStringLiteral("less than %1") : QStringLiteral("at most %1"))
                     .arg(JsonObjectReader::formatNumber(r.max));
    return parts.join(QStringLiteral(" and "));
}

} // namespace

JsonObjectReader::JsonObjectReader(const QJsonObject& object, QString place)
    : m_object(object)
    , m_place(std::move(place))
{
}

QString JsonObjectReader::placeOf(const QString& key) const
{
    return m_place.isEmpty() ? key : m_place + QLatin1Char('.') + key;
}

void JsonObjectReader::fail(const QString& key, const QString& problem)
{
    if (m_error.isEmpty())
        m_error = placeOf(key) + QStringLiteral(": ") + problem;
}

void JsonObjectReader::refuseUnknownKeys(const QStringList& known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), QStringLiteral("unknown key (known keys: %1)").arg(known.join(QStringLiteral(", "))));
    }
}

bool JsonObjectReader::fetch(const QString& key, QJsonValue& value)
{
    if (!ok() || !m_object.contains(key))
        return false;
    value = m_object.value(key);
    return true;
}

void JsonObjectReader::readBool(const QString& key, bool& value)
{
    QJsonValue v;
    if (!fetch(key, v))
        return;
    if (!v.isBool())
        return fail(key, QStringLiteral("must be true or false, got %1").arg(describeType(v)));
    value = v.toBool();
}

void JsonObjectReader::readString(const QString& key, QString& value)
{
    QJsonValue v;
    if (!fetch(key, v))
        return;
    if (!v.isString())
        return fail(key, QStringLiteral("must be a string, got %1").arg(describeType(v)));
    value = v.toString();
}

void JsonObjectReader::readChoice(const QString& key, QString& value, const QStringList& choices)
{
    QString text = value;
    readString(key, text);
    if (!ok() || text == value)
        return;
    const QString lower = text.toLower();
    if (!choices.contains(lower))
        return fail(key, QStringLiteral("must be one of %1, got \"%2\"").arg(choices.join(QStringLiteral(", ")), text));
    value = lower;
}

void JsonObjectReader::readInt(const QString& key, int& value, int min, int max)
{
    QJsonValue v;
    if (!fetch(key, v))
        return;
    if (!v.isDouble())
        return fail(key, QStringLiteral("must be a whole number, got %1").arg(describeType(v)));
    const double d = v.toDouble();
    if (std::floor(d) != d)
        return fail(key, QStringLiteral("must be a whole number, got %1").arg(formatNumber(d)));
    if (d < min || d > max) {
        const QString range = max == std::numeric_limits<int>::max()
            ? QStringLiteral("at least %1").arg(min)
            : QStringLiteral("between %1 and %2").arg(min).arg(max);
        return fail(key, QStringLiteral("must be %1, got %2").arg(range, formatNumber(d)));
    }
    value = static_cast<int>(d);
}

void JsonObjectReader::readSeed(const QString& key, std::uint64_t& value)
{
    QJsonValue v;
    if (!fetch(key, v))
        return;
    if (!v.isDouble())
        return fail(key, QStringLiteral("must be a whole number, got %1").arg(describeType(v)));
    const double d = v.toDouble();
    if (std::floor(d) != d || d < 0 || d > kLargestExactInteger)
        return fail(key, QStringLiteral("must be a whole number from 0 to 2^53, got %1").arg(formatNumber(d)));
    value = static_cast<std::uint64_t>(d);
}

void JsonObjectReader::readDouble(const QString& key, double& value, const Range& range)
{
    QJsonValue v;
    if (!fetch(key, v))
        return;
    if (!v.isDouble())
        return fail(key, QStringLiteral("must be a number, got %1").arg(describeType(v)));
    const double d = v.toDouble();
    const bool below = range.minOpen ? !(d > range.min) : !(d >= range.min);
    const bool above = range.maxOpen ? !(d < range.max) : !(d <= range.max);
    if (!std::isfinite(d) || below || above)
        return fail(key, QStringLiteral("must be %1, got %2").arg(describeRange(range), formatNumber(d)));
    value = d;
}

QJsonObject JsonObjectReader::readObject(const QString& key)
{
    QJsonValue v;
    if (!fetch(key, v))
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("must be an object, got %1").arg(describeType(v)));
        return {};
    }
    return v.toObject();
}

QString JsonObjectReader::describeType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(formatNumber(value.toDouble()));
    case QJsonValue::String:
        return QStringLiteral("the string \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonObjectReader::formatNumber(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace nw
