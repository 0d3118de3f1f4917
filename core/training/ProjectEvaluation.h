#pragma once
// Evaluates a trained project on one part of its data: loss, accuracy, the
// confusion matrix and per-class precision, recall, F1 and support (classifiers),
// or MSE and MAE (regression). Runs on the calling thread.
#include "PreparedProject.h"

#include "metrics/ConfusionMatrix.h"

#include <QJsonObject>

#include <optional>

namespace nw {

struct EvaluationReport {
    DataPart part = DataPart::Test;
    std::size_t samples = 0;
    double loss = 0.0;
    bool classification = false;
    double accuracy = 0.0;                       // classification
    std::optional<ConfusionMatrix> confusion;    // classification
    std::vector<std::string> classNames;
    double meanSquaredError = 0.0;               // regression
    double meanAbsoluteError = 0.0;              // regression

    QJsonObject toJson() const;
    QString toText() const; // a table for people
};

// Throws EngineError/DataError on a part with no samples or a model/data mismatch.
EvaluationReport evaluateProject(PreparedProject& project, DataPart part, int threads = 0);

} // namespace nw
