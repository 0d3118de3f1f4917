#include "Project.h"

#include <QDir>
#include <QFileInfo>

namespace nw {

QString Project::resolvedWeightsPath(const QString& projectPath) const
{
    if (weights.isEmpty())
        return {};
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    return QDir::cleanPath(folder.absoluteFilePath(weights));
}

} // namespace nw
