#pragma once
// Numerical gradient checks: compares a layer's analytic input and parameter
// gradients with central differences of L = sum(output * R) for a fixed random R.
#include "engine/Layer.h"
#include "engine/Tensor.h"

#include <string>
#include <vector>

namespace nw::test {

struct GradientCheckOptions {
    bool training = true;
    float epsilon = 1e-2f;
    // Largest |analytic - numeric| / max(1, |analytic|, |numeric|) accepted.
    float tolerance = 2e-3f;
    int maxProbesPerTensor = 120; // elements probed per tensor (spread evenly)
    std::uint64_t seed = 7;
    std::uint64_t step = 1;       // ExecutionContext::step, fixes dropout masks
    // False for inputs that are not differentiable (token ids): only parameters are probed.
    bool checkInputs = true;
};

struct GradientCheckResult {
    float worstError = 0.0f;
    std::string worstPlace; // e.g. "input 0 [13]" or "param weight [4]"
    int probes = 0;
};

// Builds the layer for the inputs' sample shapes when `build` is true, initialises it
// with a seeded Rng, then checks every input's and every trainable parameter's gradient.
GradientCheckResult checkGradients(Layer& layer, std::vector<Tensor> inputs,
                                   const GradientCheckOptions& options = {}, bool build = true);

// A tensor of the given shape filled with values uniform in [lo, hi).
Tensor randomTensor(const Shape& shape, std::uint64_t seed, float lo = -1.0f, float hi = 1.0f);

} // namespace nw::test
