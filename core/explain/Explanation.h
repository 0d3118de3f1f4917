#pragma once
// What an explanation returns: the map, the class and score it explains, and the
// method's diagnostics. Plain data; owned by whoever asked.
#include "ExplainMethod.h"
#include "engine/Tensor.h"

#include <optional>
#include <string>
#include <vector>

namespace nw {

struct Explanation {
    ExplainMethod method = ExplainMethod::Gradient;
    int target = -1;                 // the class explained (-1 for projection)
    int predicted = -1;              // the network's own choice for this sample
    float score = 0.0f;              // the target's pre-softmax output for the sample
    std::vector<float> probabilities; // softmax of the outputs (sigmoid for one output)

    // The map, without a batch dimension. Its shape depends on the method: the
    // input's for gradient, gradient x input, SmoothGrad, IG, LIME and SHAP; [H, W]
    // for occlusion; the node's [H', W'] for Grad-CAM; the node's output for
    // activations; [N, 2] for projection.
    Tensor map;
    bool signedMap = true;

    // Integrated Gradients, and SHAP: the baseline's score and, for IG,
    // |sum(map) - (score - baselineScore)|.
    std::optional<float> baselineScore;
    std::optional<float> completenessGap;

    // LIME and SHAP: one value per feature (tabular column or image superpixel),
    // the features' names, and for images the superpixel of every pixel [H, W].
    std::vector<float> featureValues;
    std::vector<std::string> featureNames;
    Tensor segments;
    std::optional<float> intercept; // LIME's local model
    std::optional<float> localFit;  // LIME's weighted R^2 on its perturbations
    bool exact = false;             // SHAP: every coalition enumerated

    // Projection: the share of variance each of the two axes explains.
    std::vector<float> explainedVariance;
};

} // namespace nw
