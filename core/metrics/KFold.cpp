#include "KFold.h"

#include "engine/Shuffle.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

namespace nw {

namespace {
// SplitMix64: the metrics room needs a few reproducible random numbers and no
// dependency on the engine's generators; its output is the same everywhere.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) without modulo bias worth speaking of for n << 2^64.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};
} // namespace

std::vector<Fold> stratifiedKFold(std::span<const int> labels, int folds, std::uint64_t seed)
{
    if (folds < 2)
        throw std::invalid_argument("k-fold cross-validation needs at least 2 folds, got " + std::to_string(folds));
    if (static_cast<std::size_t>(folds) > labels.size())
        throw std::invalid_argument(
            "cannot make " + std::to_string(folds) + " folds of " + std::to_string(labels.size()) + " samples");
    std::map<int, std::vector<std::size_t>> byClass;
    for (std::size_t i = 0; i < labels.size(); ++i)
        byClass[labels[i]].push_back(i);
    SplitMix64 rng(seed);
    std::vector<std::vector<std::size_t>> test(static_cast<std::size_t>(folds));
    std::size_t deal = 0;
    for (auto& [label, members] : byClass) {
        fisherYatesShuffle(members, rng);
        for (const std::size_t index : members)
            test[deal++ % test.size()].push_back(index);
    }
    std::vector<Fold> result(test.size());
    std::vector<int> foldOf(labels.size());
    for (std::size_t f = 0; f < test.size(); ++f)
        for (const std::size_t index : test[f])
            foldOf[index] = static_cast<int>(f);
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (std::size_t f = 0; f < result.size(); ++f)
            (static_cast<int>(f) == foldOf[i] ? result[f].test : result[f].train).push_back(i);
    return result;
}

std::vector<Fold> kFold(std::size_t samples, int folds, std::uint64_t seed)
{
    const std::vector<int> one(samples, 0);
    return stratifiedKFold(one, folds, seed);
}

} // namespace nw
