#pragma once
// What one explanation is asked to do: the method, the target and the method's
// parameters. Zero for `samples` means the method's own default.
#include "ExplainMethod.h"

#include <cstdint>
#include <string>

namespace nw {

struct ExplainOptions {
    ExplainMethod method = ExplainMethod::Gradient;
    int target = -1;         // class index whose score is explained; -1: the predicted class
    std::string node;        // Grad-CAM, activations, projection: an engine node id
    int steps = 50;          // Integrated Gradients: path steps N (N + 1 points, trapezoid rule)
    ExplainBaseline baseline = ExplainBaseline::Zeros; // IG, occlusion, LIME and SHAP on images
    int window = 4;          // occlusion: square window side, in pixels
    int stride = 2;          // occlusion: window step, in pixels
    int samples = 0;         // SmoothGrad copies (25), LIME / sampled SHAP perturbations (1000)
    float noise = 0.15f;     // SmoothGrad: noise sigma as a fraction of the input's value range
    std::uint64_t seed = 0;  // SmoothGrad noise, LIME and SHAP sampling
    int superpixels = 50;    // LIME and SHAP on images: SLIC's target number of regions

    static constexpr int kDefaultSmoothGradSamples = 25;
    static constexpr int kDefaultPerturbationSamples = 1000;
    // Kernel SHAP enumerates every coalition up to this many features (2^12 model runs).
    static constexpr int kExactShapFeatures = 12;
};

} // namespace nw
