#include "ProjectPairFile.h"

#include "ProjectFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nw {

namespace {

QString baseName(const QString& projectPath)
{
    return QFileInfo(Project::defaultWeightsPath(projectPath)).completeBaseName();
}

QString linkPath(const QString& stagingPath)
{
    return stagingPath + QStringLiteral(".link");
}

// A rename is atomic against a kill as soon as it returns; against a power cut
// only once the folder itself is on disk, so the commit points sync it.
void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// `to` becomes a second name of `from`'s content in one step: a hard link (no
// bytes copied) under a temporary name renamed over `to`, or a copy where the file
// system has no hard links.
bool replaceWithCopyOf(const QString& from, const QString& to, QString* problem)
{
    const QString temporary = linkPath(from);
    QFile::remove(temporary);
#ifdef Q_OS_UNIX
    const QByteArray fromName = QFile::encodeName(from);
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const bool linked = ::link(fromName.constData(), temporaryName.constData()) == 0;
#else
    const bool linked = false;
#endif
    if (!linked && !QFile::copy(from, temporary)) {
        *problem = QStringLiteral("cannot copy %1 to %2").arg(from, temporary);
        return false;
    }
#ifdef Q_OS_UNIX
    if (::rename(temporaryName.constData(), QFile::encodeName(to).constData()) != 0) {
        *problem = QStringLiteral("cannot rename %1 to %2: %3")
                       .arg(temporary, to, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(temporary);
        return false;
    }
#else
    QFile::remove(to);
    if (!QFile::rename(temporary, to)) {
        *problem = QStringLiteral("cannot rename %1 to %2").arg(temporary, to);
        return false;
    }
#endif
    return true;
}

// Staging files no project names any more: this save's, and those of saves killed
// before their project was replaced.
void removeStagingFiles(const QString& projectPath)
{
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    const QString pattern = QRegularExpression::escape(baseName(projectPath) + QStringLiteral(".saving-"));
    for (const QString& name : folder.entryList({ baseName(projectPath) + QStringLiteral(".saving-*") }, QDir::Files)) {
        if (ProjectPairFile::isStagingWeightsName(projectPath, name)
            || QRegularExpression(QStringLiteral("^%1[0-9a-f]{16}\\.safetensors\\.link$").arg(pattern))
                   .match(name)
                   .hasMatch())
            QFile::remove(folder.filePath(name));
    }
}

} // namespace

QByteArray ProjectPairFile::contentDigest(const SafetensorsContents& weights)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& [name, tensor] : weights.tensors) {
        hash.addData(QByteArrayView(name.data(), static_cast<qsizetype>(name.size() + 1)));
        for (int d : tensor.shape())
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(&d), sizeof d));
        hash.addData(QByteArrayView(
            reinterpret_cast<const char*>(tensor.data()), static_cast<qsizetype>(tensor.size() * sizeof(float))));
    }
    for (auto it = weights.metadata.begin(); it != weights.metadata.end(); ++it) {
        hash.addData(it.key().toUtf8() + '\0');
        hash.addData(it.value().toUtf8() + '\0');
    }
    return hash.result().left(8);
}

QString ProjectPairFile::stagingWeightsPath(const QString& projectPath, const QByteArray& digest)
{
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    return folder.filePath(baseName(projectPath) + QStringLiteral(".saving-") + QString::fromLatin1(digest.toHex())
        + QStringLiteral(".safetensors"));
}

bool ProjectPairFile::isStagingWeightsName(const QString& projectPath, const QString& fileName)
{
    static const QString tail = QStringLiteral("[0-9a-f]{16}\\.safetensors$");
    const QString pattern
        = QLatin1Char('^') + QRegularExpression::escape(baseName(projectPath) + QStringLiteral(".saving-")) + tail;
    return QRegularExpression(pattern).match(fileName).hasMatch();
}

bool ProjectPairFile::write(
    const QString& projectPath, Project project, const SafetensorsContents& weights, QString* error)
{
    const QString finalWeights = QFileInfo(Project::defaultWeightsPath(projectPath)).absoluteFilePath();
    const QString staging = stagingWeightsPath(projectPath, contentDigest(weights));
    const QString folder = QFileInfo(projectPath).absolutePath();

    // 1. The new weights under their own name: the previous pair is untouched.
    if (!SafetensorsFile::write(staging, weights, error))
        return false;
    // 2. The first commit point: the project now names whole weights of its own.
    project.weights = staging;
    if (!ProjectFile::write(projectPath, project, error)) {
        QFile::remove(staging);
        return false;
    }
    syncFolder(folder);
    // 3.-4. The documented name. A failure here leaves a consistent pair under the
    // staging name, so the save has happened; the next save tidies up.
    QString problem;
    if (!replaceWithCopyOf(staging, finalWeights, &problem))
        return true;
    project.weights = finalWeights;
    if (!ProjectFile::write(projectPath, project, &problem))
        return true;
    syncFolder(folder);
    // 5. Nothing names the staging files any more.
    removeStagingFiles(projectPath);
    return true;
}

} // namespace nw
