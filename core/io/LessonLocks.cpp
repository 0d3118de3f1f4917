#include "LessonLocks.h"

#include "JsonObjectReader.h"

#include <QJsonArray>

namespace nw {

namespace {

// A list of strings at `key`, each one of `allowed` (any string when `allowed` is empty).
std::optional<QStringList> readNames(
    const QJsonObject& json, const QString& key, const QString& place, const QStringList& allowed, QString* error)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray()) {
        *error = place + QStringLiteral(".") + key + QStringLiteral(": must be an array of names, got ")
            + JsonObjectReader::describeType(value);
        return std::nullopt;
    }
    QStringList names;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1.%2[%3]").arg(place, key).arg(i);
        if (!list.at(i).isString()) {
            *error = at + QStringLiteral(": must be a name, got ") + JsonObjectReader::describeType(list.at(i));
            return std::nullopt;
        }
        const QString name = list.at(i).toString();
        if (!allowed.isEmpty() && !allowed.contains(name)) {
            *error = at
                + QStringLiteral(": unknown setting \"%1\" (one of: %2)").arg(name, allowed.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (name.isEmpty()) {
            *error = at + QStringLiteral(": must not be empty");
            return std::nullopt;
        }
        names << name;
    }
    return names;
}

} // namespace

QStringList LessonLocks::trainingSettingNames()
{
    return { QStringLiteral("loss"), QStringLiteral("label_smoothing"), QStringLiteral("optimizer"),
        QStringLiteral("learning_rate"), QStringLiteral("momentum"), QStringLiteral("nesterov"),
        QStringLiteral("beta1"), QStringLiteral("beta2"), QStringLiteral("eps"), QStringLiteral("alpha"),
        QStringLiteral("weight_decay"), QStringLiteral("schedule"), QStringLiteral("batch_size"),
        QStringLiteral("epochs"), QStringLiteral("seed"), QStringLiteral("threads"),
        QStringLiteral("gradient_clip_norm"), QStringLiteral("early_stopping") };
}

QJsonObject LessonLocks::toJson() const
{
    QJsonObject json;
    if (hidePalette)
        json.insert(QStringLiteral("hide_palette"), true);
    if (lockGraph)
        json.insert(QStringLiteral("lock_graph"), true);
    if (!layerSettings.isEmpty())
        json.insert(QStringLiteral("layer_settings"), QJsonArray::fromStringList(layerSettings));
    if (trainingSettings)
        json.insert(QStringLiteral("training_settings"), QJsonArray::fromStringList(*trainingSettings));
    return json;
}

std::optional<LessonLocks> LessonLocks::fromJson(const QJsonObject& json, const QString& place, QString* error)
{
    JsonObjectReader reader(json, place);
    reader.refuseUnknownKeys({ QStringLiteral("hide_palette"), QStringLiteral("lock_graph"),
        QStringLiteral("layer_settings"), QStringLiteral("training_settings") });
    LessonLocks locks;
    reader.readBool(QStringLiteral("hide_palette"), locks.hidePalette);
    reader.readBool(QStringLiteral("lock_graph"), locks.lockGraph);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("layer_settings"))) {
        const auto names = readNames(json, QStringLiteral("layer_settings"), place, {}, error);
        if (!names)
            return std::nullopt;
        locks.layerSettings = *names;
    }
    if (json.contains(QStringLiteral("training_settings"))) {
        const auto names = readNames(json, QStringLiteral("training_settings"), place, trainingSettingNames(), error);
        if (!names)
            return std::nullopt;
        locks.trainingSettings = *names;
    }
    return locks;
}

} // namespace nw
