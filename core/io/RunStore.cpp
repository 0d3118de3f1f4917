#include "RunStore.h"

#include "JsonText.h"
#include "RegularFile.h"
#include "SafetensorsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace nw {

namespace {

const QString kRunFile = QStringLiteral("run.json");
const QString kHistoryJson = QStringLiteral("history.json");
const QString kHistoryCsv = QStringLiteral("history.csv");
const QString kWeights = QStringLiteral("weights.safetensors");

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> readBytes(const QString& path, QString* error)
{
    QFile file(path);
    QString problem;
    if (!openRegularFile(file, &problem)) {
        *error = path + QStringLiteral(": ") + problem;
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

RunStore::RunStore(const QString& projectPath)
    : m_projectFile(QFileInfo(projectPath).fileName())
    , m_stem(QFileInfo(projectPath).completeBaseName())
    , m_folder(QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("runs")))
{
}

QString RunStore::runFolder(const QString& id) const
{
    return QDir(m_folder).filePath(id);
}

std::vector<std::pair<int, QString>> RunStore::runFolders() const
{
    // <stem>-<n>: the stem may itself contain dashes and digits, so match it literally.
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{1,9})$").arg(QRegularExpression::escape(m_stem)));
    std::vector<std::pair<int, QString>> folders;
    for (const QString& name : QDir(m_folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            folders.emplace_back(match.captured(1).toInt(), name);
    }
    std::sort(folders.begin(), folders.end());
    return folders;
}

std::vector<RunRecord> RunStore::list(QStringList* problems) const
{
    std::vector<RunRecord> runs;
    for (const auto& [number, name] : runFolders()) {
        QString error;
        if (auto run = read(name, &error))
            runs.push_back(std::move(*run));
        else if (problems)
            problems->append(error);
    }
    return runs;
}

std::optional<RunRecord> RunStore::find(const QString& id, QString* error) const
{
    if (!QFileInfo(runFolder(id)).isDir()) {
        *error = QStringLiteral("%1: no run '%2' of %3").arg(m_folder, id, m_projectFile);
        return std::nullopt;
    }
    return read(id, error);
}

std::optional<RunRecord> RunStore::read(const QString& id, QString* error) const
{
    const QDir dir(runFolder(id));
    const QString runPath = dir.filePath(kRunFile);
    const auto runBytes = readBytes(runPath, error);
    if (!runBytes)
        return std::nullopt;
    QString problem;
    const auto runJson = parseJsonObject(*runBytes, &problem);
    if (!runJson) {
        *error = runPath + QStringLiteral(": ") + problem;
        return std::nullopt;
    }
    auto run = RunRecord::fromJson(*runJson, runPath, error);
    if (!run)
        return std::nullopt;
    if (run->id != id) {
        *error = QStringLiteral("%1: id: says '%2' in the folder '%3'").arg(runPath, run->id, id);
        return std::nullopt;
    }
    if (run->project != m_projectFile) {
        *error = QStringLiteral("%1: project: belongs to '%2', not '%3'").arg(runPath, run->project, m_projectFile);
        return std::nullopt;
    }
    const QString historyPath = dir.filePath(kHistoryJson);
    const auto historyBytes = readBytes(historyPath, error);
    if (!historyBytes)
        return std::nullopt;
    QJsonParseError parse;
    const QJsonDocument history = QJsonDocument::fromJson(*historyBytes, &parse);
    if (parse.error != QJsonParseError::NoError || !history.isArray()) {
        *error = historyPath + QStringLiteral(": ")
            + (parse.error != QJsonParseError::NoError ? QStringLiteral("is not valid JSON: %1 at %2")
                                                             .arg(parse.errorString(), lineColumnAt(*historyBytes, parse.offset))
                                                       : QStringLiteral("must be an array of epochs"));
        return std::nullopt;
    }
    auto epochs = RunRecord::historyFromJson(history.array(), historyPath, error);
    if (!epochs)
        return std::nullopt;
    run->history = std::move(*epochs);
    return run;
}

bool RunStore::add(RunRecord& run, const std::map<std::string, Tensor>& weights, QString* error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("%1: cannot create the runs folder").arg(m_folder);
        return false;
    }
    const auto taken = runFolders();
    const int number = taken.empty() ? 1 : taken.back().first + 1;
    run.id = QStringLiteral("%1-%2").arg(m_stem).arg(number, 3, 10, QLatin1Char('0'));
    run.project = m_projectFile;
    if (run.name.isEmpty())
        run.name = QCoreApplication::translate("RunStore", "Run %1").arg(number);

    // Everything goes into a hidden folder first; the rename makes the run appear whole.
    const QString partial = QDir(m_folder).filePath(
        QStringLiteral(".%1.partial-%2").arg(run.id).arg(QCoreApplication::applicationPid()));
    QDir(partial).removeRecursively();
    const auto fail = [&](const QString& message) {
        *error = message;
        QDir(partial).removeRecursively();
        return false;
    };
    if (!QDir().mkpath(partial))
        return fail(QStringLiteral("%1: cannot create the run's folder").arg(partial));
    const QDir dir(partial);
    QString problem;
    if (!writeBytes(dir.filePath(kRunFile), QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented), &problem)
        || !writeBytes(dir.filePath(kHistoryJson), QJsonDocument(run.historyJson()).toJson(QJsonDocument::Indented), &problem)
        || !writeBytes(dir.filePath(kHistoryCsv), run.historyCsv().toUtf8(), &problem)
        || !SafetensorsFile::write(dir.filePath(kWeights), weights, {}, &problem))
        return fail(problem);
    if (QFileInfo::exists(runFolder(run.id)) || !QDir().rename(partial, runFolder(run.id)))
        return fail(QStringLiteral("%1: cannot move the run into place (another run took its name?)").arg(runFolder(run.id)));
    return true;
}

bool RunStore::rename(const QString& id, const QString& name, QString* error) const
{
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("%1: a run's name cannot be empty").arg(runFolder(id));
        return false;
    }
    auto run = find(id, error);
    if (!run)
        return false;
    run->name = name.trimmed();
    const QString path = QDir(runFolder(id)).filePath(kRunFile);
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<std::map<std::string, Tensor>> RunStore::weights(const QString& id, QString* error) const
{
    auto contents = SafetensorsFile::read(QDir(runFolder(id)).filePath(kWeights), error);
    if (!contents)
        return std::nullopt;
    return std::move(contents->tensors);
}

} // namespace nw
