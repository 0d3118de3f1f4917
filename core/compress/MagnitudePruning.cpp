#include "MagnitudePruning.h"

#include "CompressibleWeights.h"

#include "engine/EngineError.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace nw {

namespace {

struct Ranked {
    float magnitude;
    std::uint32_t tensor;
    std::uint32_t index;
    bool operator<(const Ranked& o) const
    {
        return std::tie(magnitude, tensor, index) < std::tie(o.magnitude, o.tensor, o.index);
    }
};

void checkSettings(const PruningSettings& s)
{
    if (s.criterion == PruningCriterion::Fraction && !(s.amount >= 0.0 && s.amount < 1.0))
        throw EngineError("the pruning fraction must be at least 0 and below 1, got " + std::to_string(s.amount));
    if (s.criterion == PruningCriterion::Threshold && !(s.amount >= 0.0 && std::isfinite(s.amount)))
        throw EngineError("the pruning threshold must be a finite number of at least 0, got "
                          + std::to_string(s.amount));
}

// Marks the `count` smallest of `ranked` as pruned in `keep` (indexed by tensor).
void pruneSmallest(std::vector<Ranked>& ranked, std::size_t count, std::vector<std::vector<std::uint8_t>>& keep)
{
    if (count == 0)
        return;
    std::nth_element(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count - 1), ranked.end());
    for (std::size_t i = 0; i < count; ++i)
        keep[ranked[i].tensor][ranked[i].index] = 0;
}

std::size_t roundedShare(double fraction, std::size_t n)
{
    return std::min(n, static_cast<std::size_t>(std::llround(fraction * static_cast<double>(n))));
}

} // namespace

PruningMasks pruneByMagnitude(Graph& graph, const PruningSettings& settings)
{
    checkSettings(settings);
    const std::vector<NamedParameter> weights = compressibleWeights(graph);
    std::vector<std::vector<std::uint8_t>> keep;
    for (const NamedParameter& p : weights)
        keep.emplace_back(p.param->value.size(), std::uint8_t(1));

    const auto rank = [&](std::size_t t, std::vector<Ranked>& into) {
        const Tensor& w = weights[t].param->value;
        for (std::size_t i = 0; i < w.size(); ++i)
            into.push_back({std::fabs(w[i]), static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(i)});
    };
    if (settings.criterion == PruningCriterion::Threshold) {
        const float threshold = static_cast<float>(settings.amount);
        for (std::size_t t = 0; t < weights.size(); ++t) {
            const Tensor& w = weights[t].param->value;
            for (std::size_t i = 0; i < w.size(); ++i)
                keep[t][i] = std::fabs(w[i]) < threshold ? 0 : 1;
        }
    } else if (settings.scope == PruningScope::Global) {
        std::vector<Ranked> ranked;
        for (std::size_t t = 0; t < weights.size(); ++t)
            rank(t, ranked);
        pruneSmallest(ranked, roundedShare(settings.amount, ranked.size()), keep);
    } else {
        std::vector<Ranked> ranked;
        for (std::size_t t = 0; t < weights.size(); ++t) {
            ranked.clear();
            rank(t, ranked);
            pruneSmallest(ranked, roundedShare(settings.amount, ranked.size()), keep);
        }
    }

    PruningMasks masks;
    for (std::size_t t = 0; t < weights.size(); ++t)
        masks.set(weights[t].name, std::move(keep[t]));
    masks.apply(graph);
    return masks;
}

} // namespace nw
