#include "TrainCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "RunnableProject.h"
#include "InitFrom.h"
#include "TrainRunRecord.h"
#include "TrainingProgress.h"

#include "engine/EngineError.h"
#include "engine/TrainingEndText.h"
#include "io/RunStore.h"
#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"
#include "training/ProjectTraining.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

namespace nw::cli {

QString TrainCommand::summary() const
{
    return QCoreApplication::translate("TrainCommand", "train a project and save its weights");
}

int TrainCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("epochs"), QStringLiteral("epochs to train"), QStringLiteral("N"));
    cl.addOption(QStringLiteral("batch-size"), QStringLiteral("samples per batch"), QStringLiteral("B"));
    cl.addOption(QStringLiteral("lr"), QStringLiteral("learning rate"), QStringLiteral("X"));
    cl.addOption(QStringLiteral("optimizer"), QStringLiteral("sgd, adam, adamw or rmsprop"), QStringLiteral("NAME"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("random seed for weights and batch order"), QStringLiteral("S"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("worker threads (0: all cores)"), QStringLiteral("T"));
    cl.addOption(QStringLiteral("data"), QStringLiteral("dataset spec instead of the project's (see docs/CLI.md)"), QStringLiteral("SPEC"));
    cl.addOption(QStringLiteral("out"), QStringLiteral("write the trained project here (default: update PROJECT)"), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("resume"), QStringLiteral("continue from the saved weights and optimizer state"));
    cl.addOption(QStringLiteral("init-from"),
        QStringLiteral("start from the weights of another project or a .safetensors file, node by node"), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("init-map"),
        QStringLiteral("with --init-from: nodes renamed since, as OLD=NEW pairs separated by commas"), QStringLiteral("MAP"));
    cl.addOption(QStringLiteral("freeze"), QStringLiteral("do not train these nodes in this run (ids separated by commas)"),
        QStringLiteral("NODES"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;

    bool ok = true;
    TrainingOverrides overrides;
    overrides.epochs = cl.intValue(QStringLiteral("epochs"), 1, ok, 1000000);
    overrides.batchSize = cl.intValue(QStringLiteral("batch-size"), 1, ok);
    overrides.learningRate = cl.doubleValue(QStringLiteral("lr"), 0.0, ok);
    overrides.seed = cl.seedValue(QStringLiteral("seed"), ok);
    overrides.threads = cl.intValue(QStringLiteral("threads"), 0, ok, kMaxThreads);
    if (cl.isSet(QStringLiteral("optimizer"))) {
        const QString name = cl.value(QStringLiteral("optimizer")).toLower();
        if (!QStringList{"sgd", "adam", "adamw", "rmsprop"}.contains(name)) {
            CliOutput::error(QStringLiteral("--optimizer must be sgd, adam, adamw or rmsprop, got '%1'").arg(name));
            ok = false;
        }
        overrides.optimizer = name;
    }
    InitFromRequest initFrom;
    initFrom.file = cl.value(QStringLiteral("init-from"));
    if (cl.isSet(QStringLiteral("init-map"))) {
        if (initFrom.file.isEmpty()) {
            CliOutput::error(QStringLiteral("--init-map needs --init-from"));
            ok = false;
        } else {
            initFrom.mapping = parseIdMapping(cl.value(QStringLiteral("init-map")), ok);
        }
    }
    if (cl.isSet(QStringLiteral("freeze")))
        initFrom.freeze = parseNodeList(QStringLiteral("freeze"), cl.value(QStringLiteral("freeze")), ok);
    if (!initFrom.file.isEmpty() && cl.isSet(QStringLiteral("resume"))) {
        CliOutput::error(QStringLiteral("--init-from starts a new run; it cannot be combined with --resume"));
        ok = false;
    }
    if (!ok)
        return UsageError;

    const QString projectPath = cl.positional(0);
    const QString outPath = cl.isSet(QStringLiteral("out")) ? cl.value(QStringLiteral("out")) : projectPath;
    QString error;
    const bool resume = cl.isSet(QStringLiteral("resume"));
    auto prepared = loadCompiledProject(
        projectPath, {.dataSpec = cl.value(QStringLiteral("data")), .loadData = true, .loadWeights = resume});
    if (!prepared)
        return InvalidInput;

    QJsonObject json{{"command", "train"}, {"project", projectPath}};
    if (const auto exit = applyInitFrom(*prepared, initFrom, cl.json(), json))
        return *exit;
    try {
        ProjectTraining training(*prepared, overrides);
        if (resume && !training.resume(&error)) {
            CliOutput::error(error);
            return InvalidInput;
        }
        const int epochs = training.config().epochs;
        CliOutput::message(QStringLiteral("training %1: %2 training, %3 validation samples, %4 epochs, batch %5, %6 threads")
                               .arg(QFileInfo(projectPath).fileName())
                               .arg(prepared->partSize(DataPart::Train))
                               .arg(prepared->partSize(DataPart::Validation))
                               .arg(epochs)
                               .arg(training.config().batchSize)
                               .arg(training.threadCount()));
        for (const QString& note : prepared->dataNotes())
            CliOutput::message(note);
        if (const QString augmentation
            = QString::fromStdString(describeAugmentation(prepared->project().dataset.augmentation));
            !augmentation.isEmpty())
            CliOutput::message(QStringLiteral("augmentation: ") + augmentation);
        json["data_notes"] = QJsonArray::fromStringList(prepared->dataNotes());
        if (prepared->data().task() == TaskKind::Classification) {
            // The class balance per split: a skewed split explains a surprising accuracy.
            QJsonObject balance;
            for (DataPart part : {DataPart::Train, DataPart::Validation, DataPart::Test}) {
                const auto counts = prepared->classBalance(part);
                QJsonObject perClass;
                QStringList words;
                for (std::size_t c = 0; c < counts.size(); ++c) {
                    const QString name = QString::fromStdString(prepared->data().classNames()[c]);
                    perClass[name] = static_cast<qint64>(counts[c]);
                    words << QStringLiteral("%1 %2").arg(name).arg(counts[c]);
                }
                balance[dataPartName(part)] = perClass;
                if (part == DataPart::Train)
                    CliOutput::message(QStringLiteral("class balance (train): ") + words.join(QStringLiteral(", ")));
            }
            json["class_balance"] = balance;
        }
        TrainingProgress progress(epochs, training.epochsBefore(), CliOutput::stderrIsTerminal());
        const QDateTime started = QDateTime::currentDateTimeUtc();
        QElapsedTimer clock;
        clock.start();
        const TrainingResult result = training.run(
            {.onBatch = [&](const BatchReport& b) { progress.onBatch(b); },
             .onEpoch = [&](const EpochReport& e) { progress.onEpoch(e); }});
        progress.finish();
        const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
        json["status"] = RunRecord::statusName(result.status);
        const QString ending = QString::fromStdString(describeTrainingEnd(result));
        json["message"] = ending;
        json["epochs"] = RunRecord::historyJson(result.history); // as the run's history.json
        json["samples_per_second"] = result.samplesPerSecond;
        if (result.status == TrainingStatus::Diverged) {
            CliOutput::error(projectPath + QStringLiteral(": ") + ending);
            if (cl.json())
                CliOutput::json(json);
            return InvalidInput;
        }
        CliOutput::message(ending);
        std::optional<EvaluationReport> testReport;
        if (prepared->partSize(DataPart::Test) > 0) {
            testReport = evaluateProject(*prepared, DataPart::Test, training.config().threads);
            const EvaluationReport& test = *testReport;
            json["test"] = test.toJson();
            if (test.classification)
                CliOutput::message(QStringLiteral("test accuracy %1 on %2 samples (loss %3)")
                                       .arg(test.accuracy, 0, 'f', 4)
                                       .arg(test.samples)
                                       .arg(test.loss, 0, 'f', 4));
            else if (test.reconstruction)
                CliOutput::message(QStringLiteral("test reconstruction error (MSE per value) %1 on %2 samples")
                                       .arg(test.meanSquaredError, 0, 'g', 5)
                                       .arg(test.samples));
            else
                CliOutput::message(QStringLiteral("test MSE %1 on %2 samples").arg(test.meanSquaredError, 0, 'g', 5).arg(test.samples));
        }
        if (!training.save(outPath, &error)) {
            CliOutput::error(error);
            return InvalidInput;
        }
        json["output"] = QFileInfo(outPath).absoluteFilePath();
        CliOutput::message(QStringLiteral("saved %1").arg(outPath));
        // The run joins the saved project's history (runs/ beside it; `netwright-cli runs`).
        const TrainRunFacts facts { outPath,
            cl.isSet(QStringLiteral("data")) ? cl.value(QStringLiteral("data")) : prepared->project().dataset.spec, started,
            seconds, resume };
        const auto run = recordTrainRun(*prepared, training, result, testReport ? &*testReport : nullptr, facts, &error);
        if (!run) {
            CliOutput::error(QStringLiteral("the weights are saved, but the run could not be recorded: ") + error);
            return InvalidInput;
        }
        json["run"] = *run;
        CliOutput::message(QStringLiteral("recorded run %1 in %2").arg(*run, RunStore(outPath).folder()));
    } catch (const std::exception& e) {
        CliOutput::error(projectPath + QStringLiteral(": ") + QString::fromStdString(e.what()));
        return InvalidInput;
    }
    if (cl.json())
        CliOutput::json(json);
    return Success;
}

} // namespace nw::cli
