#pragma once
// A Netwright project as a value: name, description, the network graph, training
// settings, dataset reference and the weights file's path. ProjectFile reads and
// writes it as a *.nwproj file; the document layer (core/model) owns the live copy.
//
// The graph is kept as the JSON object NetworkGraphModel::toJson() produced: the
// model room owns its layout, so io neither interprets nor rewrites it.
#include "DatasetReference.h"
#include "TrainingConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace nw {

struct Project {
    QString name;
    QString description;
    QJsonObject graph { { QStringLiteral("nodes"), QJsonArray() }, { QStringLiteral("edges"), QJsonArray() } };
    TrainingConfig training;
    DatasetReference dataset;
    // As stored: relative to the project file's folder, or absolute; empty when the
    // project has no weights yet. ProjectFile::write() stores it relative when it can,
    // so to save a project under a new path, set it to resolvedWeightsPath(oldPath) first.
    QString weights;

    // The absolute path of the weights file for a project stored at projectPath;
    // empty when there is none.
    QString resolvedWeightsPath(const QString& projectPath) const;

    // Where a project's trained weights go by default: beside it, with the same base
    // name ("spiral.nwproj" -> "spiral.safetensors").
    static QString defaultWeightsPath(const QString& projectPath);

    bool operator==(const Project&) const = default;
};

} // namespace nw
