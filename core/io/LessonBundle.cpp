#include "LessonBundle.h"

#include "LessonMarkdown.h"
#include "ProjectFile.h"
#include "SafetensorsFile.h"
#include "ZipReader.h"
#include "ZipWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nw {

namespace {

const QString kSettingsEntry = QStringLiteral("lesson.json");
const QString kMarkdownEntry = QStringLiteral("lesson.md");

bool setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

QString LessonBundle::markdownName(const QString& language) const
{
    if (!language.isEmpty()) {
        const QString exact = QStringLiteral("lesson.%1.md").arg(language);
        if (files.count(exact))
            return exact;
        const QString base = QStringLiteral("lesson.%1.md").arg(language.section(QLatin1Char('_'), 0, 0));
        if (files.count(base))
            return base;
    }
    return kMarkdownEntry;
}

QString LessonBundle::markdown(const QString& language) const
{
    const auto it = files.find(markdownName(language));
    return it == files.end() ? QString() : QString::fromUtf8(it->second);
}

QString LessonBundle::weightsEntry(const Project& project)
{
    return QDir::cleanPath(project.weights);
}

std::optional<Project> LessonBundle::project(const QString& name, const QString& label, QString* error) const
{
    const QString where = label + QStringLiteral(": entry \"%1\"").arg(name);
    const auto it = files.find(name);
    if (it == files.end()) {
        setError(error, where + QStringLiteral(": is missing (lesson.json names it)"));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(it->second, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error,
            where
                + QStringLiteral(": not a project (JSON error at byte %1: %2)")
                      .arg(parse.offset)
                      .arg(parse.errorString()));
        return std::nullopt;
    }
    QString problem;
    std::optional<Project> project = ProjectFile::fromJson(document.object(), &problem);
    if (!project) {
        setError(error, where + QStringLiteral(": ") + problem);
        return std::nullopt;
    }
    if (!project->weights.isEmpty()) {
        const QString entry = weightsEntry(*project);
        if (!ZipReader::nameProblem(entry).isEmpty() || !files.count(entry)) {
            setError(error, where + QStringLiteral(": its weights \"%1\" are not in the bundle").arg(project->weights));
            return std::nullopt;
        }
    }
    return project;
}

std::optional<std::map<std::string, Tensor>> LessonBundle::weights(
    const QString& projectName, const QString& label, QString* error) const
{
    const std::optional<Project> owner = project(projectName, label, error);
    if (!owner)
        return std::nullopt;
    if (owner->weights.isEmpty())
        return std::map<std::string, Tensor> {};
    const QString entry = weightsEntry(*owner);
    std::optional<SafetensorsContents> contents
        = SafetensorsFile::fromBytes(files.at(entry), label + QStringLiteral(": entry \"%1\"").arg(entry), error);
    if (!contents)
        return std::nullopt;
    return std::move(contents->tensors);
}

bool LessonBundleFile::check(const LessonBundle& bundle, const QString& label, QString* error)
{
    if (!bundle.files.count(kMarkdownEntry))
        return setError(error, label + QStringLiteral(": entry \"lesson.md\": is missing"));
    for (const auto& [name, bytes] : bundle.files) {
        if (name.startsWith(QStringLiteral("lesson.")) && name.endsWith(QStringLiteral(".md"))) {
            const int steps = static_cast<int>(LessonMarkdown::steps(QString::fromUtf8(bytes)).size());
            if (steps == 0)
                return setError(error, label + QStringLiteral(": entry \"%1\": has no text").arg(name));
            if (static_cast<int>(bundle.settings.steps.size()) > steps)
                return setError(error,
                    label
                        + QStringLiteral(": entry \"%1\": has %2 steps (\"## \" headings) but lesson.json sets %3")
                              .arg(name)
                              .arg(steps)
                              .arg(bundle.settings.steps.size()));
        }
    }
    QStringList projects { bundle.settings.project };
    for (const LessonStep& step : bundle.settings.steps) {
        if (!step.project.isEmpty() && !projects.contains(step.project))
            projects << step.project;
    }
    for (const QString& name : projects) {
        if (!bundle.weights(name, label, error))
            return false;
    }
    return true;
}

std::optional<LessonBundle> LessonBundleFile::read(const QString& path, QString* error)
{
    std::optional<ZipEntries> entries = ZipReader::read(path, error);
    if (!entries)
        return std::nullopt;
    LessonBundle bundle;
    bool hasSettings = false;
    for (ZipEntry& entry : *entries) {
        if (entry.name != kSettingsEntry) {
            bundle.files[entry.name] = std::move(entry.data);
            continue;
        }
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(entry.data, &parse);
        const QString where = path + QStringLiteral(": entry \"lesson.json\"");
        if (parse.error != QJsonParseError::NoError || !document.isObject()) {
            setError(error,
                where + QStringLiteral(": JSON error at byte %1: %2").arg(parse.offset).arg(parse.errorString()));
            return std::nullopt;
        }
        std::optional<LessonSettings> settings = LessonSettings::fromJson(document.object(), where, error);
        if (!settings)
            return std::nullopt;
        bundle.settings = std::move(*settings);
        hasSettings = true;
    }
    if (!hasSettings) {
        setError(error, path + QStringLiteral(": entry \"lesson.json\": is missing (is this a lesson?)"));
        return std::nullopt;
    }
    if (!check(bundle, path, error))
        return std::nullopt;
    return bundle;
}

bool LessonBundleFile::write(const QString& path, const LessonBundle& bundle, QString* error)
{
    if (!check(bundle, path, error))
        return false;
    ZipEntries entries;
    entries.push_back({ kSettingsEntry, QJsonDocument(bundle.settings.toJson()).toJson(QJsonDocument::Indented) });
    for (const auto& [name, bytes] : bundle.files) {
        if (name == kSettingsEntry)
            continue;
        entries.push_back({ name, bytes });
    }
    return ZipWriter::write(path, entries, error);
}

} // namespace nw
