#include "data/BundledDatasets.h"

#include "data/DataSpec.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <numeric>

using namespace nw;

TEST(BundledDatasets, IrisHas150FlowersIn3BalancedClasses)
{
    const Dataset d = loadBundledDataset("iris");
    EXPECT_EQ(d.name(), "iris");
    EXPECT_EQ(d.task(), TaskKind::Classification);
    EXPECT_EQ(d.size(), 150u);
    EXPECT_EQ(d.sampleShape(), (Shape { 4 }));
    EXPECT_EQ(d.classNames(), (std::vector<std::string> { "setosa", "versicolor", "virginica" }));
    EXPECT_EQ(d.classCounts(), (std::vector<std::size_t> { 50, 50, 50 }));
    // First row of Fisher's table: 5.1, 3.5, 1.4, 0.2, setosa; raw, not standardised.
    Tensor in, t;
    const std::vector<std::size_t> first = { 0 };
    d.fillBatch(first, in, t);
    EXPECT_FLOAT_EQ(in[0], 5.1f);
    EXPECT_FLOAT_EQ(in[3], 0.2f);
    EXPECT_EQ(d.origin(0).index, 2); // line 2: after the header
}

TEST(BundledDatasets, DigitsAre1797EightByEightImages)
{
    const Dataset d = loadDataset(parseDataSpec("bundled:digits"), "");
    EXPECT_EQ(d.size(), 1797u);
    EXPECT_EQ(d.sampleShape(), (Shape { 1, 8, 8 }));
    EXPECT_EQ(d.classCount(), 10);
    EXPECT_EQ(d.classNames().front(), "0");
    EXPECT_EQ(d.classNames().back(), "9");
    const std::vector<std::size_t> counts = d.classCounts();
    EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), std::size_t { 0 }), 1797u);
    EXPECT_EQ(counts[0], 178u); // scikit-learn's load_digits: 178 zeros
    EXPECT_EQ(d.label(0), 0);
    // The first image's row 0 is 0 0 5 13 9 1 0 0; 16 maps to 1.0.
    Tensor in, t;
    const std::vector<std::size_t> first = { 0 };
    d.fillBatch(first, in, t);
    EXPECT_FLOAT_EQ(in[2], 5.0f / 16.0f);
    EXPECT_FLOAT_EQ(in[3], 13.0f / 16.0f);
    float hi = 0;
    for (std::size_t i = 0; i < in.size(); ++i)
        hi = std::max(hi, in[i]);
    EXPECT_LE(hi, 1.0f);
}

TEST(BundledDatasets, UnknownNameAndResourceOverride)
{
    try {
        loadBundledDataset("mnist");
        ADD_FAILURE();
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("bundled datasets: digits, iris"), std::string::npos) << e.what();
    }
    const char* env = std::getenv("NETWRIGHT_RESOURCES");
    const std::string saved = env ? env : "";
    ::setenv("NETWRIGHT_RESOURCES", "/nonexistent/res", 1);
    EXPECT_EQ(resourceDirectory(), "/nonexistent/res");
    try {
        loadBundledDataset("iris");
        ADD_FAILURE();
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/res/datasets/iris.csv"), std::string::npos) << e.what();
    }
    if (env)
        ::setenv("NETWRIGHT_RESOURCES", saved.c_str(), 1);
    else
        ::unsetenv("NETWRIGHT_RESOURCES");
}

// An installed copy (<prefix>/bin beside <prefix>/share/netwright) finds its data from the
// executable's own folder: here the test executable's, with a data folder made beside it.
TEST(BundledDatasets, InstalledCopyFindsItsDataBesideTheExecutable)
{
    namespace fs = std::filesystem;
    const fs::path executable = fs::read_symlink("/proc/self/exe");
    const fs::path installed = (executable.parent_path() / NETWRIGHT_BIN_TO_DATA).lexically_normal();
    ASSERT_FALSE(fs::exists(installed)) << installed << " is left over from an earlier run";
    fs::create_directories(installed / "datasets");
    fs::copy_file(fs::path(NETWRIGHT_SOURCE_DIR) / "resources/datasets/iris.csv", installed / "datasets/iris.csv");

    const char* env = std::getenv("NETWRIGHT_RESOURCES");
    const std::string saved = env ? env : "";
    ::unsetenv("NETWRIGHT_RESOURCES");
    const std::string found = resourceDirectory();
    const Dataset iris = loadBundledDataset("iris");
    if (env)
        ::setenv("NETWRIGHT_RESOURCES", saved.c_str(), 1);
    fs::remove_all(installed.parent_path()); // <...>/share

    EXPECT_EQ(found, installed.string());
    EXPECT_EQ(iris.size(), 150u);
}
