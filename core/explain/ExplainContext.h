#pragma once
// What some methods need to know about the data the model was trained on, beyond
// the sample itself: the training split's mean sample (the `mean` baseline) and a
// few of its samples (tabular LIME draws switched-off features from them), and
// the names of the input features (tabular LIME and SHAP bars). Filled by the
// caller from the project's prepared data; every field may stay empty.
#include "engine/Tensor.h"

#include <string>
#include <vector>

namespace nw {

struct ExplainContext {
    Tensor trainingMean;     // one sample's shape, no batch dimension
    Tensor trainingSamples;  // [N, input...]: background rows for tabular LIME
    std::vector<std::string> featureNames; // tabular inputs: one per column
};

} // namespace nw
