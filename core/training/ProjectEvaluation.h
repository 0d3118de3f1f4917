#pragma once
// Evaluates a trained project on one part of its data: loss, accuracy, the
// confusion matrix, per-class precision, recall, F1 and support, ROC and
// precision-recall curves (per class, micro, macro) and calibration (classifiers),
// or MSE, MAE and R^2 (regression), or each sample's reconstruction error
// (autoencoders). Per-position labels count every position as
// one prediction. Runs on the calling thread.
#include "PreparedProject.h"

#include "metrics/Calibration.h"
#include "metrics/ConfusionMatrix.h"
#include "metrics/ReconstructionErrors.h"
#include "metrics/PrecisionRecallCurve.h"
#include "metrics/RocCurve.h"

#include <QJsonObject>

#include <optional>

namespace nw {

class BatchSource;
class ThreadPool;

struct EvaluationReport {
    DataPart part = DataPart::Test;
    std::size_t samples = 0;
    // Per-position labels (tagging): the positions counted by the confusion matrix,
    // accuracy and curves (samples x T); 0 otherwise.
    std::size_t positions = 0;
    double loss = 0.0;
    bool classification = false;
    double accuracy = 0.0;                       // classification
    std::optional<ConfusionMatrix> confusion;    // classification
    std::vector<std::string> classNames;
    // Classification, from the class probabilities (softmax of the logits; with one
    // logit, sigmoid for class 1). Absent with fewer than two classes.
    std::optional<MulticlassRoc> roc;
    std::optional<MulticlassPrecisionRecall> precisionRecall;
    std::optional<Calibration> calibration;      // 10 bins on the top-class confidence
    double meanSquaredError = 0.0;               // regression
    double meanAbsoluteError = 0.0;              // regression
    double r2 = 0.0;                             // regression, uniform over outputs
    // Reconstruction (task=reconstruction): each sample's error, in the part's order;
    // their mean is meanSquaredError. R^2 is left out (border pixels that are always
    // zero make it meaningless).
    bool reconstruction = false;
    double noiseStd = 0.0;
    std::optional<ReconstructionErrors> reconstructionErrors;

    QJsonObject toJson() const;
    QString toText() const; // a table for people
};

// An autoencoder's outputs as the images they stand for: trained with
// bce_with_logits they are logits, and the reconstruction is their sigmoid; with
// other losses they are the reconstruction already. In place.
void outputsToReconstruction(Tensor& outputs, const QString& loss);

// Throws EngineError/DataError on a part with no samples or a model/data mismatch.
EvaluationReport evaluateProject(PreparedProject& project, DataPart part, int threads = 0);
// The same over any source of the project's samples (a cross-validation fold);
// `part` only labels the report.
EvaluationReport evaluateSource(PreparedProject& project, const BatchSource& source, DataPart part, ThreadPool& pool);

} // namespace nw
