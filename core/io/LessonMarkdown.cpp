#include "LessonMarkdown.h"

#include <QStringList>

namespace nw {

std::vector<LessonMarkdownStep> LessonMarkdown::steps(const QString& markdown)
{
    std::vector<LessonMarkdownStep> steps;
    QString preamble;
    QString fence; // the open fence's marker, empty outside one
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (fence.isEmpty() && (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))))
            fence = trimmed.left(3);
        else if (!fence.isEmpty() && trimmed.startsWith(fence))
            fence.clear();
        else if (fence.isEmpty() && line.startsWith(QStringLiteral("## "))) {
            QString title = line.mid(3).trimmed();
            while (title.endsWith(QLatin1Char('#'))) // "## Title ##" is a heading too
                title.chop(1);
            steps.push_back({ title.trimmed(), {} });
            if (steps.size() == 1 && !preamble.trimmed().isEmpty())
                steps.back().markdown = preamble;
        }
        QString& target = steps.empty() ? preamble : steps.back().markdown;
        target += line;
        target += QLatin1Char('\n');
    }
    if (steps.empty() && !preamble.trimmed().isEmpty())
        steps.push_back({ QString(), preamble }); // a lesson of one untitled step
    return steps;
}

} // namespace nw
