#pragma once
// A lesson as a teacher hands it out: one `.nwlesson` file, a zip (ZipReader,
// ZipWriter) holding lesson.json (LessonSettings), lesson.md and its translations
// lesson.<lang>.md, the images the Markdown shows, and the projects its steps open
// (with their weights, when they have some). Layout: docs/FORMATS.md ("Lesson bundles").
// Reading checks everything a lesson needs before the window shows any of it: the
// settings, the Markdown, every project a step opens (and its weights); every message
// names the bundle, the entry and the problem. Writing is atomic.
#include "engine/Tensor.h"
#include "LessonSettings.h"
#include "Project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>

namespace nw {

struct LessonBundle {
    LessonSettings settings;
    // Every other entry by name: "lesson.md", "lesson.de.md", "images/spiral.png", "project.nwproj", ...
    std::map<QString, QByteArray> files;

    // lesson.<language>.md for "de" or "zh_CN" (then lesson.zh.md), else lesson.md.
    QString markdown(const QString& language = {}) const;
    // The entry name markdown(language) reads.
    QString markdownName(const QString& language = {}) const;
    // The projects named by the settings, checked: a project of the bundle and its weights
    // (empty when it has none). `label` is the bundle's name in messages.
    std::optional<Project> project(const QString& name, const QString& label, QString* error) const;
    std::optional<std::map<std::string, Tensor>> weights(
        const QString& projectName, const QString& label, QString* error) const;
    // The project file's weights entry ("project.safetensors"); empty when it names none.
    static QString weightsEntry(const Project& project);
};

class LessonBundleFile {
public:
    static std::optional<LessonBundle> read(const QString& path, QString* error);
    static bool write(const QString& path, const LessonBundle& bundle, QString* error);
    // Checks what read() checks, without reading or writing a file.
    static bool check(const LessonBundle& bundle, const QString& label, QString* error);
};

} // namespace nw
