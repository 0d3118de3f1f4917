#pragma once
// The interpretable features LIME and Kernel SHAP switch on and off: for an image,
// superpixels (SLIC from OpenCV's ximgproc when the build has it, square cells of
// a grid otherwise), all channels of a pixel together; for any other input, each
// value on its own (a table's columns). A sample with some features off takes
// those values from a replacement (the baseline, or a training row).
#include "ExplainContext.h"
#include "ExplainOptions.h"
#include "engine/Tensor.h"

#include <string>
#include <vector>

namespace nw {

struct FeatureGroups {
    int count = 0;
    std::vector<int> groupOf;        // per value of the sample, in its layout
    std::vector<std::string> names;  // per feature
    Tensor segments;                 // images: the superpixel of every pixel [H, W]; empty otherwise
    bool image = false;
};

FeatureGroups makeFeatureGroups(const Tensor& sample, const ExplainOptions& options, const ExplainContext& context);

// dst = sample where the value's feature is on, `off` where it is off.
void composeSample(const FeatureGroups& groups, const Tensor& sample, const float* off, const std::vector<char>& on,
    float* dst);

// One value per feature spread over the sample's layout (every value of a
// superpixel gets the superpixel's value).
Tensor spreadOverInput(const FeatureGroups& groups, const std::vector<float>& perFeature, const Shape& shape);

// Whether this build segments images with SLIC (else a grid).
bool superpixelsUseSlic();

} // namespace nw
