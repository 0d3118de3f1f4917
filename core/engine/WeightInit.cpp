#include "WeightInit.h"

#include "Rng.h"
#include "Tensor.h"

#include <cmath>

namespace nw {

void initializeWeights(Tensor& weights, WeightInit scheme, int fanIn, int fanOut, Rng& rng)
{
    const float in = static_cast<float>(fanIn > 0 ? fanIn : 1);
    const float out = static_cast<float>(fanOut > 0 ? fanOut : 1);
    float* w = weights.data();
    const std::size_t n = weights.size();
    switch (scheme) {
    case WeightInit::HeUniform: {
        const float limit = std::sqrt(6.0f / in);
        for (std::size_t i = 0; i < n; ++i)
            w[i] = rng.uniform(-limit, limit);
        break;
    }
    case WeightInit::HeNormal: {
        const float stddev = std::sqrt(2.0f / in);
        for (std::size_t i = 0; i < n; ++i)
            w[i] = rng.normal(0.0f, stddev);
        break;
    }
    case WeightInit::XavierUniform: {
        const float limit = std::sqrt(6.0f / (in + out));
        for (std::size_t i = 0; i < n; ++i)
            w[i] = rng.uniform(-limit, limit);
        break;
    }
    case WeightInit::XavierNormal: {
        const float stddev = std::sqrt(2.0f / (in + out));
        for (std::size_t i = 0; i < n; ++i)
            w[i] = rng.normal(0.0f, stddev);
        break;
    }
    }
}

std::string weightInitName(WeightInit scheme)
{
    switch (scheme) {
    case WeightInit::HeUniform: return "he_uniform";
    case WeightInit::HeNormal: return "he_normal";
    case WeightInit::XavierUniform: return "xavier_uniform";
    case WeightInit::XavierNormal: return "xavier_normal";
    }
    return "he_uniform";
}

std::optional<WeightInit> weightInitFromName(const std::string& name)
{
    for (WeightInit s : {WeightInit::HeUniform, WeightInit::HeNormal, WeightInit::XavierUniform,
                         WeightInit::XavierNormal})
        if (weightInitName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace nw
