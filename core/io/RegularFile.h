#pragma once
// Opening a file the io room reads (project, weights). A pipe would block open()
// until a writer comes and a device never ends, so only regular files (and
// folders, which fail with their own message) are opened.
#include <QFile>
#include <QString>

namespace nw {

// Opens `file` (already named) read-only; on failure sets `problem` to the reason
// without the path ("is not a regular file ...", "cannot open: ...").
bool openRegularFile(QFile& file, QString* problem);

} // namespace nw
