#include "EvaluateCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"

#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"

#include <QCoreApplication>

namespace nw::cli {

QString EvaluateCommand::summary() const
{
    return QCoreApplication::translate("EvaluateCommand", "evaluate a trained project: accuracy, per-class metrics, confusion matrix");
}

int EvaluateCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("data"), QStringLiteral("dataset spec instead of the project's"), QStringLiteral("SPEC"));
    cl.addOption(QStringLiteral("split"), QStringLiteral("test (default), validation or train"), QStringLiteral("NAME"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("worker threads (0: all cores)"), QStringLiteral("T"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;
    const auto part = dataPartFromName(cl.isSet(QStringLiteral("split")) ? cl.value(QStringLiteral("split")) : QStringLiteral("test"));
    if (!part) {
        CliOutput::error(QStringLiteral("--split must be test, validation or train, got '%1'").arg(cl.value(QStringLiteral("split"))));
        return UsageError;
    }
    bool ok = true;
    const int threads = cl.intValue(QStringLiteral("threads"), 0, ok, kMaxThreads).value_or(0);
    if (!ok)
        return UsageError;

    const QString path = cl.positional(0);
    QString error;
    auto prepared = PreparedProject::load(path, {.dataSpec = cl.value(QStringLiteral("data"))}, &error);
    if (!prepared) {
        CliOutput::error(error);
        return InvalidInput;
    }
    if (!prepared->isValid()) {
        for (const QString& m : prepared->compiled().allMessages())
            CliOutput::error(path + QStringLiteral(": ") + m);
        return InvalidInput;
    }
    if (!prepared->hasWeights())
        CliOutput::message(path + QStringLiteral(": warning: the project has no trained weights; evaluating its initial weights"));
    try {
        const EvaluationReport report = evaluateProject(*prepared, *part, threads);
        if (cl.json()) {
            QJsonObject json = report.toJson();
            json["command"] = QStringLiteral("evaluate");
            json["project"] = path;
            CliOutput::json(json);
        } else {
            CliOutput::result(report.toText());
        }
    } catch (const std::exception& e) {
        CliOutput::error(path + QStringLiteral(": ") + QString::fromStdString(e.what()));
        return InvalidInput;
    }
    return Success;
}

} // namespace nw::cli
