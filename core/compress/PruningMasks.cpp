#include "PruningMasks.h"

#include "engine/EngineError.h"

#include <algorithm>

namespace nw {

void PruningMasks::set(const std::string& paramName, std::vector<std::uint8_t> keep)
{
    m_keep[paramName] = std::move(keep);
}

void PruningMasks::apply(Graph& graph) const
{
    std::map<std::string, Parameter*> byName;
    for (const NamedParameter& p : graph.namedParameters())
        byName.emplace(p.name, p.param);
    // Check every mask before touching any weight: all or nothing.
    for (const auto& [name, keep] : m_keep) {
        const auto it = byName.find(name);
        if (it == byName.end())
            throw EngineError("the pruning mask names '" + name + "', which the network does not have");
        if (it->second->value.size() != keep.size())
            throw EngineError("the pruning mask of '" + name + "' has " + std::to_string(keep.size())
                              + " values but the weight has " + std::to_string(it->second->value.size()));
    }
    for (const auto& [name, keep] : m_keep) {
        float* w = byName.at(name)->value.data();
        for (std::size_t i = 0; i < keep.size(); ++i) {
            if (!keep[i])
                w[i] = 0.0f;
        }
    }
}

void PruningMasks::attach(Graph& graph) const
{
    apply(graph);
    for (const auto& [name, keep] : m_keep)
        graph.setWeightMask(name, keep);
}

std::size_t PruningMasks::maskedValues() const
{
    std::size_t n = 0;
    for (const auto& [name, keep] : m_keep)
        n += keep.size();
    return n;
}

std::size_t PruningMasks::prunedValues() const
{
    std::size_t n = 0;
    for (const auto& [name, keep] : m_keep)
        n += static_cast<std::size_t>(std::count(keep.begin(), keep.end(), std::uint8_t(0)));
    return n;
}

double PruningMasks::sparsity() const
{
    const std::size_t masked = maskedValues();
    return masked ? static_cast<double>(prunedValues()) / static_cast<double>(masked) : 0.0;
}

} // namespace nw
