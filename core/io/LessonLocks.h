#pragma once
// What a lesson step keeps a student from changing, as data: the window enforces it
// (hides the palette, makes the graph read-only, disables training settings) and
// lifts it when the lesson closes. "Only the learning rate and the number of hidden
// units may change" is {lock_graph, layer_settings [units], training_settings
// [learning_rate]}.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nw {

struct LessonLocks {
    bool hidePalette = false;
    // No card added, removed, moved between ports or reconnected; the layer settings in
    // the inspector are locked too except those named in layerSettings.
    bool lockGraph = false;
    QStringList layerSettings; // layer parameters that stay editable ("units", "rate")
    // The training settings that may change, by their project-file names
    // ("learning_rate", "optimizer", "batch_size", "epochs", ...); absent: all may.
    std::optional<QStringList> trainingSettings;

    bool any() const { return hidePalette || lockGraph || trainingSettings.has_value(); }
    bool trainingSettingEditable(const QString& name) const
    {
        return !trainingSettings || trainingSettings->contains(name);
    }
    bool layerSettingEditable(const QString& name) const { return !lockGraph || layerSettings.contains(name); }

    // The training settings' names a lock may list (TrainingConfig's keys, flattened).
    static QStringList trainingSettingNames();

    QJsonObject toJson() const;
    static std::optional<LessonLocks> fromJson(const QJsonObject& json, const QString& place, QString* error);
    bool operator==(const LessonLocks&) const = default;
};

} // namespace nw
