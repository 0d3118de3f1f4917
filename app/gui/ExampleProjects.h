#pragma once
// The example projects that ship in resources/examples: their files, names and
// one-line descriptions, read from the project files themselves, and a small
// picture of each graph for the gallery. Examples always open as untitled copies,
// so the bundled files are never overwritten.
#include "io/Project.h"

#include <QImage>
#include <QString>
#include <QVector>

namespace nw {

struct ExampleProject {
    QString path; // absolute
    QString key;  // file name without .nwproj: "spiral"
    Project project;
};

class ExampleProjects {
public:
    // resources/examples under resourceDirectory() ($NETWRIGHT_RESOURCES or the source tree).
    static QString directory();
    // Every readable example, sorted by file name.
    static QVector<ExampleProject> all();
    // Whether `path` is one of the bundled examples.
    static bool isExample(const QString& path);
    // The example's graph, fitted into `size` on the editor's canvas colour.
    static QImage thumbnail(const Project& project, QSize size);
};

} // namespace nw
