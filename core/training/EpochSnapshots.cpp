#include "EpochSnapshots.h"

#include <iterator>

namespace nw {

EpochSnapshots::EpochSnapshots(std::size_t budgetBytes)
    : m_budget(budgetBytes)
{
}

std::size_t EpochSnapshots::bytesOf(const Weights& weights)
{
    std::size_t bytes = 0;
    for (const auto& [name, tensor] : weights)
        bytes += tensor.size() * sizeof(float);
    return bytes;
}

void EpochSnapshots::add(int epoch, std::shared_ptr<const Weights> weights)
{
    if (!weights)
        return;
    if (const auto it = m_snapshots.find(epoch); it != m_snapshots.end()) {
        m_bytes -= bytesOf(*it->second);
        m_snapshots.erase(it);
    }
    m_bytes += bytesOf(*weights);
    m_snapshots.emplace(epoch, std::move(weights));
    while (m_bytes > m_budget && m_snapshots.size() > 2)
        thin();
}

void EpochSnapshots::thin()
{
    // Drops the 2nd, 4th, ... kept epochs; the first and the newest always stay.
    const int newest = m_snapshots.rbegin()->first;
    bool drop = false;
    for (auto it = m_snapshots.begin(); it != m_snapshots.end();) {
        if (drop && it->first != newest) {
            m_bytes -= bytesOf(*it->second);
            it = m_snapshots.erase(it);
        } else {
            ++it;
        }
        drop = !drop;
    }
}

std::shared_ptr<const EpochSnapshots::Weights> EpochSnapshots::at(int epoch) const
{
    const auto it = m_snapshots.find(epoch);
    return it == m_snapshots.end() ? nullptr : it->second;
}

int EpochSnapshots::nearest(int epoch) const
{
    if (m_snapshots.empty())
        return -1;
    const auto after = m_snapshots.lower_bound(epoch);
    if (after == m_snapshots.end())
        return std::prev(after)->first;
    if (after == m_snapshots.begin() || after->first == epoch)
        return after->first;
    const auto before = std::prev(after);
    return epoch - before->first <= after->first - epoch ? before->first : after->first;
}

std::vector<int> EpochSnapshots::epochs() const
{
    std::vector<int> kept;
    kept.reserve(m_snapshots.size());
    for (const auto& [epoch, weights] : m_snapshots)
        kept.push_back(epoch);
    return kept;
}

} // namespace nw
