#include "data/DataSpec.h"

#include <gtest/gtest.h>

#include <clocale>
#include <string>

#include <filesystem>
#include <fstream>

using namespace nw;

namespace {

std::string errorOf(const std::string& text)
{
    try {
        parseDataSpec(text);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(DataSpec, EveryKindParses)
{
    DataSpec s = parseDataSpec("toy:spiral?samples=600&noise=0.1&seed=1");
    EXPECT_EQ(s.kind, "toy");
    EXPECT_EQ(s.path, "spiral");
    EXPECT_EQ(
        s.options, (std::map<std::string, std::string> { { "samples", "600" }, { "noise", "0.1" }, { "seed", "1" } }));

    s = parseDataSpec("bundled:iris");
    EXPECT_EQ(s.kind, "bundled");
    EXPECT_EQ(s.path, "iris");
    EXPECT_TRUE(s.options.empty());
    EXPECT_EQ(parseDataSpec("fashion-mnist:test").path, "test");

    s = parseDataSpec("idx:data/images.gz,data/labels.gz");
    EXPECT_EQ(s.path, "data/images.gz");
    EXPECT_EQ(s.secondPath, "data/labels.gz");

    s = parseDataSpec("csv:C:/data/pen,guins.csv?target=species&missing=mean&delimiter=;");
    EXPECT_EQ(s.path, "C:/data/pen,guins.csv"); // one-path kinds keep commas
    EXPECT_EQ(s.options.at("delimiter"), ";");
    EXPECT_EQ(s.options.at("missing"), "mean");

    s = parseDataSpec("images:photos?size=32x24&color=rgb&skip_unreadable=true");
    EXPECT_EQ(s.options.at("size"), "32x24");

    s = parseDataSpec("npy:x.npy,y.npy?task=regression");
    EXPECT_EQ(s.secondPath, "y.npy");
    EXPECT_EQ(s.options.at("task"), "regression");
}

TEST(DataSpec, EveryKindRoundTrips)
{
    for (const std::string text : { "toy:spiral?noise=0.1&samples=600&seed=1", "toy:multi_gaussian", "bundled:iris",
             "bundled:digits", "fashion-mnist:train", "fashion-mnist:test", "idx:a/images.gz,a/labels.gz",
             "csv:data.csv?delimiter=;&missing=drop&target=species&task=classification", "csv:tab.tsv?delimiter=tab",
             "images:/abs/photos?color=gray&size=28x28&skip_unreadable=false", "npy:x.npy,y.npy?task=classification",
             "npy:odd%2Cname%3F.npy,y%25.npy", "csv:what%3F.csv?target=a%26b" }) {
        SCOPED_TRACE(text);
        const DataSpec spec = parseDataSpec(text);
        EXPECT_EQ(toString(spec), text);
        EXPECT_EQ(parseDataSpec(toString(spec)), spec);
    }
    // Escapes decode, and a hand-built spec with special characters survives.
    const DataSpec odd = parseDataSpec("npy:odd%2Cname%3F.npy,y%25.npy");
    EXPECT_EQ(odd.path, "odd,name?.npy");
    EXPECT_EQ(odd.secondPath, "y%.npy");
    const DataSpec built { "csv", "dir?/a&b,c.csv", "", { { "target", "x&y=z" } } };
    EXPECT_EQ(parseDataSpec(toString(built)), built);
    // Options come out sorted; toy names canonical.
    EXPECT_EQ(toString(parseDataSpec("toy:Multi-Gaussian?seed=2&noise=0")), "toy:multi_gaussian?noise=0&seed=2");
}

TEST(DataSpec, ErrorsListTheValidChoices)
{
    std::string msg = errorOf("parquet:x.parquet");
    EXPECT_NE(msg.find("data spec 'parquet:x.parquet': unknown kind 'parquet' (kinds: toy, sequence, bundled, "
                       "fashion-mnist, idx, csv, images, npy, text, words)"),
        std::string::npos)
        << msg;
    msg = errorOf("csv:x.csv?targte=y");
    EXPECT_NE(
        msg.find("unknown option 'targte' for csv (options: delimiter, missing, target, task, classes, per_class, noise_std, noise_seed)"), std::string::npos)
        << msg;
    msg = errorOf("bundled:iris?seed=1");
    EXPECT_NE(msg.find("unknown option 'seed' for bundled (options: classes, per_class, task, noise_std, noise_seed)"), std::string::npos) << msg;
    msg = errorOf("toy:spirals");
    EXPECT_NE(msg.find("unknown toy dataset 'spirals' (choose one of: circle, xor, gaussians, spiral, plane, "
                       "multi_gaussian)"),
        std::string::npos)
        << msg;
    msg = errorOf("bundled:mnist");
    EXPECT_NE(msg.find("(choose one of: digits, iris)"), std::string::npos) << msg;
    msg = errorOf("fashion-mnist:validation");
    EXPECT_NE(msg.find("train, test"), std::string::npos) << msg;
    EXPECT_NE(errorOf("idx:only-one.idx").find("idx needs two paths"), std::string::npos);
    EXPECT_NE(errorOf("npy:a,b,c").find("more than one ','"), std::string::npos);
    EXPECT_NE(errorOf("csv:").find("csv needs one path"), std::string::npos);
    EXPECT_NE(errorOf("data.csv").find("no kind; write KIND:WHAT, e.g. csv:data.csv"), std::string::npos);
    EXPECT_NE(errorOf("").find("empty"), std::string::npos);
    EXPECT_NE(errorOf("toy:xor?noise=2").find("option noise='2' must be a number 0..1"), std::string::npos);
    EXPECT_NE(errorOf("toy:xor?samples=0").find("must be a whole number"), std::string::npos);
    EXPECT_NE(errorOf("toy:xor?seed=-1").find("non-negative"), std::string::npos);
    EXPECT_NE(errorOf("csv:a.csv?missing=zero").find("drop or mean"), std::string::npos);
    EXPECT_NE(errorOf("csv:a.csv?delimiter=ab").find("one character"), std::string::npos);
    EXPECT_NE(errorOf("images:d?size=0x5").find("WIDTHxHEIGHT"), std::string::npos);
    EXPECT_NE(errorOf("images:d?color=cmyk").find("gray or rgb"), std::string::npos);
    EXPECT_NE(errorOf("npy:a,b?task=ranking").find("classification or regression"), std::string::npos);
    EXPECT_NE(errorOf("csv:a.csv?target").find("has no value"), std::string::npos);
    EXPECT_NE(errorOf("csv:a.csv?target=a&target=b").find("given twice"), std::string::npos);
}

// The window runs under the system's locale (Qt sets the C locale from it); a German
// one writes 0,485, and a parser that follows the locale would stop at the "." of
// "0.485" and refuse the spec. Needs the de_DE.UTF-8 locale (localedef -i de_DE -f UTF-8).
TEST(DataSpec, NormalisationValuesParseUnderADecimalCommaLocale)
{
    const std::string before = std::setlocale(LC_NUMERIC, nullptr);
    if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8"))
        GTEST_SKIP() << "the de_DE.UTF-8 locale is not installed";
    std::string problem;
    try {
        parseDataSpec("images:photos?size=8&color=rgb&mean=0.485, 0.456, 0.406&std=0.229,0.224,0.225");
    } catch (const std::exception& e) {
        problem = e.what();
    }
    std::setlocale(LC_NUMERIC, before.c_str());
    EXPECT_EQ(problem, "");
}

TEST(DataSpec, LoadsToyAndBundled)
{
    const Dataset spiral = loadDataset(parseDataSpec("toy:spiral?samples=600&noise=0.1&seed=1"), "");
    EXPECT_EQ(spiral.size(), 600u);
    EXPECT_EQ(spiral.classCount(), 2);
    const Dataset plane = loadDataset(parseDataSpec("toy:plane"), "");
    EXPECT_EQ(plane.size(), 500u);
    EXPECT_EQ(plane.task(), TaskKind::Regression);
    EXPECT_EQ(loadDataset(parseDataSpec("bundled:iris"), "").size(), 150u);
    EXPECT_TRUE(standardizeFeaturesByDefault(parseDataSpec("bundled:iris")));
    EXPECT_TRUE(standardizeFeaturesByDefault(parseDataSpec("csv:a.csv")));
    EXPECT_FALSE(standardizeFeaturesByDefault(parseDataSpec("bundled:digits")));
    EXPECT_FALSE(standardizeFeaturesByDefault(parseDataSpec("toy:xor")));
}

TEST(DataSpec, RelativePathsResolveAgainstTheBaseDirectory)
{
    const std::string base = std::string(NETWRIGHT_TEST_TMP) + "/dataspec-project";
    std::filesystem::create_directories(base + "/data");
    std::ofstream(base + "/data/t.csv") << "a;b;label\n1;2;x\n3;4;y\n5;6;x\n";
    const DataSpec spec = parseDataSpec("csv:data/t.csv?delimiter=;&task=classification");
    const Dataset d = loadDataset(spec, base);
    EXPECT_EQ(d.size(), 3u);
    EXPECT_EQ(d.sampleShape(), (Shape { 2 }));
    EXPECT_EQ(d.origin(0).file, base + "/data/t.csv");
    // The same spec from another folder fails, naming the resolved path.
    try {
        loadDataset(spec, "/nonexistent");
        FAIL() << "expected a DataError";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/data/t.csv"), std::string::npos) << e.what();
    }
    // A hand-built spec is validated when loaded.
    EXPECT_THROW(loadDataset(DataSpec { "csv", "", "", {} }, base), DataError);
    EXPECT_THROW(loadDataset(DataSpec { "toy", "spiral", "", { { "samples", "x" } } }, base), DataError);
}

TEST(DataSpec, FashionMnistNotInstalledIsADataError)
{
    const char* env = std::getenv("NETWRIGHT_FASHION_MNIST");
    const std::string saved = env ? env : "";
    ::setenv("NETWRIGHT_FASHION_MNIST", "/nonexistent/fmnist", 1);
    try {
        loadDataset(parseDataSpec("fashion-mnist:test"), "");
        ADD_FAILURE() << "expected a DataError";
    } catch (const DataError& e) {
        EXPECT_NE(
            std::string(e.what()).find("Fashion-MNIST is not installed in /nonexistent/fmnist"), std::string::npos)
            << e.what();
    }
    if (env)
        ::setenv("NETWRIGHT_FASHION_MNIST", saved.c_str(), 1);
    else
        ::unsetenv("NETWRIGHT_FASHION_MNIST");
}
