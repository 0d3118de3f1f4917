#include "data/IdxDataset.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace nw;

namespace {

std::string tmpPath(const std::string& name)
{
    return std::string(NETWRIGHT_TEST_TMP) + "/idxds-" + name;
}

std::vector<std::uint8_t> idxBytes(const std::vector<std::uint32_t>& dims, const std::vector<std::uint8_t>& values)
{
    std::vector<std::uint8_t> b = { 0, 0, 0x08, static_cast<std::uint8_t>(dims.size()) };
    for (auto d : dims)
        for (int s = 24; s >= 0; s -= 8)
            b.push_back(static_cast<std::uint8_t>(d >> s));
    b.insert(b.end(), values.begin(), values.end());
    return b;
}

void writeFile(const std::string& path, const std::vector<std::uint8_t>& b)
{
    if (path.ends_with(".gz")) {
        gzFile gz = gzopen(path.c_str(), "wb");
        gzwrite(gz, b.data(), static_cast<unsigned>(b.size()));
        gzclose(gz);
    } else {
        std::ofstream(path, std::ios::binary)
            .write(reinterpret_cast<const char*>(b.data()), static_cast<long>(b.size()));
    }
}

// Four 2x3 images whose pixel p of image i is 10 * i + p; labels 1, 0, 2, 1.
std::pair<std::string, std::string> writePair(
    const std::string& suffix, std::vector<std::uint8_t> labels = { 1, 0, 2, 1 }, std::uint32_t labelCount = 4)
{
    std::vector<std::uint8_t> pixels;
    for (int i = 0; i < 4; ++i)
        for (int p = 0; p < 6; ++p)
            pixels.push_back(static_cast<std::uint8_t>(10 * i + p));
    const std::string images = tmpPath("images" + suffix);
    const std::string labelFile = tmpPath("labels" + suffix);
    writeFile(images, idxBytes({ 4, 2, 3 }, pixels));
    writeFile(labelFile, idxBytes({ labelCount }, labels));
    return { images, labelFile };
}

std::string errorOf(const std::string& images, const std::string& labels, std::vector<std::string> names = {})
{
    try {
        loadIdxDataset(images, labels, std::move(names));
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(IdxDataset, LoadsRawAndGzipPairs)
{
    for (const std::string suffix : { ".idx", ".idx.gz" }) {
        SCOPED_TRACE(suffix);
        const auto [images, labels] = writePair(suffix);
        const Dataset d = loadIdxDataset(images, labels);
        EXPECT_EQ(d.size(), 4u);
        EXPECT_EQ(d.sampleShape(), (Shape { 1, 2, 3 }));
        EXPECT_EQ(d.classNames(), (std::vector<std::string> { "0", "1", "2" }));
        EXPECT_EQ(d.label(2), 2);
        EXPECT_EQ(d.origin(3).file, images);
        EXPECT_EQ(d.origin(3).index, 3);

        Tensor in, target;
        const std::vector<std::size_t> idx = { 2 };
        d.fillBatch(idx, in, target);
        ASSERT_EQ(in.shape(), (Shape { 1, 1, 2, 3 }));
        EXPECT_FLOAT_EQ(in[0], 20.0f / 255.0f);
        EXPECT_FLOAT_EQ(in[5], 25.0f / 255.0f);
        EXPECT_EQ(target[0], 2.0f);
    }
}

TEST(IdxDataset, ChannelImagesAndGivenClassNames)
{
    std::vector<std::uint8_t> pixels(2 * 3 * 2 * 2, 255);
    const std::string images = tmpPath("rgb.idx");
    const std::string labels = tmpPath("rgb-labels.idx");
    writeFile(images, idxBytes({ 2, 3, 2, 2 }, pixels));
    writeFile(labels, idxBytes({ 2 }, { 0, 0 }));
    const Dataset d = loadIdxDataset(images, labels, { "red", "green" });
    EXPECT_EQ(d.sampleShape(), (Shape { 3, 2, 2 }));
    EXPECT_EQ(d.classCount(), 2);
    EXPECT_EQ(d.classNames()[1], "green");
}

TEST(IdxDataset, CountMismatchNamesBothFiles)
{
    const auto [images, labels] = writePair("-short.idx", { 1, 0, 2 }, 3);
    const std::string msg = errorOf(images, labels);
    EXPECT_NE(msg.find(labels), std::string::npos) << msg;
    EXPECT_NE(msg.find(images), std::string::npos) << msg;
    EXPECT_NE(msg.find("3 labels"), std::string::npos) << msg;
    EXPECT_NE(msg.find("4 images"), std::string::npos) << msg;
}

TEST(IdxDataset, LabelOutsideClassListNamesFileAndSample)
{
    const auto [images, labels] = writePair("-range.idx", { 1, 0, 7, 1 });
    const std::string msg = errorOf(images, labels, { "a", "b", "c" });
    EXPECT_NE(msg.find(labels), std::string::npos) << msg;
    EXPECT_NE(msg.find("label 7 of sample 2"), std::string::npos) << msg;
    // Without class names the classes come from the labels: 0..7.
    EXPECT_EQ(loadIdxDataset(images, labels).classCount(), 8);
}

TEST(IdxDataset, WrongRanksAndMissingFilesAreDataErrors)
{
    const std::string flat = tmpPath("flat.idx");
    writeFile(flat, idxBytes({ 4 }, { 1, 2, 3, 4 }));
    const auto [images, labels] = writePair("-rank.idx");
    std::string msg = errorOf(flat, labels);
    EXPECT_NE(msg.find(flat), std::string::npos) << msg;
    EXPECT_NE(msg.find("N x H x W"), std::string::npos) << msg;
    msg = errorOf(images, images);
    EXPECT_NE(msg.find("labels must be"), std::string::npos) << msg;
    msg = errorOf(images, tmpPath("does-not-exist.idx"));
    EXPECT_NE(msg.find("does-not-exist.idx"), std::string::npos) << msg;
}

TEST(IdxDataset, FashionMnistNamesAndDirectory)
{
    const auto names = fashionMnistClassNames();
    ASSERT_EQ(names.size(), 10u);
    EXPECT_EQ(names.front(), "T-shirt/top");
    EXPECT_EQ(names[5], "Sandal");
    EXPECT_EQ(names.back(), "Ankle boot");
    const char* env = std::getenv("NETWRIGHT_FASHION_MNIST");
    const std::string saved = env ? env : "";
    ::unsetenv("NETWRIGHT_FASHION_MNIST");
    EXPECT_EQ(fashionMnistDirectory(), "/usr/share/datasets/fashion-mnist");
    ::setenv("NETWRIGHT_FASHION_MNIST", "/data/fmnist", 1);
    EXPECT_EQ(fashionMnistDirectory(), "/data/fmnist");
    if (env)
        ::setenv("NETWRIGHT_FASHION_MNIST", saved.c_str(), 1);
    else
        ::unsetenv("NETWRIGHT_FASHION_MNIST");
}

TEST(IdxDataset, RealFashionMnistTestSet)
{
    const std::string dir = fashionMnistDirectory();
    const std::string images = dir + "/t10k-images-idx3-ubyte.gz";
    const std::string labels = dir + "/t10k-labels-idx1-ubyte.gz";
    if (!std::filesystem::exists(images) || !std::filesystem::exists(labels))
        GTEST_SKIP() << "Fashion-MNIST is not installed in " << dir;
    const Dataset d = loadIdxDataset(images, labels, fashionMnistClassNames());
    EXPECT_EQ(d.size(), 10000u);
    EXPECT_EQ(d.sampleShape(), (Shape { 1, 28, 28 }));
    EXPECT_EQ(d.classCount(), 10);
    EXPECT_EQ(d.classCounts(), std::vector<std::size_t>(10, 1000));
    EXPECT_EQ(d.label(0), 9); // the first test image is an ankle boot

    Tensor in, target;
    const std::vector<std::size_t> idx = { 0, 9999 };
    d.fillBatch(idx, in, target);
    float lo = 1.0f, hi = 0.0f;
    for (std::size_t i = 0; i < in.size(); ++i) {
        lo = std::min(lo, in[i]);
        hi = std::max(hi, in[i]);
    }
    EXPECT_EQ(lo, 0.0f);
    EXPECT_LE(hi, 1.0f);
    EXPECT_GT(hi, 0.5f);
}
