#pragma once
// The JSON form of the metrics room's curves, shared by `netwright-cli evaluate
// --json` and whatever else writes them (docs/CLI.md is the contract). Curves are
// compact: one array of numbers per key, index i of each array is point i.
// Numbers that are not finite become null: a ROC curve's first threshold
// (+infinity), an undefined AUC or AP (a class with no samples in the split).
#include "metrics/Calibration.h"
#include "metrics/PrecisionRecallCurve.h"
#include "metrics/RocCurve.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <span>
#include <string>
#include <vector>

namespace nw {

QJsonValue finiteOrNull(double value);
QJsonArray numberArray(std::span<const double> values);

// {"auc", "fpr": [], "tpr": [], "thresholds": []}
QJsonObject rocToJson(const RocCurve& curve);
// {"per_class": [{"class", ...rocToJson}], "micro": {...}, "macro_auc"}
QJsonObject rocToJson(const MulticlassRoc& roc, const std::vector<std::string>& classNames);
// {"average_precision", "precision": [], "recall": [], "thresholds": []}
QJsonObject precisionRecallToJson(const PrecisionRecallCurve& curve);
// {"per_class": [{"class", ...}], "micro": {...}, "macro_average_precision"}
QJsonObject precisionRecallToJson(const MulticlassPrecisionRecall& pr, const std::vector<std::string>& classNames);
// {"bins": {"lower", "upper", "count", "correct", "confidence", "accuracy"}, "ece", "mce", "brier"}
QJsonObject calibrationToJson(const Calibration& calibration);

} // namespace nw
