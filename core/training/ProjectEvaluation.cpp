#include "ProjectEvaluation.h"

#include "CurveJson.h"

#include "engine/BatchSource.h"
#include "engine/EngineError.h"
#include "engine/Predictor.h"
#include "engine/ThreadPool.h"
#include "engine/losses/Loss.h"
#include "metrics/RegressionMetrics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {
// Class probabilities [N, classes] as doubles: softmax of the logits, or for a
// single logit (binary cross-entropy) sigmoid for class 1 and its complement.
std::vector<double> classProbabilities(const Tensor& outputs)
{
    std::vector<double> probabilities;
    if (outputs.rank() == 2 && outputs.dim(1) == 1) {
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const double p = 1.0 / (1.0 + std::exp(-static_cast<double>(outputs[i])));
            probabilities.push_back(1.0 - p);
            probabilities.push_back(p);
        }
        return probabilities;
    }
    const Tensor soft = softmaxRows(outputs);
    probabilities.reserve(soft.size());
    for (std::size_t i = 0; i < soft.size(); ++i)
        probabilities.push_back(soft[i]);
    return probabilities;
}
} // namespace

void outputsToReconstruction(Tensor& outputs, const QString& loss)
{
    if (loss != QLatin1String("bce_with_logits"))
        return;
    for (std::size_t i = 0; i < outputs.size(); ++i)
        outputs[i] = static_cast<float>(1.0 / (1.0 + std::exp(-static_cast<double>(outputs[i]))));
}

EvaluationReport evaluateProject(PreparedProject& project, DataPart part, int threads)
{
    if (!project.isValid())
        throw EngineError("the network has errors: " + project.compiled().summary().toStdString());
    const auto source = project.source(part);
    if (source->size() == 0)
        throw EngineError("the " + dataPartName(part).toStdString()
                          + " split has no samples: change the split fractions in the project");
    ThreadPool pool(threads);
    return evaluateSource(project, *source, part, pool);
}

EvaluationReport evaluateSource(PreparedProject& project, const BatchSource& source, DataPart part, ThreadPool& pool)
{
    if (source.size() == 0)
        throw EngineError("there are no samples to evaluate");
    Predictions p = predictAll(project.graph(), source, pool);
    const auto& training = project.project().training;
    const auto loss = makeLoss(training.loss.toStdString(), static_cast<float>(training.labelSmoothing));

    EvaluationReport report;
    report.part = part;
    report.samples = source.size();
    Tensor grad;
    report.loss = loss->compute(p.outputs, p.targets, grad);
    report.classification = project.data().task() == TaskKind::Classification;
    if (report.classification && p.outputs.rank() == 3 && p.targets.size() == p.outputs.size() / p.outputs.dim(2)) {
        // Per-position labels ([N, T, C] scores, [N, T] labels): every position is one
        // prediction, so the confusion matrix, curves and accuracy count positions.
        const int rows = static_cast<int>(p.targets.size());
        p.outputs = Tensor({ rows, p.outputs.dim(2) }, std::vector<float>(p.outputs.data(), p.outputs.data() + p.outputs.size()));
        report.positions = static_cast<std::size_t>(rows);
    }
    if (report.classification) {
        report.classNames = project.data().classNames();
        const int classes = static_cast<int>(report.classNames.size());
        ConfusionMatrix cm(classes);
        std::vector<int> predicted;
        if (p.outputs.rank() == 2 && p.outputs.dim(1) == 1) {
            // One logit (binary cross-entropy): positive means class 1.
            for (std::size_t i = 0; i < p.outputs.size(); ++i)
                predicted.push_back(p.outputs[i] > 0.0f ? 1 : 0);
        } else {
            if (p.outputs.rank() != 2 || p.outputs.dim(1) != classes)
                throw EngineError("the network outputs " + shapeToString({p.outputs.shape().begin() + 1, p.outputs.shape().end()})
                                  + " values per sample but the data has " + std::to_string(classes)
                                  + " classes: set the last Dense layer to " + std::to_string(classes) + " units");
            predicted = argmaxRows(p.outputs);
        }
        std::vector<int> labels(predicted.size());
        for (std::size_t i = 0; i < predicted.size(); ++i) {
            labels[i] = static_cast<int>(p.targets[i]);
            cm.add(labels[i], predicted[i]);
        }
        report.accuracy = cm.accuracy();
        report.confusion = std::move(cm);
        if (classes >= 2) {
            const std::vector<double> probabilities = classProbabilities(p.outputs);
            report.roc = MulticlassRoc::compute(labels, probabilities, classes);
            report.precisionRecall = MulticlassPrecisionRecall::compute(labels, probabilities, classes);
            report.calibration = Calibration::compute(labels, probabilities, classes, 10);
        }
    } else {
        if (p.outputs.size() != p.targets.size())
            throw EngineError("the network outputs " + std::to_string(p.outputs.size() / source.size())
                              + " values per sample but the targets have " + std::to_string(p.targets.size() / source.size()));
        // Errors of an autoencoder are measured on its images, not on logits.
        if (project.data().isReconstruction())
            outputsToReconstruction(p.outputs, training.loss);
        const std::vector<double> outputs(p.outputs.data(), p.outputs.data() + p.outputs.size());
        const std::vector<double> targets(p.targets.data(), p.targets.data() + p.targets.size());
        const auto m = RegressionMetrics::compute(outputs, targets, static_cast<int>(p.outputs.size() / source.size()));
        report.meanSquaredError = m.meanSquaredError;
        report.meanAbsoluteError = m.meanAbsoluteError;
        report.r2 = m.r2;
        if (project.data().isReconstruction()) {
            report.reconstruction = true;
            report.noiseStd = project.data().noiseStd();
            report.reconstructionErrors = ReconstructionErrors::compute(
                { p.outputs.data(), p.outputs.size() }, { p.targets.data(), p.targets.size() }, source.size());
        }
    }
    return report;
}

QJsonObject EvaluationReport::toJson() const
{
    QJsonObject json{{"split", dataPartName(part)}, {"samples", static_cast<qint64>(samples)}, {"loss", loss}};
    if (reconstruction && reconstructionErrors) {
        // The worst few by index in the part: what to look at first.
        QJsonArray worst;
        const std::vector<std::size_t> order = reconstructionErrors->worstFirst();
        for (std::size_t k = 0; k < std::min<std::size_t>(order.size(), 10); ++k)
            worst.append(QJsonObject { { "sample", static_cast<qint64>(order[k]) },
                { "error", reconstructionErrors->perSample[order[k]] } });
        json["task"] = QStringLiteral("reconstruction");
        json["reconstruction_error"] = reconstructionErrors->mean;
        json["mse"] = meanSquaredError;
        json["mae"] = meanAbsoluteError;
        // As written in the spec (0.3), not as the float it was read into (0.30000001).
        json["noise_std"] = QString::number(noiseStd, 'g', 6).toDouble();
        json["worst"] = worst;
        return json;
    }
    if (!classification) {
        json["mse"] = meanSquaredError;
        json["mae"] = meanAbsoluteError;
        json["r2"] = finiteOrNull(r2);
        return json;
    }
    json["accuracy"] = accuracy;
    if (positions)
        json["positions"] = static_cast<qint64>(positions);
    QJsonArray perClass, matrix, names;
    for (int c = 0; c < confusion->classCount(); ++c) {
        const ClassMetrics m = confusion->classMetrics(c);
        const QString name = QString::fromStdString(classNames[static_cast<std::size_t>(c)]);
        names.append(name);
        perClass.append(QJsonObject{{"class", name},
                                    {"precision", m.precision},
                                    {"recall", m.recall},
                                    {"f1", m.f1},
                                    {"support", static_cast<qint64>(m.support)}});
        QJsonArray row;
        for (int k = 0; k < confusion->classCount(); ++k)
            row.append(static_cast<qint64>(confusion->count(c, k)));
        matrix.append(row);
    }
    auto average = [](const ClassMetrics& m) {
        return QJsonObject{{"precision", m.precision}, {"recall", m.recall}, {"f1", m.f1},
                           {"support", static_cast<qint64>(m.support)}};
    };
    json["classes"] = names;
    json["per_class"] = perClass;
    json["macro_avg"] = average(confusion->macroAverage());
    json["micro_avg"] = average(confusion->microAverage());
    json["weighted_avg"] = average(confusion->weightedAverage());
    json["confusion_matrix"] = matrix;
    if (roc)
        json["roc"] = rocToJson(*roc, classNames);
    if (precisionRecall)
        json["pr"] = precisionRecallToJson(*precisionRecall, classNames);
    if (calibration)
        json["calibration"] = calibrationToJson(*calibration);
    return json;
}

QString EvaluationReport::toText() const
{
    QString text = QStringLiteral("%1 split: %2 samples, loss %3").arg(dataPartName(part)).arg(samples).arg(loss, 0, 'f', 4);
    if (reconstruction && reconstructionErrors) {
        text += QStringLiteral(", reconstruction error (MSE per value) %1, MAE %2")
                    .arg(reconstructionErrors->mean, 0, 'g', 6)
                    .arg(meanAbsoluteError, 0, 'g', 6);
        if (noiseStd > 0)
            text += QStringLiteral(" (denoising: inputs with noise of std %1)").arg(noiseStd, 0, 'g', 4);
        text += QStringLiteral("\nworst samples:");
        const std::vector<std::size_t> order = reconstructionErrors->worstFirst();
        for (std::size_t k = 0; k < std::min<std::size_t>(order.size(), 5); ++k)
            text += QStringLiteral(" #%1 %2").arg(order[k]).arg(reconstructionErrors->perSample[order[k]], 0, 'g', 4);
        return text + QLatin1Char('\n');
    }
    if (!classification)
        return text + QStringLiteral(", MSE %1, MAE %2, R2 %3\n")
                          .arg(meanSquaredError, 0, 'g', 6)
                          .arg(meanAbsoluteError, 0, 'g', 6)
                          .arg(r2, 0, 'f', 4);
    if (positions)
        text += QStringLiteral(" (%1 positions)").arg(positions);
    text += QStringLiteral(", accuracy %1\n\n").arg(accuracy, 0, 'f', 4);
    int width = 12;
    for (const auto& n : classNames)
        width = std::max(width, static_cast<int>(n.size()) + 2);
    text += QStringLiteral("%1 %2 %3 %4 %5\n").arg(QString(), -width).arg("precision", 9).arg("recall", 9).arg("f1", 9).arg("support", 9);
    auto row = [&](const QString& name, const ClassMetrics& m) {
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(name, -width)
                    .arg(m.precision, 9, 'f', 4)
                    .arg(m.recall, 9, 'f', 4)
                    .arg(m.f1, 9, 'f', 4)
                    .arg(static_cast<qulonglong>(m.support), 9);
    };
    for (int c = 0; c < confusion->classCount(); ++c)
        row(QString::fromStdString(classNames[static_cast<std::size_t>(c)]), confusion->classMetrics(c));
    text += QLatin1Char('\n');
    row(QStringLiteral("macro avg"), confusion->macroAverage());
    row(QStringLiteral("weighted avg"), confusion->weightedAverage());
    text += QStringLiteral("\nconfusion matrix (rows: true class, columns: predicted)\n");
    for (int c = 0; c < confusion->classCount(); ++c) {
        QString line = QStringLiteral("%1").arg(QString::fromStdString(classNames[static_cast<std::size_t>(c)]), -width);
        for (int k = 0; k < confusion->classCount(); ++k)
            line += QStringLiteral("%1").arg(static_cast<qulonglong>(confusion->count(c, k)), 6);
        text += line + QLatin1Char('\n');
    }
    if (roc && precisionRecall) {
        auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("n/a"); };
        text += QStringLiteral("\n%1 %2 %3\n").arg(QString(), -width).arg("ROC AUC", 9).arg("AP", 9);
        for (std::size_t c = 0; c < roc->perClass.size(); ++c)
            text += QStringLiteral("%1 %2 %3\n")
                        .arg(QString::fromStdString(classNames[c]), -width)
                        .arg(number(roc->perClass[c].auc), 9)
                        .arg(number(precisionRecall->perClass[c].averagePrecision), 9);
        text += QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("macro avg"), -width).arg(number(roc->macroAuc), 9)
                    .arg(number(precisionRecall->macroAveragePrecision), 9);
        text += QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("micro avg"), -width).arg(number(roc->micro.auc), 9)
                    .arg(number(precisionRecall->micro.averagePrecision), 9);
    }
    if (calibration)
        text += QStringLiteral("\ncalibration: ECE %1, Brier score %2 (%3 bins on the top-class confidence)\n")
                    .arg(calibration->expectedCalibrationError, 0, 'f', 4)
                    .arg(calibration->brierScore, 0, 'f', 4)
                    .arg(calibration->bins.size());
    return text;
}

} // namespace nw
