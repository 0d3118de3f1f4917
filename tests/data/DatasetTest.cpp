#include "data/Dataset.h"
#include "engine/SubsetBatchSource.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <string>
#include <vector>

using namespace nw;

namespace {

// Three 2x2 byte images, labels 2, 0, 1.
Dataset byteDataset()
{
    return Dataset::fromBytes("bytes", { 1, 2, 2 }, { 0, 51, 102, 255, 10, 20, 30, 40, 255, 0, 255, 0 }, 1.0f / 255.0f,
        { 2, 0, 1 }, { "cat", "dog", "bird" });
}

Dataset floatDataset()
{
    return Dataset::fromFloats(
        "floats", { 3 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -2, -3 }, { 1, 1, 0, 1 }, { "a", "b" });
}

template <typename F> std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(Dataset, ByteFeaturesAreScaledWhenBatched)
{
    const Dataset d = byteDataset();
    EXPECT_EQ(d.task(), TaskKind::Classification);
    EXPECT_EQ(d.size(), 3u);
    EXPECT_EQ(d.sampleShape(), (Shape { 1, 2, 2 }));
    EXPECT_TRUE(d.targetShape().empty());

    Tensor in, target;
    const std::vector<std::size_t> idx = { 2, 0 };
    d.fillBatch(idx, in, target);
    ASSERT_EQ(in.shape(), (Shape { 2, 1, 2, 2 }));
    const std::vector<float> expected = { 1, 0, 1, 0, 0, 0.2f, 0.4f, 1 };
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_FLOAT_EQ(in[i], expected[i]) << i;
    ASSERT_EQ(target.shape(), (Shape { 2 }));
    EXPECT_EQ(target[0], 1.0f);
    EXPECT_EQ(target[1], 2.0f);
}

TEST(Dataset, FloatFeaturesAreCopiedAndLabelsBecomeFloatTargets)
{
    const Dataset d = floatDataset();
    Tensor in, target;
    const std::vector<std::size_t> idx = { 3, 1, 3 };
    d.fillBatch(idx, in, target);
    ASSERT_EQ(in.shape(), (Shape { 3, 3 }));
    const std::vector<float> expected = { -1, -2, -3, 4, 5, 6, -1, -2, -3 };
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(in[i], expected[i]) << i;
    ASSERT_EQ(target.shape(), (Shape { 3 }));
    EXPECT_EQ(target[0], 1.0f);
    EXPECT_EQ(target[1], 1.0f);
    EXPECT_EQ(d.label(2), 0);
}

TEST(Dataset, RegressionTargetsKeepTheirShape)
{
    const Dataset d = Dataset::regression("reg", { 2 }, { 1, 2, 3, 4, 5, 6 }, { 2 }, { 10, 11, 20, 21, 30, 31 });
    EXPECT_EQ(d.task(), TaskKind::Regression);
    EXPECT_EQ(d.size(), 3u);
    EXPECT_EQ(d.classCount(), 0);
    EXPECT_TRUE(d.classCounts().empty());
    Tensor in, target;
    const std::vector<std::size_t> idx = { 2, 0 };
    d.fillBatch(idx, in, target);
    ASSERT_EQ(target.shape(), (Shape { 2, 2 }));
    EXPECT_EQ(target[0], 30.0f);
    EXPECT_EQ(target[1], 31.0f);
    EXPECT_EQ(target[2], 10.0f);
    EXPECT_EQ(target[3], 11.0f);
    EXPECT_EQ(in[0], 5.0f);
    EXPECT_EQ(in[3], 2.0f);
}

TEST(Dataset, FillBatchReusesStorageAndRejectsBadIndex)
{
    const Dataset d = byteDataset();
    Tensor in, target;
    const std::vector<std::size_t> big = { 0, 1, 2 };
    d.fillBatch(big, in, target);
    const float* before = in.data();
    const std::vector<std::size_t> small = { 1 };
    d.fillBatch(small, in, target);
    EXPECT_EQ(in.data(), before);
    EXPECT_EQ(in.shape(), (Shape { 1, 1, 2, 2 }));
    const std::vector<std::size_t> bad = { 0, 3 };
    const std::string msg = errorOf([&] { d.fillBatch(bad, in, target); });
    EXPECT_NE(msg.find("bytes"), std::string::npos) << msg;
    EXPECT_NE(msg.find("index 3"), std::string::npos) << msg;
}

TEST(Dataset, ValidationErrorsNameDatasetAndProblem)
{
    auto hasAll = [](const std::string& msg, std::initializer_list<const char*> parts) {
        for (const char* p : parts)
            if (msg.find(p) == std::string::npos)
                return false;
        return true;
    };
    std::string msg = errorOf([] { Dataset::fromBytes("mnist", { 2 }, { 1, 2, 3 }, 1.0f, { 0, 0 }, { "a" }); });
    EXPECT_TRUE(hasAll(msg, { "mnist", "3 feature values", "2 samples" })) << msg;
    msg = errorOf([] { Dataset::fromFloats("toy", { 1 }, { 1, 2 }, { 0, 2 }, { "a", "b" }); });
    EXPECT_TRUE(hasAll(msg, { "toy", "label 2", "sample 1" })) << msg;
    msg = errorOf([] { Dataset::fromFloats("toy", { 1 }, { 1, 2 }, { 0, -1 }, { "a", "b" }); });
    EXPECT_TRUE(hasAll(msg, { "toy", "label -1" })) << msg;
    msg = errorOf([] { Dataset::fromFloats("toy", { 1 }, { 1 }, { 0 }, {}); });
    EXPECT_TRUE(hasAll(msg, { "toy", "class name" })) << msg;
    msg = errorOf([] { Dataset::fromFloats("toy", { 1 }, { 1 }, { 0 }, { "a", "a" }); });
    EXPECT_TRUE(hasAll(msg, { "toy", "'a'", "more than once" })) << msg;
    msg = errorOf([] { Dataset::fromFloats("toy", { 0, 2 }, {}, {}, { "a" }); });
    EXPECT_TRUE(hasAll(msg, { "toy", "not positive" })) << msg;
    msg = errorOf([] { Dataset::fromFloats("toy", { 2 }, { 1, std::nanf("") }, { 0 }, { "a" }); });
    EXPECT_TRUE(hasAll(msg, { "toy", "feature 1 of sample 0", "finite" })) << msg;
    msg = errorOf([] { Dataset::regression("reg", { 1 }, { 1, 2 }, { 2 }, { 1, 2, 3 }); });
    EXPECT_TRUE(hasAll(msg, { "reg", "3 target values" })) << msg;
    msg = errorOf([] { Dataset::regression("reg", { 1 }, { 1, 2, 3 }, { 1 }, { 1, 2 }); });
    EXPECT_TRUE(hasAll(msg, { "reg", "3 feature values", "2 samples" })) << msg;
    msg = errorOf([] { Dataset::regression("reg", { 1 }, { 1 }, {}, { 1 }); });
    EXPECT_TRUE(hasAll(msg, { "reg", "target shape" })) << msg;
    Dataset d = floatDataset();
    msg = errorOf([&] { d.setOrigins({ { "x.csv", 1 } }); });
    EXPECT_TRUE(hasAll(msg, { "floats", "1 sample origins", "4 samples" })) << msg;
    msg = errorOf([&] { (void)Dataset::regression("reg", { 1 }, { 1 }, { 1 }, { 1 }).label(0); });
    EXPECT_TRUE(hasAll(msg, { "reg", "no class labels" })) << msg;
}

TEST(Dataset, OriginsDefaultToFileAndSampleIndex)
{
    Dataset d = floatDataset();
    EXPECT_EQ(d.origin(2).file, "");
    EXPECT_EQ(d.origin(2).index, 2);
    d.setOriginFile("data/points.csv");
    EXPECT_EQ(d.origin(3).file, "data/points.csv");
    EXPECT_EQ(d.origin(3).index, 3);
    d.setOrigins({ { "a.png", 0 }, { "b.png", 0 }, { "a.png", 7 }, { "c.png", 2 } });
    EXPECT_EQ(d.origin(2).file, "a.png");
    EXPECT_EQ(d.origin(2).index, 7);
    EXPECT_EQ(d.origin(3).file, "c.png");
}

TEST(Dataset, SubsetKeepsStorageClassesAndOrigins)
{
    Dataset d = byteDataset();
    d.setOriginFile("images.idx");
    const std::vector<std::size_t> pick = { 2, 1 };
    const Dataset s = d.subset(pick);
    EXPECT_EQ(s.size(), 2u);
    EXPECT_EQ(s.name(), "bytes");
    EXPECT_EQ(s.classNames(), d.classNames());
    EXPECT_EQ(s.label(0), 1);
    EXPECT_EQ(s.label(1), 0);
    EXPECT_EQ(s.origin(0).file, "images.idx");
    EXPECT_EQ(s.origin(0).index, 2);
    EXPECT_EQ(s.origin(1).index, 1);

    Tensor in, target;
    const std::vector<std::size_t> first = { 0 };
    s.fillBatch(first, in, target);
    EXPECT_FLOAT_EQ(in[0], 1.0f); // byte 255 with the parent's 1/255 scale
    EXPECT_FLOAT_EQ(in[1], 0.0f);

    // A subset of a subset still points into the original file.
    const std::vector<std::size_t> again = { 1 };
    EXPECT_EQ(s.subset(again).origin(0).index, 1);
    Dataset mixed = floatDataset();
    mixed.setOrigins({ { "a.png", 5 }, { "b.png", 6 }, { "a.png", 7 }, { "c.png", 8 } });
    const std::vector<std::size_t> tail = { 3, 0 };
    const Dataset ms = mixed.subset(tail);
    EXPECT_EQ(ms.origin(0).file, "c.png");
    EXPECT_EQ(ms.origin(0).index, 8);
    EXPECT_EQ(ms.origin(1).file, "a.png");

    const Dataset reg
        = Dataset::regression("reg", { 1 }, { 1, 2, 3 }, { 1 }, { 10, 20, 30 }).subset(std::span(tail).subspan(1));
    EXPECT_EQ(reg.task(), TaskKind::Regression);
    EXPECT_EQ(reg.size(), 1u);
    reg.fillBatch(first, in, target);
    EXPECT_EQ(target[0], 10.0f);
}

TEST(Dataset, ClassCountsOverAllOrSelectedSamples)
{
    const Dataset d = floatDataset();
    EXPECT_EQ(d.classCounts(), (std::vector<std::size_t> { 1, 3 }));
    const std::vector<std::size_t> idx = { 2, 3, 2 };
    EXPECT_EQ(d.classCounts(idx), (std::vector<std::size_t> { 2, 1 }));
    EXPECT_EQ(d.classCounts(std::span<const std::size_t>()), (std::vector<std::size_t> { 0, 0 }));
    const Dataset b = byteDataset();
    EXPECT_EQ(b.classCounts(), (std::vector<std::size_t> { 1, 1, 1 }));
}

// The trainer and evaluation assemble batches on the run's pool: every kind of
// sample (bytes, normalised bytes, floats, reconstruction with noise, a subset's
// view) comes out with exactly the values of a fill on one thread, on a pool of
// any size, and bad indices are refused before any thread writes.
TEST(Dataset, FillingInParallelGivesTheSameBatchAsOneThread)
{
    constexpr std::size_t n = 300, pixels = 3 * 8 * 8;
    std::vector<std::uint8_t> bytes(n * pixels);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<std::uint8_t>(i * 37 + i / 7);
    std::vector<int> labels(n);
    for (std::size_t i = 0; i < n; ++i)
        labels[i] = static_cast<int>(i % 3);
    Dataset images = Dataset::fromBytes("images", { 3, 8, 8 }, bytes, 1.0f / 255.0f, labels, { "a", "b", "c" });
    Dataset normalised = images;
    normalised.setChannelNormalization({ 0.2f, 0.5f, 0.7f }, { 0.3f, 0.25f, 0.1f });
    const Dataset denoising = Dataset::reconstruction(images, 0.1f, 99);
    std::vector<float> table(n * 200);
    for (std::size_t i = 0; i < table.size(); ++i)
        table[i] = static_cast<float>(i % 97) * 0.25f - 3.0f;
    const Dataset floats = Dataset::fromFloats("table", { 200 }, table, labels, { "a", "b", "c" });
    std::vector<std::size_t> subsetIndices(n / 2);
    for (std::size_t i = 0; i < subsetIndices.size(); ++i)
        subsetIndices[i] = n - 1 - 2 * i;
    const SubsetBatchSource subset(normalised, subsetIndices);

    std::vector<std::size_t> batch(140);
    for (std::size_t k = 0; k < batch.size(); ++k)
        batch[k] = (k * 53) % 150; // scattered, some twice, all inside the subset too
    ThreadPool two(2), three(3);
    const std::vector<std::pair<std::string, const BatchSource*>> sources = { { "bytes", &images },
        { "normalised bytes", &normalised }, { "denoising", &denoising }, { "floats", &floats },
        { "subset", &subset } };
    for (const auto& [name, source] : sources) {
        Tensor serialIn, serialTarget;
        source->fillBatch(batch, serialIn, serialTarget);
        for (ThreadPool* pool : { &two, &three }) {
            Tensor in, target;
            source->fillBatchInParallel(batch, pool, in, target);
            ASSERT_EQ(in.shape(), serialIn.shape()) << name;
            ASSERT_EQ(target.shape(), serialTarget.shape()) << name;
            EXPECT_TRUE(std::equal(in.data(), in.data() + in.size(), serialIn.data())) << name;
            EXPECT_TRUE(std::equal(target.data(), target.data() + target.size(), serialTarget.data())) << name;
        }
    }
    // A training batch on the pool is the same batch as well.
    Tensor trainingIn, trainingTarget, serialIn, serialTarget;
    normalised.fillTrainingBatch(batch, { 2, &two }, trainingIn, trainingTarget);
    normalised.fillBatch(batch, serialIn, serialTarget);
    EXPECT_TRUE(std::equal(trainingIn.data(), trainingIn.data() + trainingIn.size(), serialIn.data()));

    const std::vector<std::size_t> bad = { 1, 2, n };
    Tensor in, target;
    const std::string msg = errorOf([&] { images.fillBatchInParallel(bad, &two, in, target); });
    EXPECT_NE(msg.find("images"), std::string::npos) << msg;
    EXPECT_NE(msg.find(std::to_string(n)), std::string::npos) << msg;
}

#ifdef NDEBUG
// The trainer calls fillBatch for every batch; an epoch of Fashion-MNIST (60,000
// 28x28 images) must assemble far above 100k samples/s even on a busy machine.
TEST(Dataset, FillBatchIsFastForImageEpochs)
{
    constexpr std::size_t n = 60000, pixels = 784;
    std::vector<std::uint8_t> bytes(n * pixels);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<std::uint8_t>(i * 31);
    std::vector<int> labels(n);
    for (std::size_t i = 0; i < n; ++i)
        labels[i] = static_cast<int>(i % 10);
    std::vector<std::string> names;
    for (int c = 0; c < 10; ++c)
        names.push_back(std::to_string(c));
    const Dataset d = Dataset::fromBytes("fast", { 1, 28, 28 }, std::move(bytes), 1.0f / 255.0f, labels, names);

    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = (i * 7919) % n; // a fixed permutation: 7919 is prime and does not divide n
    Tensor in, target;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t b = 0; b < n; b += 64)
        d.fillBatch(std::span(order).subspan(b, std::min<std::size_t>(64, n - b)), in, target);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_GT(static_cast<double>(n) / seconds, 100000.0) << seconds << " s for one epoch";
    EXPECT_FLOAT_EQ(in[0], static_cast<float>(static_cast<std::uint8_t>(order[n - 32] * pixels * 31)) / 255.0f);
}
#endif
