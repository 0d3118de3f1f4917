#include "Int8Tensor.h"

#include "engine/EngineError.h"

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

constexpr float kMaxLevel = 127.0f;

// Values per output channel: the product of every dimension after the first.
std::size_t channelLength(const Tensor& t, std::size_t channels)
{
    return channels ? t.size() / channels : 0;
}

} // namespace

Int8Tensor quantizeInt8(const Tensor& weight, WeightScales scales)
{
    if (!weight.allFinite())
        throw EngineError("a weight with a value that is not finite cannot be quantized");
    const std::size_t channels
        = scales == WeightScales::PerChannel && weight.rank() >= 1 ? static_cast<std::size_t>(weight.dim(0)) : 1;
    const std::size_t length = channelLength(weight, channels);
    Int8Tensor out{Tensor(weight.shape()), Tensor(Shape{static_cast<int>(channels)})};
    for (std::size_t c = 0; c < channels; ++c) {
        float largest = 0.0f;
        for (std::size_t i = c * length; i < (c + 1) * length; ++i)
            largest = std::max(largest, std::fabs(weight[i]));
        const float s = largest > 0.0f ? largest / kMaxLevel : 1.0f;
        out.scale[c] = s;
        for (std::size_t i = c * length; i < (c + 1) * length; ++i)
            out.values[i] = std::clamp(std::round(weight[i] / s), -kMaxLevel, kMaxLevel);
    }
    return out;
}

Tensor dequantizeInt8(const Int8Tensor& q)
{
    const std::size_t channels = q.scale.size();
    const bool perChannel = q.values.rank() >= 1 && channels == static_cast<std::size_t>(q.values.dim(0));
    if (channels != 1 && !perChannel)
        throw EngineError("an int8 weight of shape " + shapeToString(q.values.shape()) + " cannot have "
                          + std::to_string(channels) + " scales (1, or one per output channel)");
    Tensor out(q.values.shape());
    const std::size_t length = channelLength(q.values, channels);
    for (std::size_t c = 0; c < channels; ++c) {
        for (std::size_t i = c * length; i < (c + 1) * length; ++i)
            out[i] = q.values[i] * q.scale[c];
    }
    return out;
}

} // namespace nw
