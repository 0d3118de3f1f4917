#include "data/DatasetSplit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace nw;

namespace {

// 1,000 samples of four unbalanced classes (500 / 300 / 150 / 50), interleaved.
Dataset unbalanced()
{
    std::vector<int> labels;
    for (int i = 0; i < 1000; ++i)
        labels.push_back(i % 20 < 10 ? 0 : i % 20 < 16 ? 1 : i % 20 < 19 ? 2 : 3);
    std::vector<float> features(labels.size());
    for (std::size_t i = 0; i < features.size(); ++i)
        features[i] = static_cast<float>(i);
    return Dataset::fromFloats("unbalanced", { 1 }, std::move(features), std::move(labels), { "a", "b", "c", "d" });
}

void expectPartition(const DatasetSplit& s, std::size_t n)
{
    for (const auto* part : { &s.train, &s.validation, &s.test })
        EXPECT_TRUE(std::is_sorted(part->begin(), part->end()));
    std::vector<std::size_t> all;
    for (const auto* part : { &s.train, &s.validation, &s.test })
        all.insert(all.end(), part->begin(), part->end());
    std::sort(all.begin(), all.end());
    ASSERT_EQ(all.size(), n);
    for (std::size_t i = 0; i < n; ++i)
        ASSERT_EQ(all[i], i); // every sample exactly once
}

} // namespace

TEST(DatasetSplit, PartSizesFollowFractions)
{
    const Dataset d = unbalanced();
    const DatasetSplit s = splitDataset(d, 0.2f, 0.1f, 5);
    EXPECT_EQ(s.validation.size(), 200u);
    EXPECT_EQ(s.test.size(), 100u);
    EXPECT_EQ(s.train.size(), 700u);
    expectPartition(s, d.size());
}

TEST(DatasetSplit, StratifiedKeepsClassProportionsWithinOneSample)
{
    const Dataset d = unbalanced();
    const std::vector<std::size_t> total = d.classCounts();
    for (auto [v, t] : { std::pair { 0.2f, 0.1f }, { 0.15f, 0.15f }, { 0.33f, 0.07f }, { 0.0f, 0.25f } }) {
        SCOPED_TRACE(std::to_string(v) + " / " + std::to_string(t));
        const DatasetSplit s = splitDataset(d, v, t, 11);
        expectPartition(s, d.size());
        const auto val = d.classCounts(s.validation);
        const auto test = d.classCounts(s.test);
        for (std::size_t c = 0; c < total.size(); ++c) {
            EXPECT_LE(std::abs(static_cast<double>(val[c]) - total[c] * static_cast<double>(v)), 1.0) << c;
            EXPECT_LE(std::abs(static_cast<double>(test[c]) - total[c] * static_cast<double>(t)), 1.0) << c;
        }
    }
    // Odd class sizes: 7 samples per class, 3 classes, a third each way.
    std::vector<int> labels;
    for (int i = 0; i < 21; ++i)
        labels.push_back(i % 3);
    const Dataset small = Dataset::fromFloats("small", { 1 }, std::vector<float>(21, 0.0f), labels, { "x", "y", "z" });
    const DatasetSplit s = splitDataset(small, 0.3f, 0.3f, 2);
    expectPartition(s, 21);
    for (std::size_t c = 0; c < 3; ++c) {
        EXPECT_LE(std::abs(static_cast<double>(small.classCounts(s.validation)[c]) - 2.1), 1.0);
        EXPECT_LE(std::abs(static_cast<double>(small.classCounts(s.test)[c]) - 2.1), 1.0);
    }
}

TEST(DatasetSplit, SameSeedSameSplitOtherSeedOtherSplit)
{
    const Dataset d = unbalanced();
    const DatasetSplit a = splitDataset(d, 0.2f, 0.2f, 99);
    const DatasetSplit b = splitDataset(d, 0.2f, 0.2f, 99);
    const DatasetSplit c = splitDataset(d, 0.2f, 0.2f, 100);
    EXPECT_EQ(a.train, b.train);
    EXPECT_EQ(a.validation, b.validation);
    EXPECT_EQ(a.test, b.test);
    EXPECT_NE(a.test, c.test);
}

TEST(DatasetSplit, RegressionAndUnstratifiedAreSeededShuffles)
{
    std::vector<float> x(50), y(50);
    for (int i = 0; i < 50; ++i)
        x[static_cast<std::size_t>(i)] = y[static_cast<std::size_t>(i)] = static_cast<float>(i);
    const Dataset reg = Dataset::regression("reg", { 1 }, x, { 1 }, y);
    const DatasetSplit s = splitDataset(reg, 0.2f, 0.3f, 4);
    expectPartition(s, 50);
    EXPECT_EQ(s.validation.size(), 10u);
    EXPECT_EQ(s.test.size(), 15u);
    EXPECT_EQ(splitDataset(reg, 0.2f, 0.3f, 4).test, s.test);
    // Not just the first samples: the shuffle spreads the test part out.
    EXPECT_GT(s.test.back(), 15u);

    const Dataset d = unbalanced();
    const DatasetSplit plain = splitDataset(d, 0.1f, 0.1f, 8, false);
    expectPartition(plain, d.size());
    EXPECT_EQ(plain.test.size(), 100u);
}

TEST(DatasetSplit, ZeroFractionsGiveEmptyParts)
{
    const Dataset d = unbalanced();
    const DatasetSplit s = splitDataset(d, 0.0f, 0.0f, 1);
    EXPECT_EQ(s.train.size(), 1000u);
    EXPECT_TRUE(s.validation.empty());
    EXPECT_TRUE(s.test.empty());
}

TEST(DatasetSplit, BadFractionsAreRefusedWithReason)
{
    const Dataset d = unbalanced();
    auto errorOf = [&](float v, float t) -> std::string {
        try {
            splitDataset(d, v, t, 1);
        } catch (const DataError& e) {
            return e.what();
        }
        return "";
    };
    EXPECT_NE(errorOf(-0.1f, 0.1f).find("validation fraction"), std::string::npos);
    EXPECT_NE(errorOf(0.1f, 1.0f).find("test fraction"), std::string::npos);
    EXPECT_NE(errorOf(0.6f, 0.4f).find("nothing to train on"), std::string::npos);
    EXPECT_NE(errorOf(std::nanf(""), 0.1f).find("unbalanced"), std::string::npos);
}
