#include "LessonGoal.h"

#include "JsonObjectReader.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace nw {

namespace {

struct KindName {
    GoalMeasure measure;
    bool atLeast;
    const char* name;
};

// The kinds a lesson may use; the names are the file format's (docs/FORMATS.md).
constexpr std::array<KindName, 11> kKinds { {
    { GoalMeasure::TrainLoss, false, "train_loss_below" },
    { GoalMeasure::TrainLoss, true, "train_loss_above" },
    { GoalMeasure::ValidationLoss, false, "validation_loss_below" },
    { GoalMeasure::ValidationLoss, true, "validation_loss_above" },
    { GoalMeasure::TestLoss, false, "test_loss_below" },
    { GoalMeasure::TrainAccuracy, true, "train_accuracy_at_least" },
    { GoalMeasure::ValidationAccuracy, true, "validation_accuracy_at_least" },
    { GoalMeasure::TestAccuracy, true, "test_accuracy_at_least" },
    { GoalMeasure::ValidationAccuracy, false, "validation_accuracy_below" },
    { GoalMeasure::Parameters, false, "parameters_at_most" },
    { GoalMeasure::Parameters, true, "parameters_at_least" },
} };

bool isAccuracy(GoalMeasure m)
{
    return m == GoalMeasure::TrainAccuracy || m == GoalMeasure::ValidationAccuracy || m == GoalMeasure::TestAccuracy;
}

} // namespace

QString GoalCondition::kind() const
{
    for (const KindName& k : kKinds) {
        if (k.measure == measure && k.atLeast == atLeast)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<GoalCondition> GoalCondition::fromKind(const QString& kind, double threshold)
{
    for (const KindName& k : kKinds) {
        if (kind == QLatin1String(k.name))
            return GoalCondition { k.measure, k.atLeast, threshold };
    }
    return std::nullopt;
}

QStringList GoalCondition::kinds()
{
    QStringList names;
    for (const KindName& k : kKinds)
        names << QLatin1String(k.name);
    return names;
}

void LessonFigures::setRun(const std::vector<EpochReport>& history, const std::optional<Evaluation>& test)
{
    trainLoss = validationLoss = testLoss = std::nullopt;
    trainAccuracy = validationAccuracy = testAccuracy = std::nullopt;
    if (!history.empty()) {
        const EpochReport& last = history.back();
        trainLoss = last.trainLoss;
        if (last.trainAccuracy >= 0.0f)
            trainAccuracy = last.trainAccuracy;
        if (last.hasValidation) {
            validationLoss = last.validationLoss;
            if (last.validationAccuracy >= 0.0f)
                validationAccuracy = last.validationAccuracy;
        }
    }
    if (test) {
        testLoss = test->loss;
        if (test->accuracy >= 0.0f)
            testAccuracy = test->accuracy;
    }
}

std::optional<double> LessonFigures::value(GoalMeasure measure) const
{
    switch (measure) {
    case GoalMeasure::TrainLoss:
        return trainLoss;
    case GoalMeasure::ValidationLoss:
        return validationLoss;
    case GoalMeasure::TestLoss:
        return testLoss;
    case GoalMeasure::TrainAccuracy:
        return trainAccuracy;
    case GoalMeasure::ValidationAccuracy:
        return validationAccuracy;
    case GoalMeasure::TestAccuracy:
        return testAccuracy;
    case GoalMeasure::Parameters:
        return parameters;
    }
    return std::nullopt;
}

bool LessonGoal::reached(const LessonFigures& figures) const
{
    if (conditions.empty())
        return false;
    for (const GoalCondition& c : conditions) {
        const std::optional<double> v = figures.value(c.measure);
        // A diverged run's NaN loss reaches nothing.
        if (!v || !std::isfinite(*v))
            return false;
        // "below" and "at most" read the same for a threshold people type: a loss is
        // never exactly 0.05, a parameter count is exactly 50.
        // Figures arrive as float: 95 of 100 right is 0.949999988f, and reaches 0.95.
        const double slack = 1e-6 * std::max(1.0, std::abs(c.threshold));
        if (c.atLeast ? !(*v >= c.threshold - slack)
                      : (c.measure == GoalMeasure::Parameters ? *v > c.threshold : *v >= c.threshold))
            return false;
    }
    return true;
}

bool LessonGoal::dependsOnRun() const
{
    for (const GoalCondition& c : conditions) {
        if (c.measure != GoalMeasure::Parameters)
            return true;
    }
    return false;
}

QJsonObject LessonGoal::toJson() const
{
    QJsonArray list;
    for (const GoalCondition& c : conditions)
        list.append(QJsonObject { { QStringLiteral("kind"), c.kind() }, { QStringLiteral("threshold"), c.threshold } });
    QJsonObject json { { QStringLiteral("conditions"), list } };
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    return json;
}

std::optional<LessonGoal> LessonGoal::fromJson(const QJsonObject& json, const QString& place, QString* error)
{
    JsonObjectReader reader(json, place);
    reader.refuseUnknownKeys({ QStringLiteral("text"), QStringLiteral("conditions") });
    LessonGoal goal;
    reader.readString(QStringLiteral("text"), goal.text);
    const QString listPlace = reader.placeOf(QStringLiteral("conditions"));
    if (reader.ok() && !json.value(QStringLiteral("conditions")).isArray())
        reader.fail(QStringLiteral("conditions"), QStringLiteral("must be an array of {kind, threshold}"));
    const QJsonArray list = json.value(QStringLiteral("conditions")).toArray();
    if (reader.ok() && list.isEmpty())
        reader.fail(QStringLiteral("conditions"), QStringLiteral("must hold at least one condition"));
    for (qsizetype i = 0; reader.ok() && i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(listPlace).arg(i);
        if (!list.at(i).isObject()) {
            if (error)
                *error = at + QStringLiteral(": must be an object, got ") + JsonObjectReader::describeType(list.at(i));
            return std::nullopt;
        }
        JsonObjectReader item(list.at(i).toObject(), at);
        item.refuseUnknownKeys({ QStringLiteral("kind"), QStringLiteral("threshold") });
        QString kind;
        item.readChoice(QStringLiteral("kind"), kind, GoalCondition::kinds());
        if (item.ok() && kind.isEmpty())
            item.fail(QStringLiteral("kind"),
                QStringLiteral("is missing (one of: %1)").arg(GoalCondition::kinds().join(QStringLiteral(", "))));
        double threshold = std::nan("");
        item.readDouble(QStringLiteral("threshold"), threshold, {});
        if (item.ok() && std::isnan(threshold))
            item.fail(QStringLiteral("threshold"), QStringLiteral("is missing"));
        std::optional<GoalCondition> condition;
        if (item.ok())
            condition = GoalCondition::fromKind(kind, threshold);
        if (item.ok() && isAccuracy(condition->measure) && (threshold < 0.0 || threshold > 1.0))
            item.fail(QStringLiteral("threshold"),
                QStringLiteral("an accuracy is a fraction from 0 to 1, got %1")
                    .arg(JsonObjectReader::formatNumber(threshold)));
        if (item.ok() && threshold < 0.0)
            item.fail(QStringLiteral("threshold"), QStringLiteral("must not be negative"));
        if (!item.ok()) {
            if (error)
                *error = item.error();
            return std::nullopt;
        }
        goal.conditions.push_back(*condition);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return goal;
}

} // namespace nw
