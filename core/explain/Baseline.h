#pragma once
// The reference input attribution methods compare a sample with: zeros, the
// training split's mean sample, or the sample itself heavily blurred (images
// only; Sturmfels et al. 2020, "Visualizing the Impact of Feature Attribution
// Baselines"). Throws ExplainError when the baseline cannot be made.
#include "ExplainContext.h"
#include "ExplainMethod.h"
#include "engine/Tensor.h"

namespace nw {

Tensor makeBaseline(ExplainBaseline baseline, const Tensor& sample, const ExplainContext& context);

// The Gaussian sigma of the blur baseline for an image of this size, in pixels.
double blurBaselineSigma(int height, int width);

// Image inputs are [C, H, W]; everything else is treated as a vector of features.
bool isImageShape(const Shape& shape);

} // namespace nw
