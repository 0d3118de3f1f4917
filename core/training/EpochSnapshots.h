#pragma once
// A run's weights at the end of its epochs, for rewinding to epoch k: every epoch
// while they fit the memory budget (small models), and when the next one would
// not, every other kept epoch is let go (the first and the newest stay), so a long
// run of a big model keeps an even spread of its past within a bounded memory.
// The weights are shared and never changed (TrainingSession::epochWeights): keeping
// one costs no copy.
#include "engine/Tensor.h"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nw {

class EpochSnapshots {
public:
    using Weights = std::map<std::string, Tensor>;
    static constexpr std::size_t kDefaultBudgetBytes = std::size_t { 64 } << 20;

    explicit EpochSnapshots(std::size_t budgetBytes = kDefaultBudgetBytes);

    // `epoch` is 0-based; a later epoch replaces nothing earlier, an epoch already kept is replaced.
    void add(int epoch, std::shared_ptr<const Weights> weights);
    // The weights of exactly `epoch`, or null when it was not kept.
    std::shared_ptr<const Weights> at(int epoch) const;
    // The kept epoch nearest to `epoch` (the earlier on a tie); -1 when none is kept.
    int nearest(int epoch) const;
    std::vector<int> epochs() const; // kept, ascending
    bool empty() const { return m_snapshots.empty(); }
    std::size_t bytes() const { return m_bytes; }
    std::size_t budgetBytes() const { return m_budget; }

    static std::size_t bytesOf(const Weights& weights);

private:
    void thin();

    std::size_t m_budget;
    std::size_t m_bytes = 0;
    std::map<int, std::shared_ptr<const Weights>> m_snapshots;
};

} // namespace nw
