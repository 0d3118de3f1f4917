// SmoothGrad (Smilkov et al. 2017): the mean gradient over copies of the sample
// with Gaussian noise added, sigma a fraction of the sample's value range. All
// copies run as one batch; the noise comes from the seed alone.
#include "AttributionMethods.h"
#include "ExplainModel.h"
#include "Explainer.h"
#include "engine/Rng.h"

#include <algorithm>
#include <cstring>

namespace nw {

Explanation smoothGrad(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext&)
{
    const int copies = options.samples > 0 ? options.samples : ExplainOptions::kDefaultSmoothGradSamples;
    if (!(options.noise >= 0.0f))
        throw ExplainError(ExplainProblem::NegativeNoise, { std::to_string(options.noise) });
    const auto [lo, hi] = std::minmax_element(sample.data(), sample.data() + sample.size());
    const float range = sample.size() ? *hi - *lo : 0.0f;
    const float sigma = options.noise * (range > 0.0f ? range : 1.0f);

    Shape shape{ copies };
    shape.insert(shape.end(), sample.shape().begin(), sample.shape().end());
    Tensor batch(shape);
    Rng rng(options.seed);
    const std::size_t size = sample.size();
    for (int k = 0; k < copies; ++k) {
        float* dst = batch.data() + static_cast<std::size_t>(k) * size;
        for (std::size_t i = 0; i < size; ++i)
            dst[i] = sample[i] + rng.normal(0.0f, sigma);
    }
    const Tensor grads = model.gradients(batch, target).input;
    Explanation e;
    e.map = Tensor(sample.shape());
    // Summed in sample order, in double: the same map on any thread count.
    for (std::size_t i = 0; i < size; ++i) {
        double sum = 0.0;
        for (int k = 0; k < copies; ++k)
            sum += grads[static_cast<std::size_t>(k) * size + i];
        e.map[i] = static_cast<float>(sum / copies);
    }
    return e;
}

} // namespace nw
