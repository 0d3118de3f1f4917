#include "RegularFile.h"

#include <QFileInfo>

namespace nw {

bool openRegularFile(QFile& file, QString* problem)
{
    const QFileInfo info(file.fileName());
    if (info.exists() && !info.isFile() && !info.isDir()) {
        *problem = QStringLiteral("is not a regular file (a device, pipe or socket)");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot open: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace nw
