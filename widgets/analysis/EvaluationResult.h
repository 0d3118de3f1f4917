#pragma once
// One evaluation of a trained project on one split, as the analysis panels read
// it: the aggregate EvaluationReport plus what each sample got (class
// probabilities, predicted class, loss) and where it lives in the dataset, so any
// number on a panel leads back to its samples. Built once by EvaluationRunner on a
// worker thread, then shared read-only (std::shared_ptr<const EvaluationResult>)
// by every panel; nothing in it refers to live training state.
#include "LatentSpace.h"
#include "data/Dataset.h"
#include "training/ProjectEvaluation.h"

#include <QString>

#include <memory>
#include <vector>

namespace nw {

struct EvaluationResult {
    EvaluationReport report;
    DataPart part = DataPart::Test;
    int classCount = 0; // 0 for regression
    std::vector<std::size_t> datasetIndices; // per evaluated sample (or position): its index in `dataset`
    std::vector<int> trueClasses; // classification
    std::vector<int> predictedClasses; // classification: argmax of the probabilities
    std::vector<float> probabilities; // [samples * classCount], rows sum to 1
    // Cross-entropy of the class probabilities (classification, no label smoothing),
    // or the mean squared error over the outputs (regression).
    std::vector<float> losses;
    std::vector<float> outputs; // regression: [samples * outputsPerSample]
    int outputsPerSample = 0;
    // Per-position labels (tagging): every sample has this many rows, one per
    // position, in order; 1 otherwise. Row k is position k % positionsPerSample.
    int positionsPerSample = 1;
    // Reconstruction data: the bottleneck and, for 2 units, the latent space with its
    // decoder (LatentSpace); null otherwise.
    std::shared_ptr<const LatentSpace> latent;
    // The dataset the indices point into; kept alive by the result itself.
    std::shared_ptr<const Dataset> dataset;

    std::size_t sampleCount() const { return datasetIndices.size(); }
    float probability(std::size_t sample, int cls) const
    {
        return probabilities[sample * static_cast<std::size_t>(classCount) + static_cast<std::size_t>(cls)];
    }
    // Positions (0..sampleCount) of the samples with this true and predicted class.
    std::vector<std::size_t> samplesIn(int trueClass, int predictedClass) const;
    // Position of the sample with this dataset index (its first row), or -1.
    long long positionOf(std::size_t datasetIndex) const;
    QString className(int cls) const;
};

} // namespace nw
