#include "RunComparison.h"

#include "TrainingConfigChanges.h"

namespace nw {

namespace {

QString figureText(float value)
{
    return value < 0.0f ? QStringLiteral("—") : QString::number(static_cast<double>(value), 'f', 4);
}

} // namespace

QVector<RunDifference> compareRuns(const RunRecord& first, const RunRecord& second)
{
    QVector<RunDifference> rows;
    for (const SettingChange& change : settingChanges(first.training, second.training))
        rows.push_back({ change.key, change.before, change.after });
    const auto add = [&rows](const QString& what, const QString& a, const QString& b) {
        if (a != b)
            rows.push_back({ what, a, b });
    };
    add(QStringLiteral("data"), first.dataSpec, second.dataSpec);
    add(QStringLiteral("started from"), first.originText(QStringLiteral("—")), second.originText(QStringLiteral("—")));
    add(QStringLiteral("epochs trained"), QString::number(first.history.size()), QString::number(second.history.size()));
    add(QStringLiteral("status"), first.status, second.status);
    add(QStringLiteral("final loss"), figureText(first.finalLoss()), figureText(second.finalLoss()));
    add(QStringLiteral("final accuracy"), figureText(first.finalAccuracy()), figureText(second.finalAccuracy()));
    add(QStringLiteral("final validation loss"), figureText(first.finalValidationLoss()),
        figureText(second.finalValidationLoss()));
    add(QStringLiteral("final validation accuracy"), figureText(first.finalValidationAccuracy()),
        figureText(second.finalValidationAccuracy()));
    add(QStringLiteral("test accuracy"), first.test ? figureText(first.test->accuracy) : QStringLiteral("—"),
        second.test ? figureText(second.test->accuracy) : QStringLiteral("—"));
    add(QStringLiteral("duration (s)"), QString::number(first.durationSeconds, 'f', 1),
        QString::number(second.durationSeconds, 'f', 1));
    return rows;
}

} // namespace nw
