#include "RunRecord.h"

#include "JsonObjectReader.h"

#include <QJsonValue>

#include <charconv>
#include <cmath>

namespace nw {

namespace {

using Range = JsonObjectReader::Range;

const QStringList kStatuses { QStringLiteral("completed"), QStringLiteral("stopped"), QStringLiteral("early_stopped"),
    QStringLiteral("diverged") };

// A figure the engine reports as -1 when it has none (accuracy of a regression).
QJsonValue figure(float value)
{
    return value < 0.0f || !std::isfinite(value) ? QJsonValue() : QJsonValue(static_cast<double>(value));
}

// The shortest text that reads back as the same float ("0.6", not "0.600000024").
QString cell(float value)
{
    if (value < 0.0f || !std::isfinite(value))
        return QString();
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return QString::fromLatin1(text, end - text);
}

// Reads an optional figure: null or absent is "none" (-1).
bool readFigure(JsonObjectReader& r, const QJsonObject& json, const QString& key, float& value)
{
    if (!json.contains(key) || json.value(key).isNull()) {
        value = -1.0f;
        return true;
    }
    double v = 0.0;
    r.readDouble(key, v, Range { 0.0, false, std::numeric_limits<double>::infinity(), true });
    value = static_cast<float>(v);
    return r.ok();
}

} // namespace

QString RunRecord::statusName(TrainingStatus status)
{
    switch (status) {
    case TrainingStatus::Completed: return QStringLiteral("completed");
    case TrainingStatus::Stopped: return QStringLiteral("stopped");
    case TrainingStatus::EarlyStopped: return QStringLiteral("early_stopped");
    case TrainingStatus::Diverged: return QStringLiteral("diverged");
    }
    return {};
}

float RunRecord::finalLoss() const { return history.empty() ? -1.0f : history.back().trainLoss; }
float RunRecord::finalAccuracy() const { return history.empty() ? -1.0f : history.back().trainAccuracy; }
float RunRecord::finalValidationLoss() const
{
    return history.empty() || !history.back().hasValidation ? -1.0f : history.back().validationLoss;
}
float RunRecord::finalValidationAccuracy() const
{
    return history.empty() || !history.back().hasValidation ? -1.0f : history.back().validationAccuracy;
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject json {
        { QStringLiteral("format_version"), kFormatVersion },
        { QStringLiteral("id"), id },
        { QStringLiteral("project"), project },
        { QStringLiteral("name"), name },
        { QStringLiteral("origin"), origin },
        { QStringLiteral("parent"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent) },
        { QStringLiteral("branch_epoch"), parent.isEmpty() ? QJsonValue() : QJsonValue(branchEpoch) },
        { QStringLiteral("started"), started.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("duration_seconds"), durationSeconds },
        { QStringLiteral("status"), status },
        { QStringLiteral("epochs"), static_cast<int>(history.size()) },
        { QStringLiteral("training"), training.toJson() },
        { QStringLiteral("data"), dataSpec },
        { QStringLiteral("changes"), QJsonArray::fromStringList(changes) },
    };
    json.insert(QStringLiteral("final"),
        QJsonObject {
            { QStringLiteral("loss"), figure(finalLoss()) },
            { QStringLiteral("accuracy"), figure(finalAccuracy()) },
            { QStringLiteral("validation_loss"), figure(finalValidationLoss()) },
            { QStringLiteral("validation_accuracy"), figure(finalValidationAccuracy()) },
        });
    json.insert(QStringLiteral("test"),
        test ? QJsonValue(QJsonObject {
                   { QStringLiteral("loss"), figure(test->loss) },
                   { QStringLiteral("accuracy"), figure(test->accuracy) },
                   { QStringLiteral("samples"), static_cast<qint64>(test->samples) },
               })
             : QJsonValue());
    return json;
}

std::optional<RunRecord> RunRecord::fromJson(const QJsonObject& json, const QString& place, QString* error)
{
    JsonObjectReader r(json, QString());
    r.refuseUnknownKeys({ QStringLiteral("format_version"), QStringLiteral("id"), QStringLiteral("project"),
        QStringLiteral("name"), QStringLiteral("origin"), QStringLiteral("parent"), QStringLiteral("branch_epoch"),
        QStringLiteral("started"), QStringLiteral("duration_seconds"), QStringLiteral("status"),
        QStringLiteral("epochs"), QStringLiteral("training"), QStringLiteral("data"), QStringLiteral("changes"),
        QStringLiteral("final"), QStringLiteral("test") });
    int version = 0;
    r.readInt(QStringLiteral("format_version"), version, 1);
    if (r.ok() && version > kFormatVersion)
        r.fail(QStringLiteral("format_version"),
            QStringLiteral("%1 is newer than this Netwright reads (%2)").arg(version).arg(kFormatVersion));
    RunRecord run;
    r.readString(QStringLiteral("id"), run.id);
    r.readString(QStringLiteral("project"), run.project);
    r.readString(QStringLiteral("name"), run.name);
    r.readString(QStringLiteral("origin"), run.origin);
    if (json.value(QStringLiteral("parent")).isString()) {
        r.readString(QStringLiteral("parent"), run.parent);
        r.readInt(QStringLiteral("branch_epoch"), run.branchEpoch, 0);
    }
    QString started;
    r.readString(QStringLiteral("started"), started);
    run.started = QDateTime::fromString(started, Qt::ISODate);
    if (r.ok() && !run.started.isValid())
        r.fail(QStringLiteral("started"), QStringLiteral("'%1' is not an ISO 8601 date and time").arg(started));
    r.readDouble(QStringLiteral("duration_seconds"), run.durationSeconds, Range { 0.0, false, 1e12, false });
    r.readChoice(QStringLiteral("status"), run.status, kStatuses);
    r.readString(QStringLiteral("data"), run.dataSpec);
    if (r.ok() && run.id.isEmpty())
        r.fail(QStringLiteral("id"), QStringLiteral("is missing"));
    const QJsonValue changes = json.value(QStringLiteral("changes"));
    if (r.ok() && !changes.isUndefined() && !changes.isArray())
        r.fail(QStringLiteral("changes"), QStringLiteral("must be an array of strings, got %1")
                                              .arg(JsonObjectReader::describeType(changes)));
    for (const QJsonValue& change : changes.toArray())
        run.changes << change.toString();
    const QJsonObject training = r.readObject(QStringLiteral("training"));
    // null: no test part.
    const QJsonObject test = json.value(QStringLiteral("test")).isNull() ? QJsonObject() : r.readObject(QStringLiteral("test"));
    if (!r.ok()) {
        *error = place + QStringLiteral(": ") + r.error();
        return std::nullopt;
    }
    QString problem;
    const auto config = TrainingConfig::fromJson(training, &problem);
    if (!config) {
        *error = place + QStringLiteral(": ") + problem;
        return std::nullopt;
    }
    run.training = *config;
    if (!test.isEmpty()) {
        JsonObjectReader t(test, QStringLiteral("test"));
        Evaluation evaluation;
        double samples = 0;
        readFigure(t, test, QStringLiteral("loss"), evaluation.loss);
        readFigure(t, test, QStringLiteral("accuracy"), evaluation.accuracy);
        t.readDouble(QStringLiteral("samples"), samples, Range { 0.0, false, 9e15, false });
        if (!t.ok()) {
            *error = place + QStringLiteral(": ") + t.error();
            return std::nullopt;
        }
        evaluation.samples = static_cast<std::size_t>(samples);
        run.test = evaluation;
    }
    return run;
}

QJsonArray RunRecord::historyJson(const std::vector<EpochReport>& history)
{
    QJsonArray rows;
    for (const EpochReport& e : history)
        rows.append(QJsonObject {
            { QStringLiteral("epoch"), e.epoch + 1 },
            { QStringLiteral("loss"), figure(e.trainLoss) },
            { QStringLiteral("accuracy"), figure(e.trainAccuracy) },
            { QStringLiteral("validation_loss"), e.hasValidation ? figure(e.validationLoss) : QJsonValue() },
            { QStringLiteral("validation_accuracy"), e.hasValidation ? figure(e.validationAccuracy) : QJsonValue() },
            { QStringLiteral("learning_rate"), static_cast<double>(e.learningRate) },
            { QStringLiteral("seconds"), e.seconds },
        });
    return rows;
}

std::optional<std::vector<EpochReport>> RunRecord::historyFromJson(
    const QJsonArray& json, const QString& place, QString* error)
{
    std::vector<EpochReport> history;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        if (!json.at(i).isObject()) {
            *error = QStringLiteral("%1: %2: must be an object, got %3")
                         .arg(place, where, JsonObjectReader::describeType(json.at(i)));
            return std::nullopt;
        }
        const QJsonObject row = json.at(i).toObject();
        JsonObjectReader r(row, where);
        r.refuseUnknownKeys({ QStringLiteral("epoch"), QStringLiteral("loss"), QStringLiteral("accuracy"),
            QStringLiteral("validation_loss"), QStringLiteral("validation_accuracy"), QStringLiteral("learning_rate"),
            QStringLiteral("seconds") });
        EpochReport e;
        int epoch = 0;
        r.readInt(QStringLiteral("epoch"), epoch, 1);
        e.epoch = epoch - 1;
        readFigure(r, row, QStringLiteral("loss"), e.trainLoss);
        readFigure(r, row, QStringLiteral("accuracy"), e.trainAccuracy);
        readFigure(r, row, QStringLiteral("validation_loss"), e.validationLoss);
        readFigure(r, row, QStringLiteral("validation_accuracy"), e.validationAccuracy);
        e.hasValidation = e.validationLoss >= 0.0f;
        double rate = 0.0, seconds = 0.0;
        r.readDouble(QStringLiteral("learning_rate"), rate, Range { 0.0, false, 1e9, false });
        r.readDouble(QStringLiteral("seconds"), seconds, Range { 0.0, false, 1e12, false });
        e.learningRate = static_cast<float>(rate);
        e.seconds = seconds;
        if (!r.ok()) {
            *error = place + QStringLiteral(": ") + r.error();
            return std::nullopt;
        }
        history.push_back(e);
    }
    return history;
}

QString RunRecord::historyCsv() const
{
    QString csv = QStringLiteral("epoch,loss,accuracy,validation_loss,validation_accuracy,learning_rate,seconds\n");
    for (const EpochReport& e : history)
        csv += QStringList { QString::number(e.epoch + 1), cell(e.trainLoss), cell(e.trainAccuracy),
                   e.hasValidation ? cell(e.validationLoss) : QString(),
                   e.hasValidation ? cell(e.validationAccuracy) : QString(), cell(e.learningRate),
                   QString::number(e.seconds, 'g', 9) }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    return csv;
}

} // namespace nw
