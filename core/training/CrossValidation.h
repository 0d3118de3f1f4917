#pragma once
// k-fold cross-validation of a project: the training and validation parts are
// pooled and cut into k stratified folds (metrics/KFold, seeded with the
// project's seed); for each fold the network starts again from the seed's
// initial weights, trains with the project's settings on the other k-1 folds
// (no validation data, so the held-out fold never steers early stopping) and is
// evaluated on the held-out fold. The test part is not touched. Tabular features
// keep the standardisation fitted on the project's training part.
//
// Runs on the calling thread and leaves the last fold's weights in the graph.
#include "ProjectEvaluation.h"
#include "ProjectTraining.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace nw {

struct CrossValidationFold {
    int fold = 0; // 1-based
    std::size_t trainSamples = 0;
    std::size_t testSamples = 0;
    std::vector<std::size_t> testIndices; // the held-out samples, as indices into the project's data
    // Tabular data: the standardisation this fold used, fitted on its own training
    // samples (never on the held-out ones); empty for other data.
    std::vector<float> scalerMean;
    int epochs = 0;
    TrainingStatus status = TrainingStatus::Completed;
    EvaluationReport report;
    // The summarised metrics in report order: loss, accuracy, macro_f1, macro_auc
    // (classification) or loss, mse, mae, r2 (regression).
    std::vector<std::pair<std::string, double>> metrics;
};

struct MetricSummary {
    std::string name;
    double mean = 0.0;
    double std = 0.0; // population standard deviation over the folds (numpy's std)
};

struct CrossValidationReport {
    int folds = 0;
    std::size_t samples = 0; // pooled training + validation samples
    bool classification = false;
    std::vector<CrossValidationFold> perFold;
    std::vector<MetricSummary> summary;

    QJsonObject toJson() const;
    QString toText() const;
};

// Throws EngineError when folds < 2, there are fewer pooled samples than folds,
// the settings are invalid, or a fold's training diverges (naming the fold).
// `onFold` is called after each fold (for progress).
CrossValidationReport crossValidateProject(PreparedProject& project, int folds, const TrainingOverrides& overrides = {},
    const std::function<void(const CrossValidationFold&)>& onFold = {});

} // namespace nw
