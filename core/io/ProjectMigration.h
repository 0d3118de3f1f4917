#pragma once
// Upgrades the JSON of an older project file to the current format, one version
// at a time, before ProjectFile interprets it. Each step knows only its own two
// layouts, so supporting a new format means appending one step and bumping
// ProjectFile::kCurrentFormatVersion; old steps are never edited.
//
// Format 0 is the pre-release layout: graph "nodes"/"edges" at the top level,
// "optimizer" as a bare name, "lr" for the learning rate, "dataset" as a bare spec
// string and "weights_file" for the weights path (see docs/FORMATS.md).
#include <QJsonObject>
#include <QString>

#include <vector>

namespace nw {

class ProjectMigration {
public:
    struct Step {
        int fromVersion; // upgrades fromVersion to fromVersion + 1
        const char* summary; // for docs and error messages
        bool (*apply)(QJsonObject& root, QString* error);
    };

    // In order of fromVersion, without gaps.
    static const std::vector<Step>& steps();
    // The oldest format_version a step exists for.
    static int oldestVersion();

    // Upgrades `root`, currently of format `version`, to `target`, setting its
    // format_version at each step. On failure, error says which step and why.
    static bool migrate(QJsonObject& root, int version, int target, QString* error);
};

} // namespace nw
