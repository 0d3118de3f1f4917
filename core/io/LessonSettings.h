#pragma once
// lesson.json, the settings of a lesson bundle: its title, the project it opens with
// and, step by step in the order of lesson.md's steps, the network a step loads, its
// locks and its goals. The layout is in docs/FORMATS.md ("Lesson bundles").
#include "LessonGoal.h"
#include "LessonLocks.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace nw {

struct LessonStep {
    // A project of the bundle ("step2.nwproj") the step opens; empty: the network stays.
    QString project;
    // The step's own locks; absent: the lesson's.
    std::optional<LessonLocks> locks;
    std::vector<LessonGoal> goals;
};

struct LessonSettings {
    static constexpr int kFormatVersion = 1;

    QString title;
    QString project = QStringLiteral("project.nwproj"); // opened with the lesson
    LessonLocks locks; // for steps without their own
    std::vector<LessonStep> steps; // steps[i] is lesson.md's step i; missing ones have no goals

    // The locks in force at step `index` (0-based).
    LessonLocks locksAt(int index) const;
    // The step's settings; an empty step past the end of `steps`.
    LessonStep stepAt(int index) const;

    QJsonObject toJson() const;
    // place: "lesson.json" or "spiral.nwlesson: lesson.json" in messages.
    static std::optional<LessonSettings> fromJson(const QJsonObject& json, const QString& place, QString* error);
};

} // namespace nw
