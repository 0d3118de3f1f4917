#pragma once
// Reads and writes *.nwproj project files: UTF-8 JSON with a format_version.
// Files from a newer Netwright are refused with a clear message; older ones are
// upgraded in memory by ProjectMigration (the file itself is untouched until the
// user saves). Writing is atomic: a failed save never harms the previous file.
// Every message names the file, the place in it and the problem.
//
// The layout is documented key by key in docs/FORMATS.md.
#include "Project.h"

#include <QString>

#include <optional>

namespace nw {

class ProjectFile {
public:
    // The format this version writes and the newest it reads.
    static constexpr int kCurrentFormatVersion = 3;
    // Larger files are refused before being read: a project is a few kilobytes.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    static std::optional<Project> read(const QString& path, QString* error);
    // Pretty-printed with keys in a stable (sorted) order, so files diff well.
    // An absolute weights path is stored relative to the project's folder.
    static bool write(const QString& path, const Project& project, QString* error);

    // The JSON a project is written as, and its interpretation (after migration).
    // place-free: errors are "<place>: <problem>"; read() prefixes the file name.
    static QJsonObject toJson(const Project& project, const QString& projectPath = {});
    static std::optional<Project> fromJson(const QJsonObject& root, QString* error);
};

} // namespace nw
