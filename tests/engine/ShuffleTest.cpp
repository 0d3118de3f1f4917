// The shared Fisher-Yates shuffle: the exact order a seed gives is pinned, because
// splits, k-fold deals and batch orders saved in earlier runs depend on it.
#include "engine/Rng.h"
#include "engine/Shuffle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <span>
#include <vector>

using namespace nw;

namespace {

// A generator that records what it was asked for and always answers 0.
struct RecordingGenerator {
    std::vector<std::size_t> asked;
    std::size_t below(std::size_t n)
    {
        asked.push_back(n);
        return 0;
    }
};

} // namespace

TEST(Shuffle, SeedGivesThePinnedOrder)
{
    std::vector<int> v(10);
    std::iota(v.begin(), v.end(), 0);
    Rng rng(42);
    fisherYatesShuffle(v, rng);
    EXPECT_EQ(v, (std::vector<int> { 9, 6, 8, 2, 3, 1, 4, 0, 5, 7 }));
}

TEST(Shuffle, DrawsFromTheLastElementDown)
{
    std::vector<int> v { 0, 1, 2, 3 };
    RecordingGenerator rng;
    fisherYatesShuffle(v, rng);
    EXPECT_EQ(rng.asked, (std::vector<std::size_t> { 4, 3, 2 }));
    // Swaps (3,0), (2,0), (1,0) in turn.
    EXPECT_EQ(v, (std::vector<int> { 1, 2, 3, 0 }));
}

TEST(Shuffle, KeepsEveryElementAndTakesSpans)
{
    std::vector<std::size_t> v(1000);
    std::iota(v.begin(), v.end(), std::size_t { 0 });
    Rng rng(7);
    fisherYatesShuffle(std::span(v).subspan(100, 800), rng);
    EXPECT_TRUE(std::is_sorted(v.begin(), v.begin() + 100));
    EXPECT_TRUE(std::is_sorted(v.begin() + 900, v.end()));
    EXPECT_FALSE(std::is_sorted(v.begin() + 100, v.begin() + 900));
    std::sort(v.begin(), v.end());
    for (std::size_t i = 0; i < v.size(); ++i)
        ASSERT_EQ(v[i], i);

    std::vector<int> empty, one { 5 };
    RecordingGenerator never;
    fisherYatesShuffle(empty, never);
    fisherYatesShuffle(one, never);
    EXPECT_TRUE(never.asked.empty());
    EXPECT_EQ(one, std::vector<int> { 5 });
}
