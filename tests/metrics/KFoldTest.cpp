#include "metrics/KFold.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

using namespace nw;

namespace {
// 50 / 30 / 7 samples of three classes, interleaved.
std::vector<int> unbalancedLabels()
{
    std::vector<int> labels;
    for (int i = 0; i < 87; ++i)
        labels.push_back(i < 50 ? 0 : i < 80 ? 1 : 2);
    std::rotate(labels.begin(), labels.begin() + 23, labels.end());
    return labels;
}
} // namespace

TEST(KFold, EverySampleIsTestedExactlyOnceAndTrainIsTheRest)
{
    const auto labels = unbalancedLabels();
    const auto folds = stratifiedKFold(labels, 5, 42);
    ASSERT_EQ(folds.size(), 5u);
    std::vector<int> tested(labels.size(), 0);
    for (const Fold& f : folds) {
        EXPECT_TRUE(std::is_sorted(f.test.begin(), f.test.end()));
        EXPECT_TRUE(std::is_sorted(f.train.begin(), f.train.end()));
        EXPECT_EQ(f.train.size() + f.test.size(), labels.size());
        std::vector<std::size_t> all = f.train;
        all.insert(all.end(), f.test.begin(), f.test.end());
        std::sort(all.begin(), all.end());
        EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end()) << "train and test overlap";
        for (const std::size_t i : f.test)
            ++tested[i];
    }
    EXPECT_TRUE(std::all_of(tested.begin(), tested.end(), [](int n) { return n == 1; }));
}

TEST(KFold, FoldsAreStratifiedAndBalanced)
{
    const auto labels = unbalancedLabels();
    const auto folds = stratifiedKFold(labels, 5, 7);
    const std::map<int, double> share { { 0, 50 / 5.0 }, { 1, 30 / 5.0 }, { 2, 7 / 5.0 } };
    for (const Fold& f : folds) {
        EXPECT_TRUE(f.test.size() == 17 || f.test.size() == 18) << f.test.size();
        std::map<int, int> counts;
        for (const std::size_t i : f.test)
            ++counts[labels[i]];
        for (const auto& [label, expected] : share)
            EXPECT_LE(std::abs(counts[label] - expected), 1.0) << "class " << label;
    }
}

TEST(KFold, SameSeedSameFoldsOtherSeedOtherFolds)
{
    const auto labels = unbalancedLabels();
    const auto a = stratifiedKFold(labels, 3, 11);
    const auto b = stratifiedKFold(labels, 3, 11);
    const auto c = stratifiedKFold(labels, 3, 12);
    for (std::size_t f = 0; f < a.size(); ++f)
        EXPECT_EQ(a[f].test, b[f].test);
    bool differs = false;
    for (std::size_t f = 0; f < a.size(); ++f)
        differs = differs || a[f].test != c[f].test;
    EXPECT_TRUE(differs);
}

TEST(KFold, ShufflesWithinClasses)
{
    // Without a shuffle the first fold would hold samples 0, 3, 6, ...
    const auto folds = kFold(30, 3, 5);
    std::vector<std::size_t> strided;
    for (std::size_t i = 0; i < 30; i += 3)
        strided.push_back(i);
    EXPECT_NE(folds[0].test, strided);
    EXPECT_EQ(folds[0].test.size(), 10u);
}

TEST(KFold, RefusesTooFewFoldsOrSamples)
{
    EXPECT_THROW(kFold(10, 1, 1), std::invalid_argument);
    EXPECT_THROW(kFold(3, 4, 1), std::invalid_argument);
    EXPECT_NO_THROW(kFold(4, 4, 1));
}
