#pragma once
// A lesson's goals and locks in the user's language: "Test accuracy at least 95%",
// "At most 50 parameters", "Training loss below 0.05 and validation loss above 0.3".
// The teacher's own `text` wins when the lesson has one.
#include "io/LessonGoal.h"
#include "io/LessonLocks.h"

#include <QCoreApplication>
#include <QString>

namespace nw {

class LessonGoalText {
    Q_DECLARE_TR_FUNCTIONS(LessonGoalText)

public:
    static QString goal(const LessonGoal& goal);
    static QString condition(const GoalCondition& condition);
    // The condition's kind with "…" for its threshold ("Test accuracy at least …"): a choice in a list.
    static QString kind(const GoalCondition& condition);
    // What the locks keep fixed; empty when nothing is locked.
    static QString locks(const LessonLocks& locks);

private:
    static QString condition(const GoalCondition& condition, const QString& value);
};

} // namespace nw
