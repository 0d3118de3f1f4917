#include "EvaluateCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "RunnableProject.h"

#include "training/CrossValidation.h"
#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"

#include <QCoreApplication>

namespace nw::cli {

QString EvaluateCommand::summary() const
{
    return QCoreApplication::translate("EvaluateCommand", "evaluate a trained project: accuracy, per-class metrics, confusion matrix, ROC, PR, calibration; or k-fold cross-validation");
}

int EvaluateCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("data"), QStringLiteral("dataset spec instead of the project's"), QStringLiteral("SPEC"));
    cl.addOption(QStringLiteral("split"), QStringLiteral("test (default), validation or train"), QStringLiteral("NAME"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("worker threads (0: all cores)"), QStringLiteral("T"));
    cl.addOption(QStringLiteral("folds"),
                 QStringLiteral("k-fold cross-validation on the training and validation samples (K >= 2): trains K fresh networks"),
                 QStringLiteral("K"));
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
    const std::optional<int> folds = cl.intValue(QStringLiteral("folds"), 2, ok, 1000);
    if (!ok)
        return UsageError;
    if (folds && cl.isSet(QStringLiteral("split"))) {
        CliOutput::error(QStringLiteral("--folds and --split cannot be combined: cross-validation uses the training and validation parts"));
        return UsageError;
    }

    const QString path = cl.positional(0);
    auto prepared = loadCompiledProject(path, {.dataSpec = cl.value(QStringLiteral("data"))});
    if (!prepared)
        return InvalidInput;
    if (!prepared->hasWeights() && !folds)
        CliOutput::message(path + QStringLiteral(": warning: the project has no trained weights; evaluating its initial weights"));
    try {
        if (folds) {
            const auto onFold = [&](const CrossValidationFold& f) {
                QString line = QStringLiteral("fold %1/%2: trained on %3, tested on %4 samples:").arg(f.fold).arg(*folds)
                                   .arg(f.trainSamples).arg(f.testSamples);
                for (const auto& [name, value] : f.metrics)
                    line += QStringLiteral(" %1 %2").arg(QString::fromStdString(name)).arg(value, 0, 'f', 4);
                CliOutput::message(line);
            };
            TrainingOverrides overrides;
            if (threads > 0)
                overrides.threads = threads;
            const CrossValidationReport report = crossValidateProject(*prepared, *folds, overrides, onFold);
            if (cl.json()) {
                QJsonObject json{{"command", QStringLiteral("evaluate")}, {"project", path}};
                json["cross_validation"] = report.toJson();
                CliOutput::json(json);
            } else {
                CliOutput::result(report.toText());
            }
            return Success;
        }
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
