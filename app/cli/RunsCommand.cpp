#include "RunsCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"

#include "io/RunStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace nw::cli {

namespace {

QString figureText(float value, int decimals = 4)
{
    return value < 0.0f ? QStringLiteral("-") : QString::number(static_cast<double>(value), 'f', decimals);
}

QString durationText(double seconds)
{
    if (seconds < 60.0)
        return QString::number(seconds, 'f', 1) + QStringLiteral(" s");
    const int whole = static_cast<int>(seconds + 0.5);
    return QStringLiteral("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

} // namespace

QString RunsCommand::summary() const
{
    return QCoreApplication::translate("RunsCommand", "list a project's training runs: parent, changes, final metrics");
}

int RunsCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;
    const QString projectPath = cl.positional(0);
    const QFileInfo project(projectPath);
    if (!project.isFile()) {
        CliOutput::error(projectPath + (project.exists() ? QStringLiteral(": is not a project file")
                                                         : QStringLiteral(": no such file")));
        return InvalidInput;
    }
    const RunStore store(projectPath);
    QStringList problems;
    const std::vector<RunRecord> runs = store.list(&problems);
    for (const QString& problem : problems)
        CliOutput::error(QStringLiteral("skipped a run: ") + problem);

    if (cl.json()) {
        QJsonArray entries;
        for (const RunRecord& run : runs) {
            QJsonObject entry = run.toJson();
            entry.remove(QStringLiteral("format_version"));
            entry.insert(QStringLiteral("folder"), store.runFolder(run.id));
            entries.append(entry);
        }
        CliOutput::json(QJsonObject { { "command", "runs" }, { "project", projectPath },
            { "folder", store.folder() }, { "runs", entries }, { "problems", QJsonArray::fromStringList(problems) } });
    } else if (runs.empty()) {
        CliOutput::result(QStringLiteral("%1 has no runs yet (train it: netwright-cli train %2)")
                              .arg(project.fileName(), projectPath));
    } else {
        // Padded and joined, not chained arg(): a run's name may itself contain "%1".
        const auto row = [](const QStringList& left, const QStringList& right, const QString& rest) {
            QStringList cells;
            const int leftWidths[] = { 16, 12, 20 };
            const int rightWidths[] = { 6, 8, 8, 8, 10 };
            for (qsizetype i = 0; i < left.size(); ++i)
                cells << left[i].leftJustified(leftWidths[i]);
            for (qsizetype i = 0; i < right.size(); ++i)
                cells << right[i].rightJustified(rightWidths[i]);
            return cells.join(QLatin1Char(' ')) + QLatin1Char(' ') + rest;
        };
        CliOutput::result(row({ QStringLiteral("run"), QStringLiteral("name"), QStringLiteral("from") },
            { QStringLiteral("epochs"), QStringLiteral("loss"), QStringLiteral("val acc"), QStringLiteral("test acc"),
                QStringLiteral("time") },
            QStringLiteral("changes")));
        for (const RunRecord& run : runs) {
            const QString from = run.originText(QStringLiteral("-"));
            CliOutput::result(row({ run.id, run.name, from },
                { QString::number(run.history.size()), figureText(run.finalLoss()),
                    figureText(run.finalValidationAccuracy()),
                    run.test ? figureText(run.test->accuracy) : QStringLiteral("-"), durationText(run.durationSeconds) },
                run.changes.isEmpty() ? QStringLiteral("-") : run.changes.join(QStringLiteral("; "))));
        }
    }
    return problems.isEmpty() ? Success : InvalidInput;
}

} // namespace nw::cli
