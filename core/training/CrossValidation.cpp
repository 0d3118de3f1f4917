#include "CrossValidation.h"


#include "CurveJson.h"
#include "ProjectTraining.h"
#include "data/AugmentedBatchSource.h"
#include "data/FeatureScaler.h"
#include "engine/EngineError.h"
#include "engine/losses/Loss.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"
#include "engine/SubsetBatchSource.h"
#include "engine/ThreadPool.h"
#include "engine/TrainingEndText.h"
#include "metrics/KFold.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace nw {

namespace {
std::vector<std::pair<std::string, double>> foldMetrics(const EvaluationReport& r)
{
    if (!r.classification)
        return { { "loss", r.loss }, { "mse", r.meanSquaredError }, { "mae", r.meanAbsoluteError }, { "r2", r.r2 } };
    std::vector<std::pair<std::string, double>> m { { "loss", r.loss }, { "accuracy", r.accuracy } };
    m.emplace_back("macro_f1", r.confusion ? r.confusion->macroAverage().f1 : 0.0);
    if (r.roc)
        m.emplace_back("macro_auc", r.roc->macroAuc);
    return m;
}

QString statusName(TrainingStatus status)
{
    switch (status) {
    case TrainingStatus::Completed:
        return QStringLiteral("completed");
    case TrainingStatus::Stopped:
        return QStringLiteral("stopped");
    case TrainingStatus::EarlyStopped:
        return QStringLiteral("early_stopped");
    case TrainingStatus::Diverged:
        return QStringLiteral("diverged");
    }
    return {};
}
} // namespace

CrossValidationReport crossValidateProject(PreparedProject& project, int folds, const TrainingOverrides& overrides,
    const std::function<void(const CrossValidationFold&)>& onFold)
{
    if (folds < 2)
        throw EngineError("cross-validation needs at least 2 folds, got " + std::to_string(folds));
    // Validates the settings and applies the overrides exactly as training does.
    ProjectTraining settingsCheck(project, overrides);
    const TrainingConfig& config = settingsCheck.config();
    const Dataset& data = project.data();
    std::vector<std::size_t> pool = project.split().train;
    pool.insert(pool.end(), project.split().validation.begin(), project.split().validation.end());
    std::sort(pool.begin(), pool.end());
    if (pool.size() < static_cast<std::size_t>(folds))
        throw EngineError("cannot make " + std::to_string(folds) + " folds of " + std::to_string(pool.size())
            + " training and validation samples");

    CrossValidationReport report;
    report.folds = folds;
    report.samples = pool.size();
    report.classification = data.task() == TaskKind::Classification;
    std::vector<int> labels(pool.size(), 0);
    // Per-position labels give a sample no single class: its folds are dealt unstratified.
    if (report.classification && !data.hasPositionLabels())
        for (std::size_t i = 0; i < pool.size(); ++i)
            labels[i] = data.label(pool[i]);
    const std::vector<Fold> splits = stratifiedKFold(labels, folds, config.seed);

    const auto loss = makeLoss(config.loss.toStdString(), static_cast<float>(config.labelSmoothing));
    ThreadPool threads(config.threads);
    for (std::size_t f = 0; f < splits.size(); ++f) {
        std::vector<std::size_t> trainIndices, testIndices;
        for (const std::size_t i : splits[f].train)
            trainIndices.push_back(pool[i]);
        for (const std::size_t i : splits[f].test)
            testIndices.push_back(pool[i]);
        // Tabular data is standardised with statistics of this fold's training
        // samples, as training does with its split: the held-out fold stays unseen.
        std::optional<Dataset> foldData;
        FeatureScaler foldScaler;
        if (const Dataset* raw = project.unscaledData()) {
            foldScaler.fit(*raw, trainIndices, project.scaledFeatures());
            foldData.emplace(foldScaler.apply(*raw));
        }
        const Dataset& source = foldData ? *foldData : data;
        const SubsetBatchSource train(source, trainIndices);
        const SubsetBatchSource test(source, testIndices);

        // Fresh weights and a fresh optimizer per fold: folds do not see each other.
        project.graph().initialize(config.seed);
        const auto optimizer = makeOptimizer(config.toOptimizerSettings());
        const LearningRateSchedule schedule(config.toScheduleSettings());
        TrainerSettings settings = config.toTrainerSettings();
        settings.validationFraction = 0.0f;
        Trainer trainer(project.graph(), *loss, *optimizer, schedule, threads, settings);
        // Each fold's training samples are augmented as training's are; its held-out fold never.
        const auto augmented = augmentedTrainingSource(project, train, config.seed);
        const TrainingResult result = trainer.fit(augmented ? static_cast<const BatchSource&>(*augmented) : train, nullptr);
        if (result.status == TrainingStatus::Diverged)
            throw EngineError(
                "fold " + std::to_string(f + 1) + " of " + std::to_string(folds) + " diverged: " + describeTrainingEnd(result));

        CrossValidationFold fold;
        fold.fold = static_cast<int>(f + 1);
        fold.trainSamples = trainIndices.size();
        fold.testSamples = testIndices.size();
        fold.testIndices = testIndices;
        fold.scalerMean = foldScaler.mean();
        fold.epochs = result.epochsCompleted;
        fold.status = result.status;
        fold.report = evaluateSource(project, test, DataPart::Validation, threads);
        fold.metrics = foldMetrics(fold.report);
        if (onFold)
            onFold(fold);
        report.perFold.push_back(std::move(fold));
    }

    // Every fold has the same metric names (same task, same class count).
    for (std::size_t k = 0; k < report.perFold.front().metrics.size(); ++k) {
        MetricSummary s;
        s.name = report.perFold.front().metrics[k].first;
        for (const auto& fold : report.perFold)
            s.mean += fold.metrics[k].second;
        s.mean /= static_cast<double>(report.perFold.size());
        for (const auto& fold : report.perFold)
            s.std += (fold.metrics[k].second - s.mean) * (fold.metrics[k].second - s.mean);
        s.std = std::sqrt(s.std / static_cast<double>(report.perFold.size()));
        report.summary.push_back(s);
    }
    return report;
}

QJsonObject CrossValidationReport::toJson() const
{
    QJsonArray folds;
    for (const auto& f : perFold) {
        QJsonObject entry { { "fold", f.fold }, { "train_samples", static_cast<qint64>(f.trainSamples) },
            { "test_samples", static_cast<qint64>(f.testSamples) }, { "epochs", f.epochs },
            { "status", statusName(f.status) } };
        for (const auto& [name, value] : f.metrics)
            entry[QString::fromStdString(name)] = finiteOrNull(value);
        folds.append(entry);
    }
    QJsonObject mean, deviation;
    for (const auto& s : summary) {
        mean[QString::fromStdString(s.name)] = finiteOrNull(s.mean);
        deviation[QString::fromStdString(s.name)] = finiteOrNull(s.std);
    }
    return QJsonObject { { "folds", this->folds }, { "samples", static_cast<qint64>(samples) }, { "per_fold", folds },
        { "mean", mean }, { "std", deviation } };
}

QString CrossValidationReport::toText() const
{
    QString text
        = QStringLiteral("%1-fold cross-validation on %2 training and validation samples\n\n").arg(folds).arg(samples);
    QString header = QStringLiteral("%1 %2 %3").arg("fold", -6).arg("train", 7).arg("test", 7);
    for (const auto& s : summary)
        header += QStringLiteral(" %1").arg(QString::fromStdString(s.name), 10);
    text += header + QLatin1Char('\n');
    auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("n/a"); };
    for (const auto& f : perFold) {
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(f.fold, -6)
                           .arg(static_cast<qulonglong>(f.trainSamples), 7)
                           .arg(static_cast<qulonglong>(f.testSamples), 7);
        for (const auto& [name, value] : f.metrics)
            line += QStringLiteral(" %1").arg(number(value), 10);
        text += line + QLatin1Char('\n');
    }
    QString meanLine = QStringLiteral("%1").arg("mean", -22), stdLine = QStringLiteral("%1").arg("std", -22);
    for (const auto& s : summary) {
        meanLine += QStringLiteral(" %1").arg(number(s.mean), 10);
        stdLine += QStringLiteral(" %1").arg(number(s.std), 10);
    }
    return text + QLatin1Char('\n') + meanLine + QLatin1Char('\n') + stdLine + QLatin1Char('\n');
}

} // namespace nw
