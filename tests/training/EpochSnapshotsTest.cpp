// A run's per-epoch weights within a memory budget: all of them while they fit, then
// an even spread that always keeps the first and the newest epoch.
#include "training/EpochSnapshots.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

std::shared_ptr<const EpochSnapshots::Weights> weightsOf(float value)
{
    return std::make_shared<const EpochSnapshots::Weights>(
        EpochSnapshots::Weights { { "fc.weight", Tensor({ 4, 4 }, value) } }); // 64 bytes
}

} // namespace

TEST(EpochSnapshots, KeepsEveryEpochWhileTheyFit)
{
    EpochSnapshots snapshots(64 * 10);
    for (int e = 0; e < 10; ++e)
        snapshots.add(e, weightsOf(static_cast<float>(e)));
    EXPECT_EQ(snapshots.epochs(), (std::vector<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
    EXPECT_EQ(snapshots.bytes(), 640u);
    ASSERT_TRUE(snapshots.at(7));
    EXPECT_EQ(snapshots.at(7)->at("fc.weight")[0], 7.0f);
    EXPECT_FALSE(snapshots.at(10));
}

TEST(EpochSnapshots, PastTheBudgetAnEvenSpreadStaysWithTheFirstAndTheNewest)
{
    EpochSnapshots snapshots(64 * 8);
    for (int e = 0; e < 30; ++e) {
        snapshots.add(e, weightsOf(static_cast<float>(e)));
        EXPECT_LE(snapshots.bytes(), snapshots.budgetBytes()) << e;
        EXPECT_EQ(snapshots.epochs().front(), 0);
        EXPECT_EQ(snapshots.epochs().back(), e);
    }
    const std::vector<int> kept = snapshots.epochs();
    EXPECT_GE(kept.size(), 4u) << "thinning halves, never empties";
    EXPECT_EQ(snapshots.bytes(), kept.size() * 64);
    // nearest(): the scrubber lands on a kept epoch.
    for (int e = 0; e < 30; ++e) {
        const int n = snapshots.nearest(e);
        ASSERT_TRUE(snapshots.at(n));
        for (int k : kept)
            EXPECT_LE(std::abs(n - e), std::abs(k - e)) << e;
    }
    EXPECT_EQ(EpochSnapshots().nearest(3), -1);
}
