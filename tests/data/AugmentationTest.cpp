// Image augmentation: all off changes nothing (bit for bit), each variation does
// what its name says on a known image, draws repeat per (seed, epoch, sample) and
// differ between epochs, and a batch comes out the same on 1 and 2 threads.
#include "data/AugmentationDraw.h"
#include "data/AugmentedBatchSource.h"
#include "data/DataError.h"
#include "data/Dataset.h"
#include "data/ImageAugmenter.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <numeric>

using namespace nw;

namespace {

constexpr int kH = 6, kW = 8;

// An image no symmetry maps onto itself: every pixel a different value.
std::vector<float> gradient(int channels = 1, int h = kH, int w = kW)
{
    std::vector<float> v(static_cast<std::size_t>(channels) * h * w);
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<float>(i + 1) / static_cast<float>(v.size());
    return v;
}

float at(const std::vector<float>& v, int y, int x, int w = kW)
{
    return v[static_cast<std::size_t>(y) * w + x];
}

std::vector<float> applied(const AugmentationDraw& d, std::vector<float> image, int channels = 1, int h = kH,
    int w = kW, std::optional<PixelRange> range = std::nullopt)
{
    ImageAugmenter a;
    a.apply(d, image.data(), channels, h, w, range);
    return image;
}

Dataset images(int count, int channels = 1)
{
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(count) * channels * kH * kW);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<std::uint8_t>((i * 37 + i / 7) % 256);
    std::vector<int> labels(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        labels[static_cast<std::size_t>(i)] = i % 2;
    return Dataset::fromBytes("pictures", { channels, kH, kW }, std::move(bytes), 1.0f / 255.0f, labels, { "a", "b" });
}

AugmentationSettings everything()
{
    AugmentationSettings s;
    s.hflip = 0.5;
    s.vflip = 0.5;
    s.rotate = 20;
    s.shift = 0.1;
    s.scale = 0.1;
    s.crop = 0.3;
    s.brightness = 0.2;
    s.contrast = 0.3;
    s.noise = 0.05;
    s.cutout = 0.25;
    return s;
}

} // namespace

TEST(Augmentation, AllOffIsTheIdentityBitForBit)
{
    const Dataset d = images(20, 3);
    AugmentedBatchSource source(d, AugmentationSettings {}, 7, {});
    std::vector<std::size_t> indices(20);
    std::iota(indices.begin(), indices.end(), std::size_t { 0 });
    Tensor plainIn, plainOut, augIn, augOut;
    d.fillBatch(indices, plainIn, plainOut);
    ThreadPool pool(2);
    source.fillTrainingBatch(indices, { 3, &pool }, augIn, augOut);
    ASSERT_EQ(plainIn.size(), augIn.size());
    EXPECT_EQ(0, std::memcmp(plainIn.data(), augIn.data(), plainIn.size() * sizeof(float)));
    EXPECT_EQ(0, std::memcmp(plainOut.data(), augOut.data(), plainOut.size() * sizeof(float)));
    EXPECT_FALSE(drawAugmentation(AugmentationSettings {}, 12345, kH, kW).isGeometric());
}

TEST(Augmentation, HorizontalFlipMirrorsEachRow)
{
    AugmentationDraw d;
    d.hflip = true;
    const auto in = gradient(), out = applied(d, in);
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            EXPECT_EQ(at(in, y, kW - 1 - x), at(out, y, x)) << y << "," << x;
}

TEST(Augmentation, VerticalFlipMirrorsEachColumnOfEveryChannel)
{
    AugmentationDraw d;
    d.vflip = true;
    const auto in = gradient(2), out = applied(d, in, 2);
    const std::size_t plane = kH * kW;
    for (std::size_t c = 0; c < 2; ++c)
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                EXPECT_EQ(in[c * plane + static_cast<std::size_t>(kH - 1 - y) * kW + x],
                    out[c * plane + static_cast<std::size_t>(y) * kW + x]);
}

TEST(Augmentation, RotationBy90DegreesTurnsAnAsymmetricImageCounterClockwise)
{
    // Square, so a quarter turn maps the pixel grid onto itself: numpy's rot90.
    const int n = 5;
    const auto in = gradient(1, n, n);
    AugmentationDraw d;
    d.angle = 90.0f;
    const auto out = applied(d, in, 1, n, n);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            EXPECT_NEAR(at(in, x, n - 1 - y, n), at(out, y, x, n), 1e-5f) << y << "," << x;
}

TEST(Augmentation, ShiftByWholePixelsMovesTheImageAndFillsWithZero)
{
    AugmentationDraw d;
    d.shiftX = 2.0f;
    d.shiftY = -1.0f;
    const auto in = gradient(), out = applied(d, in);
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            const int sx = x - 2, sy = y + 1;
            const float expected = sx >= 0 && sy < kH ? at(in, sy, sx) : 0.0f;
            EXPECT_NEAR(expected, at(out, y, x), 1e-6f) << y << "," << x;
        }
}

TEST(Augmentation, ScaleTwoZoomsInAboutTheCentre)
{
    // A zoom by 2 about the centre of an 8x8 image shows its middle 4x4, each pixel
    // twice as large: output pixel x samples the input at (x - 3.5) / 2 + 3.5.
    const int n = 8;
    std::vector<float> in(n * n);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            in[static_cast<std::size_t>(y) * n + x] = static_cast<float>(x); // a ramp along x
    AugmentationDraw d;
    d.scale = 2.0f;
    const auto out = applied(d, in, 1, n, n);
    for (int x = 0; x < n; ++x)
        EXPECT_NEAR((x - 3.5f) / 2.0f + 3.5f, at(out, 3, x, n), 1e-3f) << x;
}

TEST(Augmentation, CropResizesTheBoxToTheWholeImage)
{
    // The left half of a ramp, stretched to full width: values 0..3.5 in 8 steps of half a pixel.
    const int n = 8;
    std::vector<float> in(n * n);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            in[static_cast<std::size_t>(y) * n + x] = static_cast<float>(x);
    AugmentationDraw d;
    d.crop = true;
    d.cropX = 0;
    d.cropY = 0;
    d.cropWidth = 4;
    d.cropHeight = 8;
    const auto out = applied(d, in, 1, n, n);
    for (int x = 1; x < n - 1; ++x)
        EXPECT_NEAR((x + 0.5f) / 2.0f - 0.5f, at(out, 4, x, n), 1e-3f) << x;
    // The drawn box keeps at least 1 - crop of the area and lies inside the image.
    AugmentationSettings s;
    s.crop = 0.4;
    for (std::uint64_t key = 0; key < 200; ++key) {
        const auto drawn = drawAugmentation(s, key, 28, 28);
        ASSERT_TRUE(drawn.crop);
        EXPECT_GE(drawn.cropWidth * drawn.cropHeight, 0.6f * 28 * 28 - 1e-2f);
        EXPECT_GE(drawn.cropX, 0.0f);
        EXPECT_LE(drawn.cropX + drawn.cropWidth, 28.0f + 1e-4f);
        EXPECT_LE(drawn.cropY + drawn.cropHeight, 28.0f + 1e-4f);
    }
}

TEST(Augmentation, BrightnessAndContrastOnKnownValues)
{
    std::vector<float> in { 0.2f, 0.4f, 0.6f, 0.8f }; // mean 0.5
    AugmentationDraw d;
    d.brightness = 0.1f;
    auto out = applied(d, in, 1, 2, 2);
    EXPECT_FLOAT_EQ(0.3f, out[0]);
    EXPECT_FLOAT_EQ(0.9f, out[3]);
    d = {};
    d.contrast = 2.0f;
    out = applied(d, in, 1, 2, 2);
    EXPECT_NEAR(-0.1f, out[0], 1e-6f);
    EXPECT_NEAR(0.3f, out[1], 1e-6f);
    EXPECT_NEAR(1.1f, out[3], 1e-6f);
    // With the pixel range of 8-bit images, the result stays inside it.
    out = applied(d, in, 1, 2, 2, PixelRange { 0.0f, 1.0f });
    EXPECT_EQ(0.0f, out[0]);
    EXPECT_EQ(1.0f, out[3]);
}

TEST(Augmentation, NoiseHasTheStatedStandardDeviation)
{
    const int n = 64;
    const std::vector<float> in(n * n, 0.5f);
    AugmentationSettings s;
    s.noise = 0.1;
    const auto out = applied(drawAugmentation(s, 99, n, n), in, 1, n, n);
    double sum = 0, sq = 0;
    for (float v : out) {
        sum += v - 0.5;
        sq += (v - 0.5) * (v - 0.5);
    }
    const double mean = sum / out.size(), sd = std::sqrt(sq / out.size() - mean * mean);
    EXPECT_NEAR(0.0, mean, 0.01);
    EXPECT_NEAR(0.1, sd, 0.005);
}

TEST(Augmentation, CutoutZeroesOnePatchOfTheStatedSize)
{
    AugmentationSettings s;
    s.cutout = 0.25; // 7x7 of a 28x28 image
    const int n = 28;
    const std::vector<float> in(2 * n * n, 1.0f);
    for (std::uint64_t key = 0; key < 50; ++key) {
        const auto d = drawAugmentation(s, key, n, n);
        const auto out = applied(d, in, 2, n, n);
        int zeros = 0, minX = n, maxX = -1, minY = n, maxY = -1;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (at(out, y, x, n) == 0.0f) {
                    ++zeros;
                    minX = std::min(minX, x), maxX = std::max(maxX, x);
                    minY = std::min(minY, y), maxY = std::max(maxY, y);
                }
        EXPECT_EQ(49, zeros);
        EXPECT_EQ(6, maxX - minX);
        EXPECT_EQ(6, maxY - minY);
        // The second channel loses the same patch.
        EXPECT_EQ(0.0f, out[n * n + static_cast<std::size_t>(minY) * n + minX]);
    }
}

TEST(Augmentation, DrawsRepeatPerSeedEpochAndSampleAndDifferAcrossEpochs)
{
    const auto s = everything();
    const auto image = gradient();
    auto run = [&](std::uint64_t seed, int epoch, std::uint64_t sample) {
        auto v = image;
        AugmentedBatchSource::augmentOne(s, seed, epoch, sample, v.data(), 1, kH, kW);
        return v;
    };
    EXPECT_EQ(run(1, 0, 5), run(1, 0, 5));
    EXPECT_NE(run(1, 0, 5), run(1, 1, 5));
    EXPECT_NE(run(1, 0, 5), run(1, 0, 6));
    EXPECT_NE(run(1, 0, 5), run(2, 0, 5));
}

TEST(Augmentation, EachVariationKeepsItsDrawWhenAnotherChanges)
{
    AugmentationSettings a;
    a.rotate = 30;
    AugmentationSettings b = a;
    b.hflip = 0.5;
    b.noise = 0.2;
    for (std::uint64_t key = 0; key < 20; ++key)
        EXPECT_EQ(drawAugmentation(a, key, kH, kW).angle, drawAugmentation(b, key, kH, kW).angle);
}

TEST(Augmentation, FlipProbabilityIsHonoured)
{
    AugmentationSettings s;
    s.hflip = 0.3;
    int flips = 0;
    for (std::uint64_t key = 0; key < 4000; ++key)
        flips += drawAugmentation(s, key, kH, kW).hflip ? 1 : 0;
    EXPECT_NEAR(0.3, flips / 4000.0, 0.03);
}

TEST(Augmentation, BatchIsTheSameOnOneAndTwoThreadsAndEvaluationIsUntouched)
{
    const Dataset d = images(50, 3);
    AugmentedBatchSource source(d, everything(), 11, { PixelRange { 0.0f, 1.0f }, false });
    std::vector<std::size_t> indices(50);
    std::iota(indices.begin(), indices.end(), std::size_t { 0 });
    ThreadPool one(1), two(2);
    Tensor in1, out1, in2, out2, plainIn, plainOut, evalIn, evalOut;
    source.fillTrainingBatch(indices, { 4, &one }, in1, out1);
    source.fillTrainingBatch(indices, { 4, &two }, in2, out2);
    ASSERT_EQ(in1.size(), in2.size());
    EXPECT_EQ(0, std::memcmp(in1.data(), in2.data(), in1.size() * sizeof(float)));
    d.fillBatch(indices, plainIn, plainOut);
    EXPECT_NE(0, std::memcmp(in1.data(), plainIn.data(), in1.size() * sizeof(float)));
    source.fillBatch(indices, evalIn, evalOut);
    EXPECT_EQ(0, std::memcmp(evalIn.data(), plainIn.data(), plainIn.size() * sizeof(float)));
    // Labels are never augmented.
    EXPECT_EQ(0, std::memcmp(out1.data(), plainOut.data(), plainOut.size() * sizeof(float)));
}

TEST(Augmentation, ReconstructionTargetsGetTheGeometryButNotTheCorruptions)
{
    const Dataset d = Dataset::reconstruction(images(4), 0.0f, 1);
    AugmentationSettings s;
    s.hflip = 1.0;
    s.cutout = 0.5;
    AugmentedBatchSource source(d, s, 3, { std::nullopt, true });
    const std::vector<std::size_t> indices { 0, 1, 2, 3 };
    Tensor in, out, plainIn, plainOut;
    source.fillTrainingBatch(indices, { 0, nullptr }, in, out);
    d.fillBatch(indices, plainIn, plainOut);
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            EXPECT_EQ(plainOut.data()[y * kW + kW - 1 - x], out.data()[y * kW + x]);
    int zeroedInInput = 0;
    for (int i = 0; i < kH * kW; ++i)
        zeroedInInput += in.data()[i] == 0.0f && out.data()[i] != 0.0f;
    EXPECT_GT(zeroedInInput, 0);
}

TEST(Augmentation, RefusesDataThatIsNotImagesAndSettingsOutOfRange)
{
    const Dataset table = Dataset::fromFloats("table", { 4 }, std::vector<float>(8, 1.0f), { 0, 1 }, { "a", "b" });
    AugmentationSettings s;
    s.hflip = 0.5;
    try {
        AugmentedBatchSource source(table, s, 1, {});
        FAIL() << "tabular data was accepted";
    } catch (const DataError& e) {
        EXPECT_STREQ(
            "dataset.augmentation: works on images (channels x height x width), but these samples have shape 4",
            e.what());
    }
    s.rotate = 270;
    EXPECT_EQ("rotate: must be a number from 0 to 180, got 270", checkAugmentation(s));
    const Dataset d = images(2);
    EXPECT_THROW(AugmentedBatchSource(d, s, 1, {}), DataError);
}
