#include "data/ToyDatasets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace nw;

namespace {

const std::vector<ToyKind> kAllKinds
    = { ToyKind::Circle, ToyKind::Xor, ToyKind::Gaussians, ToyKind::Spiral, ToyKind::Plane, ToyKind::MultiGaussian };

bool isRegression(ToyKind kind)
{
    return kind == ToyKind::Plane || kind == ToyKind::MultiGaussian;
}

// All inputs and targets of a dataset, in sample order.
std::pair<std::vector<float>, std::vector<float>> contents(const Dataset& d)
{
    std::vector<std::size_t> all(d.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    Tensor in, target;
    d.fillBatch(all, in, target);
    return { std::vector<float>(in.data(), in.data() + in.size()),
        std::vector<float>(target.data(), target.data() + target.size()) };
}

} // namespace

TEST(ToyDatasets, EveryKindHasTheRightSizeShapeAndClasses)
{
    for (ToyKind kind : kAllKinds) {
        SCOPED_TRACE(toyKindName(kind));
        const Dataset d = makeToyDataset(kind, 201, 0.2f, 7);
        EXPECT_EQ(d.name(), toyKindName(kind));
        EXPECT_EQ(d.size(), 201u);
        EXPECT_EQ(d.sampleShape(), (Shape { 2 }));
        const auto [in, target] = contents(d);
        for (float v : in)
            ASSERT_LE(std::abs(v), 12.0f); // Gaussians' tails reach a little past 6
        if (isRegression(kind)) {
            EXPECT_EQ(d.task(), TaskKind::Regression);
            EXPECT_EQ(d.targetShape(), (Shape { 1 }));
            EXPECT_EQ(d.classCount(), 0);
            for (float v : target)
                ASSERT_LE(std::abs(v), 2.0f);
        } else {
            EXPECT_EQ(d.task(), TaskKind::Classification);
            EXPECT_TRUE(d.targetShape().empty());
            EXPECT_EQ(d.classNames(), (std::vector<std::string> { "orange", "blue" }));
            const auto counts = d.classCounts();
            EXPECT_GT(counts[0], 40u);
            EXPECT_GT(counts[1], 40u);
        }
    }
}

TEST(ToyDatasets, SameSeedSameDataOtherSeedOtherData)
{
    for (ToyKind kind : kAllKinds) {
        SCOPED_TRACE(toyKindName(kind));
        const auto a = contents(makeToyDataset(kind, 100, 0.3f, 42));
        const auto b = contents(makeToyDataset(kind, 100, 0.3f, 42));
        const auto c = contents(makeToyDataset(kind, 100, 0.3f, 43));
        EXPECT_EQ(a, b);
        EXPECT_NE(a.first, c.first);
    }
}

TEST(ToyDatasets, CleanDataFollowsPlaygroundRules)
{
    // Without noise every label is the clean rule of its generator.
    const auto [circleIn, circleLabel] = contents(makeToyDataset(ToyKind::Circle, 300, 0.0f, 1));
    for (std::size_t i = 0; i < circleLabel.size(); ++i) {
        const float r = std::hypot(circleIn[2 * i], circleIn[2 * i + 1]);
        ASSERT_EQ(circleLabel[i], r < 2.5f ? 1.0f : 0.0f) << i;
        ASSERT_TRUE(r <= 2.5f || (r >= 3.5f && r <= 5.0f)) << r;
    }
    const auto [xorIn, xorLabel] = contents(makeToyDataset(ToyKind::Xor, 300, 0.0f, 1));
    for (std::size_t i = 0; i < xorLabel.size(); ++i)
        ASSERT_EQ(xorLabel[i], xorIn[2 * i] * xorIn[2 * i + 1] >= 0 ? 1.0f : 0.0f) << i;
    const auto [planeIn, planeValue] = contents(makeToyDataset(ToyKind::Plane, 300, 0.0f, 1));
    for (std::size_t i = 0; i < planeValue.size(); ++i)
        ASSERT_NEAR(planeValue[i], (planeIn[2 * i] + planeIn[2 * i + 1]) / 10.0f, 1e-6f) << i;
    const auto [spiralIn, spiralLabel] = contents(makeToyDataset(ToyKind::Spiral, 400, 0.0f, 1));
    float maxRadius = 0.0f;
    for (std::size_t i = 0; i < spiralLabel.size(); ++i)
        maxRadius = std::max(maxRadius, std::hypot(spiralIn[2 * i], spiralIn[2 * i + 1]));
    EXPECT_GT(maxRadius, 4.9f);
    EXPECT_LE(maxRadius, 5.0f);
}

TEST(ToyDatasets, SpiralArmsStayApartWithLowNoise)
{
    // Separability in the data itself: every point's nearest neighbour of the other
    // arm is well away, so a small MLP can draw the boundary between them.
    const auto [in, label] = contents(makeToyDataset(ToyKind::Spiral, 400, 0.0f, 3));
    std::size_t sameClassNearest = 0;
    for (std::size_t i = 0; i < label.size(); ++i) {
        float best = 1e9f;
        float bestLabel = -1;
        for (std::size_t j = 0; j < label.size(); ++j) {
            if (j == i)
                continue;
            const float d = std::hypot(in[2 * i] - in[2 * j], in[2 * i + 1] - in[2 * j + 1]);
            if (d < best) {
                best = d;
                bestLabel = label[j];
            }
        }
        sameClassNearest += bestLabel == label[i];
    }
    EXPECT_GE(sameClassNearest, 390u); // 1-nearest-neighbour accuracy >= 97.5%
}

TEST(ToyDatasets, NamesRoundTripAndBadInputIsRefused)
{
    for (ToyKind kind : kAllKinds)
        EXPECT_EQ(toyKindFromName(toyKindName(kind)), kind);
    EXPECT_EQ(toyKindName(ToyKind::MultiGaussian), "multi_gaussian");
    EXPECT_EQ(toyKindFromName("Multi-Gaussian"), ToyKind::MultiGaussian);
    EXPECT_EQ(toyKindFromName("moons"), std::nullopt);
    EXPECT_THROW(makeToyDataset(ToyKind::Spiral, 0, 0.1f, 1), DataError);
    EXPECT_THROW(makeToyDataset(ToyKind::Spiral, 10, 1.5f, 1), DataError);
    EXPECT_THROW(makeToyDataset(ToyKind::Spiral, 10, std::nanf(""), 1), DataError);
    EXPECT_EQ(makeToyDataset(ToyKind::Gaussians, 1, 0.0f, 1).size(), 1u);
}
