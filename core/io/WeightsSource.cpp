#include "WeightsSource.h"

#include "Int8Weights.h"

#include "ProjectFile.h"

#include <QFileInfo>

namespace nw {

bool WeightsSource::isProjectPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".nwproj"), Qt::CaseInsensitive);
}

std::optional<SafetensorsContents> WeightsSource::read(const QString& path, QString* error)
{
    const auto fail = [&](const QString& problem) {
        if (error)
            *error = path + QStringLiteral(": ") + problem;
        return std::nullopt;
    };
    if (!QFileInfo(path).isFile())
        return fail(QStringLiteral("no such file"));
    QString weightsPath = path;
    if (isProjectPath(path)) {
        QString projectError;
        const auto project = ProjectFile::read(path, &projectError);
        if (!project) {
            if (error)
                *error = projectError;
            return std::nullopt;
        }
        weightsPath = project->resolvedWeightsPath(path);
        if (weightsPath.isEmpty())
            return fail(QStringLiteral("the project has no weights to import (train it first)"));
        if (!QFileInfo(weightsPath).isFile())
            return fail(QStringLiteral("its weights file %1 does not exist (train the project first)").arg(weightsPath));
    }
    QString readError;
    auto contents = SafetensorsFile::read(weightsPath, &readError);
    if (!contents) {
        // SafetensorsFile names the weights file; say which project it came with.
        if (error)
            *error = weightsPath == path ? readError : path + QStringLiteral(": weights: ") + readError;
        return std::nullopt;
    }
    // An int8 model's weights as the floats q * s they stand for, not the integers.
    QString int8Error;
    dequantizeInt8Weights(*contents, &int8Error);
    if (!int8Error.isEmpty()) {
        if (error)
            *error = weightsPath + QStringLiteral(": ") + int8Error;
        return std::nullopt;
    }
    for (auto it = contents->tensors.begin(); it != contents->tensors.end();)
        it = it->first.starts_with("optimizer.") ? contents->tensors.erase(it) : std::next(it);
    return contents;
}

} // namespace nw
