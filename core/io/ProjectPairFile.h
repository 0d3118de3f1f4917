#pragma once
// Saves a project and its weights file as one: after a kill at any instant (power
// cut aside, see ProjectPairFile.cpp) the project file names a weights file that is
// whole and belongs to it, either the previous pair or the new one. Saving the two
// files one after the other, each atomically, is not enough: a kill between the two
// renames leaves new weights beside the old project, and the previous work is lost.
//
// The order (the project file is the commit point, renamed atomically twice):
//   1. the weights go to a staging name derived from their content,
//      "<base>.saving-<16 hex>.safetensors", nothing else changes;
//   2. the project is replaced by the new one naming the staging file;
//   3. the staging file is hard-linked (copied where links are not possible) to a
//      temporary name and renamed over "<base>.safetensors": no project names it now;
//   4. the project is replaced by the new one naming "<base>.safetensors";
//   5. the staging name is removed, with any left by a save killed before step 2.
// So a finished save leaves exactly the documented names (docs/FORMATS.md), and an
// interrupted one a project that opens with the weights it names.
#include "Project.h"
#include "SafetensorsFile.h"

#include <QString>

namespace nw {

class ProjectPairFile {
public:
    // Writes `project` to projectPath and `weights` to Project::defaultWeightsPath(projectPath);
    // project.weights is replaced by that file's name. On failure, what was there before
    // (the previous pair, or nothing) is still there and `error` names the file and the problem.
    static bool write(const QString& projectPath, Project project, const SafetensorsContents& weights, QString* error);

    // The staging name of step 1 for weights whose content digest is `digest`.
    static QString stagingWeightsPath(const QString& projectPath, const QByteArray& digest);
    // Whether `fileName` (no folder) is a staging name of the project at projectPath.
    static bool isStagingWeightsName(const QString& projectPath, const QString& fileName);
    // 8 bytes that change with any tensor's name, shape or value, or the metadata.
    static QByteArray contentDigest(const SafetensorsContents& weights);
};

} // namespace nw
