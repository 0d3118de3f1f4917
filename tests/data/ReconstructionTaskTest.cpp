// task=reconstruction in a data spec: the target is the input, noise (denoising)
// reaches the inputs only and repeats exactly, and misuse is refused by name.
#include "data/DataError.h"
#include "data/DataSpec.h"
#include "data/ReconstructionTask.h"
#include "engine/Tensor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <numeric>

using namespace nw;

namespace {

std::string specError(const std::string& spec, bool load)
{
    try {
        const DataSpec parsed = parseDataSpec(spec);
        if (load)
            loadDataset(parsed, "");
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

struct Batch {
    Tensor inputs;
    Tensor targets;
};

Batch batchOf(const Dataset& d, std::vector<std::size_t> indices)
{
    Batch b;
    d.fillBatch(indices, b.inputs, b.targets);
    return b;
}

} // namespace

TEST(ReconstructionTask, TheTargetIsTheSampleItself)
{
    const Dataset plain = loadDataset(parseDataSpec("bundled:digits"), "");
    const Dataset data = loadDataset(parseDataSpec("bundled:digits?task=reconstruction"), "");
    EXPECT_TRUE(data.isReconstruction());
    EXPECT_EQ(data.task(), TaskKind::Regression);
    EXPECT_EQ(data.size(), plain.size());
    EXPECT_EQ(data.targetShape(), plain.sampleShape());
    EXPECT_EQ(data.classCount(), 0);
    const Batch b = batchOf(data, { 3, 0, 1796 });
    const Batch p = batchOf(plain, { 3, 0, 1796 });
    ASSERT_EQ(b.targets.shape(), b.inputs.shape());
    for (std::size_t i = 0; i < b.inputs.size(); ++i) {
        ASSERT_EQ(b.inputs[i], p.inputs[i]) << i;
        ASSERT_EQ(b.targets[i], p.inputs[i]) << i;
    }
}

TEST(ReconstructionTask, KeepsTheClassesForColouringOnly)
{
    const Dataset plain = loadDataset(parseDataSpec("bundled:digits?classes=3,8"), "");
    const Dataset data = loadDataset(parseDataSpec("bundled:digits?classes=3,8&task=reconstruction"), "");
    EXPECT_EQ(data.originalClassNames(), plain.classNames());
    for (std::size_t i : { std::size_t { 0 }, std::size_t { 7 }, data.size() - 1 })
        EXPECT_EQ(data.originalLabel(i), plain.label(i));
    EXPECT_THROW(data.label(0), DataError);
    const std::vector<std::size_t> picked { 5, 2 };
    const Dataset part = data.subset(picked);
    EXPECT_TRUE(part.isReconstruction());
    EXPECT_EQ(part.originalLabel(0), plain.label(5));
    EXPECT_EQ(part.originalLabel(1), plain.label(2));
}

TEST(ReconstructionTask, NoiseReachesTheInputsOnlyAndRepeatsExactly)
{
    const Dataset clean = loadDataset(parseDataSpec("bundled:digits?task=reconstruction"), "");
    const Dataset noisy = loadDataset(parseDataSpec("bundled:digits?task=reconstruction&noise_std=0.25&noise_seed=7"), "");
    EXPECT_FLOAT_EQ(noisy.noiseStd(), 0.25f);
    const std::vector<std::size_t> indices(200, 0);
    std::vector<std::size_t> all(200);
    std::iota(all.begin(), all.end(), std::size_t { 0 });
    const Batch n = batchOf(noisy, all);
    const Batch c = batchOf(clean, all);
    double sum = 0.0, squares = 0.0;
    for (std::size_t i = 0; i < n.inputs.size(); ++i) {
        ASSERT_EQ(n.targets[i], c.inputs[i]) << "the target stays clean at " << i;
        const double d = double(n.inputs[i]) - double(c.inputs[i]);
        sum += d;
        squares += d * d;
    }
    const double count = double(n.inputs.size());
    EXPECT_NEAR(sum / count, 0.0, 0.01);
    EXPECT_NEAR(std::sqrt(squares / count), 0.25, 0.01);

    // The same sample gets the same noise in any batch, any order and any subset.
    const Batch again = batchOf(noisy, { 150, 3 });
    const std::size_t size = shapeNumel(noisy.sampleShape());
    for (std::size_t j = 0; j < size; ++j) {
        ASSERT_EQ(again.inputs[j], n.inputs[150 * size + j]);
        ASSERT_EQ(again.inputs[size + j], n.inputs[3 * size + j]);
    }
    const std::vector<std::size_t> picked { 3 };
    const Batch fromSubset = batchOf(noisy.subset(picked), { 0 });
    for (std::size_t j = 0; j < size; ++j)
        ASSERT_EQ(fromSubset.inputs[j], n.inputs[3 * size + j]);
    // Another seed, other noise.
    const Dataset other = loadDataset(parseDataSpec("bundled:digits?task=reconstruction&noise_std=0.25&noise_seed=8"), "");
    const Batch o = batchOf(other, { 3 });
    int same = 0;
    for (std::size_t j = 0; j < size; ++j)
        same += o.inputs[j] == n.inputs[3 * size + j];
    EXPECT_LT(same, 5);
}

TEST(ReconstructionTask, OverridesTheTaskOfCsvTables)
{
    const std::string path = std::string(NETWRIGHT_TEST_TMP) + "/reconstruction.csv";
    std::ofstream(path) << "a,b,label\n1,2,x\n3,4,y\n5,6,x\n";
    const Dataset data = loadDataset(parseDataSpec("csv:" + path + "?task=reconstruction"), "");
    EXPECT_TRUE(data.isReconstruction());
    EXPECT_EQ(data.sampleShape(), (Shape { 2 }));
    EXPECT_EQ(data.originalClassNames(), (std::vector<std::string> { "x", "y" }));
    // csv's own task option still works beside it.
    EXPECT_FALSE(loadDataset(parseDataSpec("csv:" + path + "?task=classification"), "").isReconstruction());
}

TEST(ReconstructionTask, RefusesMisuseByName)
{
    EXPECT_NE(specError("bundled:digits?noise_std=0.2", false).find("noise_std= adds noise to an autoencoder's inputs: "
                                                                    "it needs task=reconstruction"),
        std::string::npos);
    EXPECT_NE(specError("bundled:digits?noise_seed=3", false).find("noise_seed="), std::string::npos);
    EXPECT_NE(specError("bundled:digits?task=reconstruction&noise_std=-1", false)
                  .find("option noise_std='-1' must be a number 0..10"),
        std::string::npos);
    EXPECT_NE(specError("bundled:digits?task=reconstruction&noise_std=nan", false).find("a number 0..10"),
        std::string::npos);
    EXPECT_NE(specError("bundled:digits?task=regression", false).find("option task='regression' must be reconstruction"),
        std::string::npos);
    EXPECT_NE(specError("sequence:parity?task=reconstruction", true)
                  .find("task=reconstruction needs images or numeric features, not token sequences"),
        std::string::npos);
}

TEST(ReconstructionTask, SurvivesTheSpecsTextRoundTrip)
{
    const DataSpec spec = parseDataSpec("fashion-mnist:train?noise_std=0.3&task=reconstruction&noise_seed=2");
    EXPECT_EQ(parseDataSpec(toString(spec)), spec);
    EXPECT_EQ(toString(spec), "fashion-mnist:train?noise_seed=2&noise_std=0.3&task=reconstruction");
}
