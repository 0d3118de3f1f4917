#include "AutosaveManager.h"

#include "io/ProjectFile.h"
#include "io/ProjectPairFile.h"
#include "io/SafetensorsFile.h"
#include "training/BackgroundTask.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace nw {

namespace {

const QString kProjectSuffix = QStringLiteral(".nwproj");
const QString kWeightsSuffix = QStringLiteral(".safetensors");
const QString kInfoSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

QString keyForPath(const QString& path)
{
    if (path.isEmpty())
        return QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
        QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

AutosaveManager::AutosaveManager(QObject* parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
{
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::autosaveDue);
    connect(&m_writing, &BackgroundWatcher<QString>::finished, this, &AutosaveManager::onWritten);
    setIntervalMinutes(QSettings().value(QStringLiteral("autosave/intervalMinutes"), kDefaultIntervalMinutes).toInt());
    m_key = keyForPath({});
    lockKey();
}

AutosaveManager::~AutosaveManager()
{
    waitForBackgroundSave(); // the job writes to files this window's lock guards
}

QString AutosaveManager::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

void AutosaveManager::setDirectory(const QString& directory)
{
    m_directory = directory;
    lockKey();
}

void AutosaveManager::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(std::max(minutes, 0)));
}

void AutosaveManager::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    // A very coarse timer keeps whole seconds: under half a second it would round to
    // zero and spin the event loop, so short intervals (the crash tests') are coarse.
    m_timer.setTimerType(interval >= std::chrono::seconds(10) ? Qt::VeryCoarseTimer : Qt::CoarseTimer);
    m_timer.start(interval);
}

QString AutosaveManager::filePath(const QString& key, const QString& suffix) const
{
    return QDir(m_directory).filePath(key + suffix);
}

QString AutosaveManager::sideFile() const
{
    return filePath(m_key, kProjectSuffix);
}

bool AutosaveManager::hasSideFile() const
{
    return QFileInfo::exists(sideFile());
}

void AutosaveManager::lockKey()
{
    m_lock.reset();
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(filePath(m_key, kLockSuffix));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    m_lock->tryLock(0);
}

void AutosaveManager::setDocumentPath(const QString& path)
{
    const QString key = keyForPath(path);
    if (key == m_key)
        return;
    m_waiting.reset();
    waitForBackgroundSave();
    removeKey(m_key);
    m_key = key;
    lockKey();
}

AutosaveManager::Request AutosaveManager::request(
    Project project, QString originalPath, SafetensorsContents weights) const
{
    return { std::move(project), std::move(originalPath), std::move(weights), m_directory, sideFile(),
        filePath(m_key, kWeightsSuffix), filePath(m_key, kInfoSuffix) };
}

QString AutosaveManager::write(const Request& r)
{
    if (!QDir().mkpath(r.directory))
        return tr("%1: cannot create the autosave folder").arg(r.directory);
    Project copy = r.project;
    QJsonObject info {
        { QStringLiteral("original"), r.originalPath },
        { QStringLiteral("original_weights"), r.project.weights },
        { QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
    };
    copy.weights.clear();
    QString error;
    if (!r.weights.tensors.empty()) {
        // As one save (ProjectPairFile): a crash while autosaving leaves the previous
        // side file or this one, never new weights beside an older graph.
        if (!ProjectPairFile::write(r.projectFile, copy, r.weights, &error))
            return error;
    } else {
        if (!ProjectFile::write(r.projectFile, copy, &error))
            return error;
        QFile::remove(r.weightsFile); // no longer named by the side file
    }
    QSaveFile file(r.infoFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(info).toJson()) < 0 || !file.commit())
        return tr("%1: %2").arg(file.fileName(), file.errorString());
    return {};
}

bool AutosaveManager::save(const Project& project, const QString& originalPath,
    const SafetensorsContents& weights, QString* error)
{
    waitForBackgroundSave();
    m_waiting.reset(); // this one is newer
    const QString problem = write(request(project, originalPath, weights));
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

void AutosaveManager::saveInBackground(Project project, QString originalPath, SafetensorsContents weights)
{
    Request r = request(std::move(project), std::move(originalPath), std::move(weights));
    if (m_writing.isRunning())
        m_waiting = std::move(r);
    else
        startWriting(std::move(r));
}

void AutosaveManager::startWriting(Request request)
{
    m_writing.setTask(runInBackground([r = std::move(request)] { return write(r); }));
}

void AutosaveManager::onWritten()
{
    const QString error = m_writing.hasTask() ? m_writing.result() : QString();
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        startWriting(std::move(next));
    }
    Q_EMIT backgroundSaveFinished(error);
}

void AutosaveManager::waitForBackgroundSave()
{
    // Only at a save, a discard or a move of the side files, each a few megabytes at most.
    m_writing.waitForFinished();
}

void AutosaveManager::discard()
{
    m_waiting.reset();
    waitForBackgroundSave();
    removeKey(m_key);
}

void AutosaveManager::removeKey(const QString& key) const
{
    for (const QString& suffix : { kProjectSuffix, kWeightsSuffix, kInfoSuffix })
        QFile::remove(filePath(key, suffix));
}

void AutosaveManager::remove(const Recovery& recovery) const
{
    removeKey(recovery.key);
}

QVector<AutosaveManager::Recovery> AutosaveManager::orphans() const
{
    QVector<Recovery> result;
    const QDir dir(m_directory);
    for (const QFileInfo& info : dir.entryInfoList({ QLatin1Char('*') + kProjectSuffix }, QDir::Files)) {
        const QString key = info.completeBaseName();
        if (key == m_key)
            continue;
        // Held by a running window (of this process or another): not an orphan.
        QLockFile lock(filePath(key, kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Recovery recovery;
        recovery.key = key;
        recovery.projectPath = info.absoluteFilePath();
        recovery.saved = info.lastModified();
        QFile infoFile(filePath(key, kInfoSuffix));
        if (infoFile.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(infoFile.readAll()).object();
            recovery.originalPath = json.value(QStringLiteral("original")).toString();
            recovery.originalWeights = json.value(QStringLiteral("original_weights")).toString();
            const QDateTime saved = QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODate);
            if (saved.isValid())
                recovery.saved = saved.toLocalTime();
        }
        QString error;
        if (const std::optional<Project> project = ProjectFile::read(recovery.projectPath, &error))
            recovery.name = project->name;
        result.append(recovery);
    }
    std::sort(result.begin(), result.end(), [](const Recovery& a, const Recovery& b) { return a.saved > b.saved; });
    return result;
}

bool AutosaveManager::read(const Recovery& recovery, Project* project, SafetensorsContents* weights,
    QString* error)
{
    std::optional<Project> read = ProjectFile::read(recovery.projectPath, error);
    if (!read)
        return false;
    *weights = {};
    const QString weightsPath = read->resolvedWeightsPath(recovery.projectPath);
    if (!weightsPath.isEmpty()) {
        std::optional<SafetensorsContents> contents = SafetensorsFile::read(weightsPath, error);
        if (!contents)
            return false;
        *weights = std::move(*contents);
    }
    read->weights = recovery.originalWeights;
    *project = std::move(*read);
    return true;
}

} // namespace nw
