#include "LessonComposer.h"

#include "ProjectFile.h"
#include "SafetensorsFile.h"
#include "ZipReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace nw {

QStringList LessonComposer::imageNames(const QString& markdown)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\))"));
    QStringList names;
    for (auto it = image.globalMatch(markdown); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (QUrl(name).scheme().size() > 1) // http:, data:; a drive letter is no scheme
            continue;
        const QString clean = QDir::cleanPath(name);
        if (!names.contains(clean))
            names << clean;
    }
    return names;
}

std::optional<LessonBundle> LessonComposer::compose(const LessonSettings& settings, const Project& project,
    const std::map<std::string, Tensor>& weights, const QString& markdown, const QString& imageFolder, QString* error)
{
    const auto fail = [error](const QString& text) -> std::optional<LessonBundle> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    LessonBundle bundle;
    bundle.settings = settings;
    Project stored = project;
    stored.weights.clear();
    if (!weights.empty()) {
        const QString name = QFileInfo(settings.project).completeBaseName() + QStringLiteral(".safetensors");
        QString problem;
        std::optional<QByteArray> bytes = SafetensorsFile::toBytes(name, weights, {}, &problem);
        if (!bytes)
            return fail(QStringLiteral("the weights: ") + problem);
        bundle.files[name] = std::move(*bytes);
        stored.weights = name;
    }
    bundle.files[settings.project] = QJsonDocument(ProjectFile::toJson(stored)).toJson();
    bundle.files[QStringLiteral("lesson.md")] = markdown.toUtf8();
    for (const QString& name : imageNames(markdown)) {
        if (const QString problem = ZipReader::nameProblem(name); !problem.isEmpty())
            return fail(
                QStringLiteral("image \"%1\": %2 (name images relative to the lesson's folder)").arg(name, problem));
        QFile file(QDir(imageFolder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("image \"%1\": cannot read %2: %3")
                            .arg(name, QDir::toNativeSeparators(file.fileName()), file.errorString()));
        bundle.files[name] = file.readAll();
    }
    return bundle;
}

} // namespace nw
