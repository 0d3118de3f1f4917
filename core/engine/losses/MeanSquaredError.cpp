#include "MeanSquaredError.h"

#include "../EngineError.h"

namespace nw {

float MeanSquaredError::compute(const Tensor& prediction, const Tensor& target, Tensor& predictionGrad) const
{
    if (prediction.size() != target.size())
        throw EngineError("mean squared error needs targets shaped like the output (" + shapeToString(prediction.shape())
                          + "), got " + shapeToString(target.shape()));
    predictionGrad.resize(prediction.shape());
    const auto diff = prediction.array() - target.array();
    const float n = static_cast<float>(prediction.size());
    predictionGrad.array() = diff * (2.0f / n);
    return static_cast<float>(diff.cast<double>().square().sum() / n);
}

} // namespace nw
