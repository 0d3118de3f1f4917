#include "LessonGoalText.h"

#include <QLocale>
#include <QStringList>

namespace nw {

namespace {

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'g', 4) + QStringLiteral("%");
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString LessonGoalText::condition(const GoalCondition& c, const QString& value)
{
    switch (c.measure) {
    case GoalMeasure::TrainLoss:
        return c.atLeast ? tr("training loss at least %1").arg(value) : tr("training loss below %1").arg(value);
    case GoalMeasure::ValidationLoss:
        return c.atLeast ? tr("validation loss above %1").arg(value) : tr("validation loss below %1").arg(value);
    case GoalMeasure::TestLoss:
        return tr("test loss below %1").arg(value);
    case GoalMeasure::TrainAccuracy:
        return tr("training accuracy at least %1").arg(value);
    case GoalMeasure::ValidationAccuracy:
        return c.atLeast ? tr("validation accuracy at least %1").arg(value)
                         : tr("validation accuracy below %1").arg(value);
    case GoalMeasure::TestAccuracy:
        return tr("test accuracy at least %1").arg(value);
    case GoalMeasure::Parameters:
        return c.atLeast ? tr("at least %1 parameters").arg(value) : tr("at most %1 parameters").arg(value);
    }
    return {};
}

QString LessonGoalText::condition(const GoalCondition& c)
{
    const bool accuracy = c.measure == GoalMeasure::TrainAccuracy || c.measure == GoalMeasure::ValidationAccuracy
        || c.measure == GoalMeasure::TestAccuracy;
    return condition(c, accuracy ? percent(c.threshold) : number(c.threshold));
}

QString LessonGoalText::kind(const GoalCondition& c)
{
    QString text = condition(c, QStringLiteral("…"));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString LessonGoalText::goal(const LessonGoal& goal)
{
    if (!goal.text.isEmpty())
        return goal.text;
    QStringList parts;
    for (const GoalCondition& c : goal.conditions)
        parts << condition(c);
    QString text = parts.join(tr(" and "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString LessonGoalText::locks(const LessonLocks& locks)
{
    QStringList parts;
    if (locks.hidePalette)
        parts << tr("the layer palette is hidden");
    if (locks.lockGraph) {
        parts << (locks.layerSettings.isEmpty()
                ? tr("the network cannot be edited")
                : tr("the network cannot be edited except %1").arg(locks.layerSettings.join(QStringLiteral(", "))));
    }
    if (locks.trainingSettings) {
        parts << (locks.trainingSettings->isEmpty() ? tr("no training setting may change")
                                                    : tr("only these training settings may change: %1")
                                                          .arg(locks.trainingSettings->join(QStringLiteral(", "))));
    }
    if (parts.isEmpty())
        return {};
    return tr("Locked by the lesson: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace nw
