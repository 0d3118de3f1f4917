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
        CliOutput::result(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                              .arg(QStringLiteral("run"), -16)
                              .arg(QStringLiteral("name"), -12)
                              .arg(QStringLiteral("from"), -20)
                              .arg(QStringLiteral("epochs"), 6)
                              .arg(QStringLiteral("loss"), 8)
                              .arg(QStringLiteral("val acc"), 8)
                              .arg(QStringLiteral("test acc"), 8)
                              .arg(QStringLiteral("time"), 10)
                              .arg(QStringLiteral("changes")));
        for (const RunRecord& run : runs) {
            const QString from = run.parent.isEmpty() ? QStringLiteral("-")
                                                      : QStringLiteral("%1@%2").arg(run.parent).arg(run.branchEpoch);
            CliOutput::result(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                                  .arg(run.id, -16)
                                  .arg(run.name, -12)
                                  .arg(from, -20)
                                  .arg(static_cast<int>(run.history.size()), 6)
                                  .arg(figureText(run.finalLoss()), 8)
                                  .arg(figureText(run.finalValidationAccuracy()), 8)
                                  .arg(run.test ? figureText(run.test->accuracy) : QStringLiteral("-"), 8)
                                  .arg(durationText(run.durationSeconds), 10)
                                  .arg(run.changes.isEmpty() ? QStringLiteral("-") : run.changes.join(QStringLiteral("; "))));
        }
    }
    return problems.isEmpty() ? Success : InvalidInput;
}

} // namespace nw::cli
