#include "ModelSize.h"

#include <algorithm>

namespace nw {

std::size_t modelBytes(Graph& graph, const PruningMasks* masks, const Int8Model* model)
{
    std::size_t bytes = 0;
    for (const NamedParameter& p : graph.namedParameters()) {
        const std::size_t n = p.param->value.size();
        const auto q = model ? model->weights.find(p.name) : std::map<std::string, Int8Tensor>::const_iterator{};
        const bool quantized = model && q != model->weights.end();
        const std::size_t valueBytes = quantized ? 1 : sizeof(float);
        const auto mask = masks ? masks->masks().find(p.name) : std::map<std::string, std::vector<std::uint8_t>>::const_iterator{};
        if (masks && mask != masks->masks().end()) {
            const auto kept = static_cast<std::size_t>(std::count(mask->second.begin(), mask->second.end(), std::uint8_t(1)));
            bytes += kept * valueBytes + (n + 7) / 8;
        } else {
            bytes += n * valueBytes;
        }
        if (quantized)
            bytes += q->second.scale.size() * sizeof(float);
    }
    if (model)
        bytes += model->inputScales.size() * sizeof(float);
    return bytes;
}

} // namespace nw
