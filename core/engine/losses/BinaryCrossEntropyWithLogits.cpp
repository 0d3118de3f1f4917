#include "BinaryCrossEntropyWithLogits.h"

#include "../EngineError.h"

#include <algorithm>
#include <cmath>

namespace nw {

float BinaryCrossEntropyWithLogits::compute(const Tensor& prediction, const Tensor& target,
                                            Tensor& predictionGrad) const
{
    if (prediction.size() != target.size())
        throw EngineError("binary cross-entropy needs one 0/1 target per output (" + shapeToString(prediction.shape())
                          + "), got " + shapeToString(target.shape()));
    predictionGrad.resize(prediction.shape());
    const std::size_t n = prediction.size();
    const float invN = 1.0f / static_cast<float>(n);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const float x = prediction[i];
        const float t = target[i];
        // max(x,0) - x t + log(1 + exp(-|x|)) never overflows.
        total += std::max(x, 0.0f) - x * t + std::log1p(std::exp(-std::abs(x)));
        const float sigmoid = x >= 0.0f ? 1.0f / (1.0f + std::exp(-x)) : std::exp(x) / (1.0f + std::exp(x));
        predictionGrad[i] = (sigmoid - t) * invN;
    }
    return static_cast<float>(total / static_cast<double>(n));
}

bool BinaryCrossEntropyWithLogits::countCorrect(const Tensor& prediction, const Tensor& target, std::size_t& correct,
                                                std::size_t& total) const
{
    correct = 0;
    total = prediction.size();
    for (std::size_t i = 0; i < total; ++i)
        correct += (prediction[i] > 0.0f) == (target[i] > 0.5f) ? 1 : 0;
    return true;
}

} // namespace nw
