#include "LessonSettings.h"

#include "JsonObjectReader.h"

#include <QJsonArray>

namespace nw {

namespace {

std::optional<LessonSettings> fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return std::nullopt;
}

bool isProjectName(const QString& name)
{
    return name.endsWith(QStringLiteral(".nwproj")) && !name.contains(QLatin1Char('/'));
}

} // namespace

LessonLocks LessonSettings::locksAt(int index) const
{
    if (index >= 0 && index < static_cast<int>(steps.size()) && steps[static_cast<std::size_t>(index)].locks)
        return *steps[static_cast<std::size_t>(index)].locks;
    return locks;
}

LessonStep LessonSettings::stepAt(int index) const
{
    if (index >= 0 && index < static_cast<int>(steps.size()))
        return steps[static_cast<std::size_t>(index)];
    return {};
}

QJsonObject LessonSettings::toJson() const
{
    QJsonArray list;
    for (const LessonStep& step : steps) {
        QJsonObject json;
        if (!step.project.isEmpty())
            json.insert(QStringLiteral("project"), step.project);
        if (step.locks)
            json.insert(QStringLiteral("locks"), step.locks->toJson());
        if (!step.goals.empty()) {
            QJsonArray goals;
            for (const LessonGoal& goal : step.goals)
                goals.append(goal.toJson());
            json.insert(QStringLiteral("goals"), goals);
        }
        list.append(json);
    }
    return QJsonObject { { QStringLiteral("format_version"), kFormatVersion }, { QStringLiteral("title"), title },
        { QStringLiteral("project"), project }, { QStringLiteral("locks"), locks.toJson() },
        { QStringLiteral("steps"), list } };
}

std::optional<LessonSettings> LessonSettings::fromJson(const QJsonObject& json, const QString& place, QString* error)
{
    const QString root = place + QStringLiteral(": ");
    JsonObjectReader reader(json, {});
    int version = 0;
    reader.readInt(QStringLiteral("format_version"), version, 1);
    if (reader.ok() && version == 0)
        return fail(error, root + QStringLiteral("format_version: is missing"));
    if (reader.ok() && version > kFormatVersion)
        return fail(error,
            root
                + QStringLiteral("format_version: %1 is from a newer Netwright (this one reads up to %2)")
                      .arg(version)
                      .arg(kFormatVersion));
    reader.refuseUnknownKeys({ QStringLiteral("format_version"), QStringLiteral("title"), QStringLiteral("project"),
        QStringLiteral("locks"), QStringLiteral("steps") });
    LessonSettings settings;
    reader.readString(QStringLiteral("title"), settings.title);
    reader.readString(QStringLiteral("project"), settings.project);
    if (reader.ok() && !isProjectName(settings.project))
        reader.fail(QStringLiteral("project"), QStringLiteral("must name a .nwproj file at the top of the bundle"));
    const QJsonObject lockJson = reader.readObject(QStringLiteral("locks"));
    if (!reader.ok())
        return fail(error, root + reader.error());
    QString problem;
    const std::optional<LessonLocks> locks = LessonLocks::fromJson(lockJson, QStringLiteral("locks"), &problem);
    if (!locks)
        return fail(error, root + problem);
    settings.locks = *locks;

    const QJsonValue stepsValue = json.value(QStringLiteral("steps"));
    if (!stepsValue.isUndefined() && !stepsValue.isArray())
        return fail(
            error, root + QStringLiteral("steps: must be an array, got ") + JsonObjectReader::describeType(stepsValue));
    const QJsonArray list = stepsValue.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("steps[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(error,
                root + at + QStringLiteral(": must be an object, got ") + JsonObjectReader::describeType(list.at(i)));
        const QJsonObject stepJson = list.at(i).toObject();
        JsonObjectReader step(stepJson, at);
        step.refuseUnknownKeys({ QStringLiteral("project"), QStringLiteral("locks"), QStringLiteral("goals") });
        LessonStep s;
        step.readString(QStringLiteral("project"), s.project);
        if (step.ok() && !s.project.isEmpty() && !isProjectName(s.project))
            step.fail(QStringLiteral("project"), QStringLiteral("must name a .nwproj file at the top of the bundle"));
        if (step.ok() && stepJson.contains(QStringLiteral("locks"))) {
            const QJsonObject stepLocks = step.readObject(QStringLiteral("locks"));
            if (step.ok()) {
                s.locks = LessonLocks::fromJson(stepLocks, step.placeOf(QStringLiteral("locks")), &problem);
                if (!s.locks)
                    return fail(error, root + problem);
            }
        }
        const QJsonValue goals = stepJson.value(QStringLiteral("goals"));
        if (step.ok() && !goals.isUndefined() && !goals.isArray())
            step.fail(QStringLiteral("goals"),
                QStringLiteral("must be an array, got ") + JsonObjectReader::describeType(goals));
        if (!step.ok())
            return fail(error, root + step.error());
        const QJsonArray goalList = goals.toArray();
        for (qsizetype g = 0; g < goalList.size(); ++g) {
            const QString goalPlace = QStringLiteral("%1.goals[%2]").arg(at).arg(g);
            if (!goalList.at(g).isObject())
                return fail(error,
                    root + goalPlace + QStringLiteral(": must be an object, got ")
                        + JsonObjectReader::describeType(goalList.at(g)));
            const std::optional<LessonGoal> goal = LessonGoal::fromJson(goalList.at(g).toObject(), goalPlace, &problem);
            if (!goal)
                return fail(error, root + problem);
            s.goals.push_back(*goal);
        }
        settings.steps.push_back(s);
    }
    return settings;
}

} // namespace nw
