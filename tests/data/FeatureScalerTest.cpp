#include "data/FeatureScaler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

using namespace nw;

namespace {

// Feature 0: 1, 3, 100, 200; feature 1 constant 7 on the training rows.
Dataset sample()
{
    Dataset d = Dataset::fromFloats("s", { 2 }, { 1, 7, 3, 7, 100, 7, 200, 9 }, { 0, 1, 0, 1 }, { "a", "b" });
    d.setOrigins({ { "f.csv", 2 }, { "f.csv", 3 }, { "f.csv", 4 }, { "f.csv", 5 } });
    return d;
}

std::vector<float> features(const Dataset& d)
{
    std::vector<std::size_t> idx(d.size());
    std::iota(idx.begin(), idx.end(), std::size_t { 0 });
    Tensor in, t;
    d.fillBatch(idx, in, t);
    return std::vector<float>(in.data(), in.data() + in.size());
}

} // namespace

TEST(FeatureScaler, UsesTrainingStatisticsOnly)
{
    const Dataset d = sample();
    const std::vector<std::size_t> train = { 0, 1 };
    FeatureScaler scaler;
    scaler.fit(d, train);
    // Mean and population std of {1, 3}: 2 and 1; the test rows 100 and 200 do not count.
    EXPECT_FLOAT_EQ(scaler.mean()[0], 2.0f);
    EXPECT_FLOAT_EQ(scaler.scale()[0], 1.0f);
    // Constant on the training rows: scale 1, not a division by zero.
    EXPECT_FLOAT_EQ(scaler.mean()[1], 7.0f);
    EXPECT_FLOAT_EQ(scaler.scale()[1], 1.0f);

    const Dataset scaled = scaler.apply(d);
    EXPECT_EQ(features(scaled), (std::vector<float> { -1, 0, 1, 0, 98, 0, 198, 2 }));
    EXPECT_EQ(scaled.labels(), d.labels());
    EXPECT_EQ(scaled.classNames(), d.classNames());
    EXPECT_EQ(scaled.origin(3).file, "f.csv");
    EXPECT_EQ(scaled.origin(3).index, 5);
}

TEST(FeatureScaler, StandardisesTrainingSplitToZeroMeanUnitStd)
{
    const Dataset d = sample();
    const std::vector<std::size_t> train = { 0, 2, 3 };
    FeatureScaler scaler;
    scaler.fit(d, train);
    const std::vector<float> x = features(scaler.apply(d));
    double sum = 0, squares = 0;
    for (std::size_t i : train) {
        sum += x[2 * i];
        squares += x[2 * i] * x[2 * i];
    }
    EXPECT_NEAR(sum / 3, 0.0, 1e-6);
    EXPECT_NEAR(squares / 3, 1.0, 1e-5);
}

TEST(FeatureScaler, MaskedFeaturesPassThrough)
{
    const Dataset d = sample();
    const std::vector<std::size_t> train = { 0, 1, 2, 3 };
    FeatureScaler scaler;
    scaler.fit(d, train, { false, true });
    EXPECT_EQ(scaler.mean()[0], 0.0f);
    EXPECT_EQ(scaler.scale()[0], 1.0f);
    EXPECT_FLOAT_EQ(scaler.mean()[1], 7.5f);
}

TEST(FeatureScaler, RegressionAndByteDatasetsKeepTargets)
{
    const Dataset reg = Dataset::regression("r", { 1 }, { 2, 4 }, { 1 }, { 0.5f, -1.5f });
    FeatureScaler scaler;
    const std::vector<std::size_t> all = { 0, 1 };
    scaler.fit(reg, all);
    const Dataset scaled = scaler.apply(reg);
    EXPECT_EQ(features(scaled), (std::vector<float> { -1, 1 }));
    Tensor in, t;
    scaled.fillBatch(all, in, t);
    EXPECT_EQ(t[1], -1.5f);

    const Dataset bytes = Dataset::fromBytes("b", { 1 }, { 0, 255 }, 1.0f / 255.0f, { 0, 0 }, { "x" });
    scaler.fit(bytes, all);
    EXPECT_FLOAT_EQ(scaler.mean()[0], 0.5f);
    EXPECT_EQ(features(scaler.apply(bytes)), (std::vector<float> { -1, 1 }));
}

TEST(FeatureScaler, SavedStatisticsRebuildTheScaler)
{
    const FeatureScaler scaler({ 2.0f, 7.0f }, { 1.0f, 1.0f });
    EXPECT_TRUE(scaler.isFitted());
    EXPECT_EQ(features(scaler.apply(sample()))[0], -1.0f);
    EXPECT_THROW(FeatureScaler({ 1.0f }, { 0.0f }), DataError);
    EXPECT_THROW(FeatureScaler({ 1.0f }, { 1.0f, 2.0f }), DataError);
}

TEST(FeatureScaler, MisuseIsADataError)
{
    FeatureScaler scaler;
    EXPECT_THROW(scaler.apply(sample()), DataError);
    EXPECT_THROW(scaler.fit(sample(), std::vector<std::size_t> {}), DataError);
    EXPECT_THROW(scaler.fit(sample(), std::vector<std::size_t> { 9 }), DataError);
    scaler.fit(sample(), std::vector<std::size_t> { 0, 1 });
    const Dataset wide = Dataset::fromFloats("w", { 3 }, { 1, 2, 3 }, { 0 }, { "a" });
    EXPECT_THROW(scaler.apply(wide), DataError);
}
