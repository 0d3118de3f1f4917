#include "DatasetSplit.h"

#include "engine/Rng.h"
#include "engine/Shuffle.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nw {

namespace {

std::size_t roundedShare(std::size_t n, double fraction)
{
    return static_cast<std::size_t>(std::floor(static_cast<double>(n) * fraction + 0.5));
}

// Per-group counts for one part: floor of each group's exact share, then one more
// for the groups with the largest remainders until the part holds `total`. A group
// never gets more than its `capacity`.
std::vector<std::size_t> apportion(const std::vector<std::size_t>& groupSizes, double fraction, std::size_t total,
    const std::vector<std::size_t>& capacity)
{
    const std::size_t groups = groupSizes.size();
    std::vector<std::size_t> counts(groups);
    std::vector<double> remainders(groups);
    std::size_t assigned = 0;
    for (std::size_t g = 0; g < groups; ++g) {
        const double exact = static_cast<double>(groupSizes[g]) * fraction;
        counts[g] = std::min(static_cast<std::size_t>(std::floor(exact)), capacity[g]);
        remainders[g] = exact - static_cast<double>(counts[g]);
        assigned += counts[g];
    }
    std::vector<std::size_t> order(groups);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t g : order) {
        if (assigned >= total)
            break;
        if (counts[g] < capacity[g]) {
            ++counts[g];
            ++assigned;
        }
    }
    return counts;
}

void checkFraction(const Dataset& dataset, const char* what, float fraction)
{
    if (!(fraction >= 0.0f && fraction < 1.0f))
        throw DataError("dataset '" + dataset.name() + "': " + what + " fraction " + std::to_string(fraction)
            + " is outside [0, 1)");
}

} // namespace

DatasetSplit splitDataset(
    const Dataset& dataset, float validationFraction, float testFraction, std::uint64_t seed, bool stratified)
{
    checkFraction(dataset, "validation", validationFraction);
    checkFraction(dataset, "test", testFraction);
    if (!(static_cast<double>(validationFraction) + testFraction < 1.0))
        throw DataError("dataset '" + dataset.name() + "': validation and test fractions add up to "
            + std::to_string(validationFraction + testFraction) + ", leaving nothing to train on");

    // Groups of sample indices: one per class when stratified, else one for all.
    // Per-position labels give a sample no single class, so they split unstratified.
    std::vector<std::vector<std::size_t>> groups;
    if (stratified && dataset.task() == TaskKind::Classification && !dataset.hasPositionLabels()) {
        groups.resize(static_cast<std::size_t>(dataset.classCount()));
        for (std::size_t i = 0; i < dataset.size(); ++i)
            groups[static_cast<std::size_t>(dataset.labels()[i])].push_back(i);
    } else {
        groups.emplace_back(dataset.size());
        std::iota(groups[0].begin(), groups[0].end(), 0);
    }

    // Fractions arrive as floats (0.7f is 0.69999998...); back to the decimal the
    // user typed, so 10 samples at 0.7 give exactly 7 in every class of 10.
    const double test = std::round(static_cast<double>(testFraction) * 1e6) / 1e6;
    const double validation = std::round(static_cast<double>(validationFraction) * 1e6) / 1e6;

    std::vector<std::size_t> sizes;
    for (const auto& g : groups)
        sizes.push_back(g.size());
    const std::size_t n = dataset.size();
    const std::vector<std::size_t> testCounts = apportion(sizes, test, roundedShare(n, test), sizes);
    std::vector<std::size_t> left(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
        left[g] = sizes[g] - testCounts[g];
    const std::vector<std::size_t> validationCounts = apportion(sizes, validation, roundedShare(n, validation), left);

    // One generator walks the groups in class order, so the split depends only on
    // the dataset's labels and the seed.
    Rng rng(seed);
    DatasetSplit split;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<std::size_t>& members = groups[g];
        fisherYatesShuffle(members, rng);
        const auto testEnd = members.begin() + static_cast<std::ptrdiff_t>(testCounts[g]);
        const auto validationEnd = testEnd + static_cast<std::ptrdiff_t>(validationCounts[g]);
        split.test.insert(split.test.end(), members.begin(), testEnd);
        split.validation.insert(split.validation.end(), testEnd, validationEnd);
        split.train.insert(split.train.end(), validationEnd, members.end());
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    std::sort(split.test.begin(), split.test.end());
    return split;
}

} // namespace nw
