#pragma once
// A project's dataset made ready to train on: read, split, and (tabular data)
// standardised with statistics from the training part; text encoded with a
// vocabulary of the training part's texts. Read-only once made, so
// training, evaluation, the decision boundary and their twins share one copy across
// threads. Made by PreparedDataCache; independent of the network.
#include "data/Dataset.h"
#include "data/DataSpec.h"
#include "data/DatasetSplit.h"
#include "data/FeatureScaler.h"
#include "data/Vocabulary.h"

#include <memory>
#include <string>
#include <vector>

namespace nw {

// A dataset as its loader read it, with what the loader reported.
struct LoadedDataset {
    std::shared_ptr<const Dataset> data;
    DataLoadReport report;
};

struct PreparedData {
    std::shared_ptr<const Dataset> data;     // standardised when tabular, encoded by `vocabulary` when text
    std::shared_ptr<const Dataset> testData; // a separate test set (dataset.test_spec), or null
    DatasetSplit split;
    FeatureScaler scaler; // fitted on split.train when the data is standardised
    // Standardised data only: the features as loaded, and which of them the scaler
    // standardises (one-hot columns stay as they are). Null / empty otherwise.
    std::shared_ptr<const Dataset> unscaledData;
    std::vector<bool> scaledFeatures;
    // Text (text:, words:): the vocabulary fitted on split.train that encodes `data`
    // and `testData`; what a project stores for prediction. Null otherwise.
    std::shared_ptr<const Vocabulary> vocabulary;
    std::vector<std::string> notes; // what loading did that the person should hear about
};

} // namespace nw
