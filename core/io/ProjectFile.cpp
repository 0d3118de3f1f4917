#include "ProjectFile.h"

#include "JsonObjectReader.h"
#include "JsonText.h"
#include "ProjectMigration.h"
#include "RegularFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

bool setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

// Only the shape io relies on; the model room checks the contents.
bool checkGraph(const QJsonObject& graph, QString* problem)
{
    for (const QString& key : { QStringLiteral("nodes"), QStringLiteral("edges") }) {
        const QJsonValue v = graph.value(key);
        if (!v.isArray()) {
            *problem = QStringLiteral("graph.%1: must be an array, got %2")
                           .arg(key, v.isUndefined() ? QStringLiteral("nothing") : JsonObjectReader::describeType(v));
            return false;
        }
    }
    return true;
}

// The format_version of a parsed file, or -1 with *problem set.
int formatVersionOf(const QJsonObject& root, QString* problem)
{
    const QJsonValue v = root.value(QStringLiteral("format_version"));
    if (v.isUndefined()) {
        *problem = QStringLiteral("has no format_version, so it is not a Netwright project");
        return -1;
    }
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || std::floor(d) != d || d < 0 || d > 1e9) {
        *problem
            = QStringLiteral("format_version: must be a whole number, got %1").arg(JsonObjectReader::describeType(v));
        return -1;
    }
    return static_cast<int>(d);
}

// Up to `limit` bytes of `file`, in chunks: QIODevice::read(n) reserves n bytes
// first, so one read of the limit would claim 64 MiB for every project opened.
QByteArray readAtMost(QFile& file, qint64 limit)
{
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::min(file.size(), limit)));
    while (bytes.size() < limit) {
        const QByteArray chunk = file.read(std::min(kChunk, limit - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

} // namespace

QJsonObject ProjectFile::toJson(const Project& project, const QString& projectPath)
{
    QString weights = project.weights;
    if (!weights.isEmpty() && QDir::isAbsolutePath(weights) && !projectPath.isEmpty()) {
        // Relative paths survive moving or sharing the project folder as a whole.
        const QString relative = QFileInfo(projectPath).absoluteDir().relativeFilePath(weights);
        if (!QDir::isAbsolutePath(relative))
            weights = relative;
    }
    return QJsonObject {
        { QStringLiteral("format_version"), kCurrentFormatVersion },
        { QStringLiteral("name"), project.name },
        { QStringLiteral("description"), project.description },
        { QStringLiteral("graph"), project.graph },
        { QStringLiteral("training"), project.training.toJson() },
        { QStringLiteral("dataset"), project.dataset.toJson() },
        { QStringLiteral("weights"), QDir::fromNativeSeparators(weights) },
    };
}

std::optional<Project> ProjectFile::fromJson(const QJsonObject& root, QString* error)
{
    Project p;
    JsonObjectReader r(root, QString());
    r.refuseUnknownKeys({ QStringLiteral("format_version"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("graph"), QStringLiteral("training"), QStringLiteral("dataset"), QStringLiteral("weights") });
    r.readString(QStringLiteral("name"), p.name);
    r.readString(QStringLiteral("description"), p.description);
    r.readString(QStringLiteral("weights"), p.weights);
    if (r.ok() && !root.contains(QStringLiteral("graph")))
        r.fail(QStringLiteral("graph"), QStringLiteral("is missing"));
    const QJsonObject graph = r.readObject(QStringLiteral("graph"));
    const QJsonObject training = r.readObject(QStringLiteral("training"));
    const QJsonObject dataset = r.readObject(QStringLiteral("dataset"));
    QString problem = r.error();
    bool ok = r.ok() && checkGraph(graph, &problem);
    if (ok) {
        p.graph = graph;
        const auto t = TrainingConfig::fromJson(training, &problem);
        const auto d = t ? DatasetReference::fromJson(dataset, &problem) : std::nullopt;
        ok = t && d;
        if (ok) {
            p.training = *t;
            p.dataset = *d;
        }
    }
    if (!ok) {
        setError(error, problem);
        return std::nullopt;
    }
    return p;
}

std::optional<Project> ProjectFile::read(const QString& path, QString* error)
{
    const auto fail = [&](const QString& problem) {
        setError(error, path + QStringLiteral(": ") + problem);
        return std::nullopt;
    };
    QFile file(path);
    if (QString problem; !openRegularFile(file, &problem))
        return fail(problem);
    if (file.size() > kMaxFileSize)
        return fail(QStringLiteral("is %1 bytes, too large for a project file (at most %2)")
                        .arg(file.size())
                        .arg(kMaxFileSize));
    // Bounded even when size() was wrong (a file that grows while we read it).
    const QByteArray bytes = readAtMost(file, kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (bytes.size() > kMaxFileSize)
        return fail(QStringLiteral("is larger than a project file may be (at most %1 bytes)").arg(kMaxFileSize));

    QString problem;
    std::optional<QJsonObject> root = parseJsonObject(bytes, &problem);
    if (!root)
        return fail(problem);
    const int version = formatVersionOf(*root, &problem);
    if (version < 0)
        return fail(problem);
    if (version > kCurrentFormatVersion)
        return fail(QStringLiteral("was written by a newer Netwright (format %1); this version reads up to %2")
                        .arg(version)
                        .arg(kCurrentFormatVersion));
    if (version < ProjectMigration::oldestVersion())
        return fail(QStringLiteral("format %1 is older than any this version can read (oldest: %2)")
                        .arg(version)
                        .arg(ProjectMigration::oldestVersion()));
    if (version < kCurrentFormatVersion && !ProjectMigration::migrate(*root, version, kCurrentFormatVersion, &problem))
        return fail(problem);

    std::optional<Project> project = fromJson(*root, &problem);
    if (!project)
        return fail(problem);
    return project;
}

bool ProjectFile::write(const QString& path, const Project& project, QString* error)
{
    QString problem;
    if (!checkGraph(project.graph, &problem))
        return setError(error, path + QStringLiteral(": not written: ") + problem);
    const QByteArray bytes = QJsonDocument(toJson(project, path)).toJson(QJsonDocument::Indented);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return setError(error, path + QStringLiteral(": cannot write: ") + reason);
    }
    if (!file.commit())
        return setError(error, path + QStringLiteral(": cannot save: ") + file.errorString());
    return true;
}

} // namespace nw
