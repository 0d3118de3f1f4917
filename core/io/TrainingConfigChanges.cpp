#include "TrainingConfigChanges.h"

#include <QJsonValue>

#include <map>

namespace nw {

namespace {

QString valueText(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 9);
    if (value.isString())
        return value.toString();
    return QStringLiteral("—");
}

// "optimizer.name" -> "adam", with nested sections flattened to dotted keys.
void flatten(const QJsonObject& json, const QString& prefix, std::map<QString, QJsonValue>& out)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out[key] = it.value();
    }
}

} // namespace

QVector<SettingChange> settingChanges(const TrainingConfig& before, const TrainingConfig& after)
{
    std::map<QString, QJsonValue> a, b;
    flatten(before.toJson(), QString(), a);
    flatten(after.toJson(), QString(), b);
    for (const auto& [key, value] : a)
        b.try_emplace(key, QJsonValue()); // a key only one side has shows as "—"
    QVector<SettingChange> changes;
    for (const auto& [key, value] : b) {
        const auto it = a.find(key);
        const QJsonValue old = it == a.end() ? QJsonValue() : it->second;
        if (old != value)
            changes.push_back({ key, valueText(old), valueText(value) });
    }
    return changes;
}

QStringList trainingConfigChanges(const TrainingConfig& before, const TrainingConfig& after)
{
    QStringList lines;
    for (const SettingChange& change : settingChanges(before, after))
        lines << QStringLiteral("%1: %2 → %3").arg(change.key, change.before, change.after);
    return lines;
}

} // namespace nw
