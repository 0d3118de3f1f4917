// Lesson bundles (.nwlesson) as File > Open Lesson reads them: the zip, lesson.json,
// every project a step opens and its weights, the Markdown split into steps (the
// lesson's own and a translation). The same bytes also go straight to lesson.json's
// parser and to the Markdown splitter: inside a zip, a mutation mostly breaks an
// entry's checksum and never reaches them.
#include "FuzzInputFile.h"

#include "io/LessonBundle.h"
#include "io/LessonMarkdown.h"
#include "io/LessonSettings.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdlib>

namespace {

// A refusal must say why: an empty message is a finding.
void requireReason(const QString& error)
{
    if (error.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.nwlesson", data, size);
    const QString label = QStringLiteral("input.nwlesson");
    QString error;
    if (const std::optional<nw::LessonBundle> bundle = nw::LessonBundleFile::read(QString::fromStdString(path), &error)) {
        QStringList projects { bundle->settings.project };
        for (const nw::LessonStep& step : bundle->settings.steps)
            if (!step.project.isEmpty())
                projects.append(step.project);
        for (const QString& name : projects) {
            QString problem;
            if (!bundle->project(name, label, &problem) && problem.isEmpty())
                std::abort();
            problem.clear();
            if (!bundle->weights(name, label, &problem) && problem.isEmpty())
                std::abort();
        }
        (void)nw::LessonMarkdown::steps(bundle->markdown());
        (void)nw::LessonMarkdown::steps(bundle->markdown(QStringLiteral("de")));
        (void)bundle->settings.locksAt(3);
    } else {
        requireReason(error);
    }

    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (json.isObject()) {
        error.clear();
        if (!nw::LessonSettings::fromJson(json.object(), QStringLiteral("lesson.json"), &error))
            requireReason(error);
    }
    (void)nw::LessonMarkdown::steps(QString::fromUtf8(bytes));
    return 0;
}
