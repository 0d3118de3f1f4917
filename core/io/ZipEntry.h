#pragma once
// One file of a zip archive, read whole: its name inside the archive ("lesson.md",
// "images/boundary.png") and its bytes. ZipReader fills them, ZipWriter writes them.
#include <QByteArray>
#include <QString>

#include <vector>

namespace nw {

struct ZipEntry {
    QString name;
    QByteArray data;
};

using ZipEntries = std::vector<ZipEntry>;

} // namespace nw
