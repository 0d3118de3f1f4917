#pragma once
// The one Fisher-Yates shuffle behind every seeded order in Netwright: training
// batches, the validation hold-out, dataset splits and k-fold deals. Walking from
// the last element down and swapping element i-1 with rng.below(i) is part of the
// contract: saved projects and tests expect the same seed to give the same order,
// so the draws must stay these, in this order.
//
// A template over the generator (anything with below(n) in [0, n)), because the
// metrics room deals its folds with its own SplitMix64 rather than the engine's Rng.
#include <cstddef>
#include <iterator>
#include <ranges>

namespace nw {

template <std::ranges::random_access_range Range, typename Generator>
void fisherYatesShuffle(Range&& items, Generator& rng)
{
    const auto first = std::ranges::begin(items);
    for (auto i = static_cast<std::size_t>(std::ranges::size(items)); i > 1; --i)
        std::ranges::iter_swap(first + static_cast<std::ptrdiff_t>(i - 1),
            first + static_cast<std::ptrdiff_t>(rng.below(i)));
}

} // namespace nw
