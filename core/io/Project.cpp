#include "Project.h"

#include <QDir>
#include <QFileInfo>

namespace nw {

QString Project::defaultWeightsPath(const QString& projectPath)
{
    QString base = projectPath;
    if (base.endsWith(QStringLiteral(".nwproj")))
        base.chop(7);
    return base + QStringLiteral(".safetensors");
}

QString Project::resolvedWeightsPath(const QString& projectPath) const
{
    if (weights.isEmpty())
        return {};
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    return QDir::cleanPath(folder.absoluteFilePath(weights));
}

} // namespace nw
