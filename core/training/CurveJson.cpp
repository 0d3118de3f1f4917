#include "CurveJson.h"

#include <cmath>

namespace nw {

namespace {
QString className(const std::vector<std::string>& names, std::size_t c)
{
    return c < names.size() ? QString::fromStdString(names[c]) : QString::number(c);
}
} // namespace

QJsonValue finiteOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numberArray(std::span<const double> values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(finiteOrNull(v));
    return array;
}

QJsonObject rocToJson(const RocCurve& curve)
{
    return QJsonObject { { "auc", finiteOrNull(curve.auc) }, { "fpr", numberArray(curve.fpr) },
        { "tpr", numberArray(curve.tpr) }, { "thresholds", numberArray(curve.thresholds) } };
}

QJsonObject rocToJson(const MulticlassRoc& roc, const std::vector<std::string>& classNames)
{
    QJsonArray perClass;
    for (std::size_t c = 0; c < roc.perClass.size(); ++c) {
        QJsonObject entry = rocToJson(roc.perClass[c]);
        entry["class"] = className(classNames, c);
        perClass.append(entry);
    }
    return QJsonObject { { "per_class", perClass }, { "micro", rocToJson(roc.micro) },
        { "macro_auc", finiteOrNull(roc.macroAuc) } };
}

QJsonObject precisionRecallToJson(const PrecisionRecallCurve& curve)
{
    return QJsonObject { { "average_precision", finiteOrNull(curve.averagePrecision) },
        { "precision", numberArray(curve.precision) }, { "recall", numberArray(curve.recall) },
        { "thresholds", numberArray(curve.thresholds) } };
}

QJsonObject precisionRecallToJson(const MulticlassPrecisionRecall& pr, const std::vector<std::string>& classNames)
{
    QJsonArray perClass;
    for (std::size_t c = 0; c < pr.perClass.size(); ++c) {
        QJsonObject entry = precisionRecallToJson(pr.perClass[c]);
        entry["class"] = className(classNames, c);
        perClass.append(entry);
    }
    return QJsonObject { { "per_class", perClass }, { "micro", precisionRecallToJson(pr.micro) },
        { "macro_average_precision", finiteOrNull(pr.macroAveragePrecision) } };
}

QJsonObject calibrationToJson(const Calibration& calibration)
{
    std::vector<double> lower, upper, count, correct, confidence, accuracy;
    for (const CalibrationBin& b : calibration.bins) {
        lower.push_back(b.lower);
        upper.push_back(b.upper);
        count.push_back(static_cast<double>(b.count));
        correct.push_back(static_cast<double>(b.correct));
        confidence.push_back(b.meanConfidence);
        accuracy.push_back(b.accuracy);
    }
    const QJsonObject bins { { "lower", numberArray(lower) }, { "upper", numberArray(upper) },
        { "count", numberArray(count) }, { "correct", numberArray(correct) }, { "confidence", numberArray(confidence) },
        { "accuracy", numberArray(accuracy) } };
    return QJsonObject { { "bins", bins }, { "ece", calibration.expectedCalibrationError },
        { "mce", calibration.maximumCalibrationError }, { "brier", calibration.brierScore } };
}

} // namespace nw
