#include "data/IdxFile.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <string>
#include <vector>

using namespace nw;

namespace {

std::string tmpPath(const std::string& name)
{
    return std::string(NETWRIGHT_TEST_TMP) + "/" + name;
}

std::vector<std::uint8_t> idxBytes(std::vector<std::uint32_t> dims, std::size_t dataBytes)
{
    std::vector<std::uint8_t> b = {0, 0, 0x08, static_cast<std::uint8_t>(dims.size())};
    for (auto d : dims)
        for (int s = 24; s >= 0; s -= 8)
            b.push_back(static_cast<std::uint8_t>(d >> s));
    for (std::size_t i = 0; i < dataBytes; ++i)
        b.push_back(static_cast<std::uint8_t>(i * 7));
    return b;
}

void writeRaw(const std::string& path, const std::vector<std::uint8_t>& b)
{
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), static_cast<long>(b.size()));
}

void writeGzip(const std::string& path, const std::vector<std::uint8_t>& b)
{
    gzFile gz = gzopen(path.c_str(), "wb");
    gzwrite(gz, b.data(), static_cast<unsigned>(b.size()));
    gzclose(gz);
}

std::string errorOf(const std::string& path)
{
    try {
        readIdxFile(path);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(IdxFile, ReadsRawImages)
{
    const auto path = tmpPath("raw-images.idx");
    writeRaw(path, idxBytes({3, 2, 2}, 12));
    const IdxArray a = readIdxFile(path);
    EXPECT_EQ(a.dims, (std::vector<std::uint32_t>{3, 2, 2}));
    EXPECT_EQ(a.count(), 3u);
    EXPECT_EQ(a.itemSize(), 4u);
    ASSERT_EQ(a.values.size(), 12u);
    EXPECT_EQ(a.values[5], 35);
}

TEST(IdxFile, ReadsGzipLabels)
{
    const auto path = tmpPath("labels.idx.gz");
    writeGzip(path, idxBytes({5}, 5));
    const IdxArray a = readIdxFile(path);
    EXPECT_EQ(a.count(), 5u);
    EXPECT_EQ(a.values[4], 28);
}

TEST(IdxFile, TruncatedDataNamesFileAndProblem)
{
    const auto path = tmpPath("truncated.idx");
    writeRaw(path, idxBytes({10, 28, 28}, 100));
    const std::string msg = errorOf(path);
    EXPECT_NE(msg.find(path), std::string::npos) << msg;
    EXPECT_NE(msg.find("truncated"), std::string::npos) << msg;
}

TEST(IdxFile, LyingHugeHeaderIsRefusedWithoutAllocating)
{
    const auto path = tmpPath("lying.idx");
    writeRaw(path, idxBytes({0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu}, 16));
    EXPECT_NE(errorOf(path).find("header declares"), std::string::npos);
}

TEST(IdxFile, ShortHeaderAndBadMagicAreRefused)
{
    const auto shortPath = tmpPath("short.idx");
    writeRaw(shortPath, {0, 0});
    EXPECT_NE(errorOf(shortPath).find("too short"), std::string::npos);
    const auto magicPath = tmpPath("magic.idx");
    writeRaw(magicPath, {'P', 'K', 3, 4, 0, 0, 0, 0});
    EXPECT_NE(errorOf(magicPath).find("not an IDX file"), std::string::npos);
    const auto floatPath = tmpPath("float.idx");
    writeRaw(floatPath, {0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0});
    EXPECT_NE(errorOf(floatPath).find("not supported"), std::string::npos);
}

TEST(IdxFile, MissingFileIsAClearError)
{
    EXPECT_NE(errorOf(tmpPath("does-not-exist.idx")).find("cannot open"), std::string::npos);
}

TEST(IdxFile, ReadsRealFashionMnistWhenInstalled)
{
    const std::string path = "/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz";
    if (!std::ifstream(path))
        GTEST_SKIP() << "dataset-fashion-mnist is not installed";
    const IdxArray a = readIdxFile(path);
    EXPECT_EQ(a.count(), 10000u);
    for (auto v : a.values)
        ASSERT_LT(v, 10);
}
