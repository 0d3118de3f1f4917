#pragma once
// Which weights pruning removed, per weight tensor ("fc1.weight"): one flag per
// value, 1 kept, 0 pruned. Fine-tuning keeps the pruning through attach(): the graph
// then holds the masks and the trainer applies them after every optimizer step,
// which puts each pruned weight back to exactly +0 whatever the optimizer's moments
// say (zeroing gradients alone would not do: Adam's and momentum's state keeps moving
// a weight after its gradient is gone). A plain value: whoever pruned owns it.
#include "engine/Graph.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nw {

class PruningMasks {
public:
    void set(const std::string& paramName, std::vector<std::uint8_t> keep);
    const std::map<std::string, std::vector<std::uint8_t>>& masks() const { return m_keep; }
    bool empty() const { return m_keep.empty(); }

    // Sets every pruned weight of the graph to +0. Throws EngineError, changing
    // nothing, when a masked tensor is missing or has another size.
    void apply(Graph& graph) const;
    // apply(), then hands the masks to the graph (Graph::setWeightMask) so that training
    // keeps them. Throws like apply().
    void attach(Graph& graph) const;

    std::size_t maskedValues() const; // values under a mask, kept or not
    std::size_t prunedValues() const;
    // Pruned over masked values; 0 with no masks.
    double sparsity() const;

private:
    std::map<std::string, std::vector<std::uint8_t>> m_keep;
};

} // namespace nw
