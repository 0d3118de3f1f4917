#pragma once
// A goal a lesson step sets and the program checks itself: one or more conditions,
// each a measure of the run or the network and a threshold ("test accuracy at least
// 0.95", "parameters at most 50"; "make it overfit" is two: training loss below 0.05
// and validation loss above 0.3). Goals are data: the window words them in the
// user's language unless the teacher wrote `text`, and checks them against the
// LessonFigures of the last run and the current network.
#include "engine/TrainingReports.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace nw {

enum class GoalMeasure {
    TrainLoss,
    ValidationLoss,
    TestLoss,
    TrainAccuracy,
    ValidationAccuracy,
    TestAccuracy,
    Parameters
};

struct GoalCondition {
    GoalMeasure measure = GoalMeasure::TestAccuracy;
    // true: the figure must be at least (accuracies, "above" losses) the threshold; false:
    // below it (losses) or at most it (parameters), as the kind's name says.
    bool atLeast = true;
    double threshold = 0.0;

    // "test_accuracy_at_least", "train_loss_below", "validation_loss_above", "parameters_at_most", ...
    QString kind() const;
    static std::optional<GoalCondition> fromKind(const QString& kind, double threshold);
    static QStringList kinds();
};

// What goals are checked against; a figure the run has not produced is absent and a
// condition on it is not reached.
struct LessonFigures {
    std::optional<double> trainLoss, validationLoss, testLoss;
    std::optional<double> trainAccuracy, validationAccuracy, testAccuracy;
    std::optional<double> parameters;

    // The last epoch of `history`, and the test split's evaluation when there is one.
    void setRun(const std::vector<EpochReport>& history, const std::optional<Evaluation>& test);
    std::optional<double> value(GoalMeasure measure) const;
};

struct LessonGoal {
    QString text; // as the teacher wrote it; empty: the window words the conditions
    std::vector<GoalCondition> conditions; // all must hold

    bool reached(const LessonFigures& figures) const;
    // Whether a change of the network (not a run) can change the verdict.
    bool dependsOnRun() const;

    QJsonObject toJson() const;
    // place: "steps[1].goals[0]" in messages.
    static std::optional<LessonGoal> fromJson(const QJsonObject& json, const QString& place, QString* error);
};

} // namespace nw
