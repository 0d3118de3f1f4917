// readImageDimensions: the size each format's header claims, checked against
// files OpenCV's own encoders wrote (the reference), and a PNG whose header claims
// 32000 x 32000 pixels refused by the image loader before anything is decoded.
#include "data/ImageHeader.h"

#include "data/DataError.h"
#include "data/ImageFolderDataset.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace nw;

namespace {

fs::path tmpDir(const std::string& name)
{
    const fs::path dir = fs::path(NETWRIGHT_TEST_TMP) / ("image-header-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST(ImageHeader, ReadsTheSizeEveryEncoderWrote)
{
    const fs::path dir = tmpDir("formats");
    cv::Mat image(5, 7, CV_8UC3, cv::Scalar(10, 200, 30)); // 7 wide, 5 high
    for (const char* ext : { ".png", ".jpg", ".bmp", ".ppm", ".pgm", ".webp", ".tif" }) {
        SCOPED_TRACE(ext);
        const std::string path = (dir / (std::string("seven-by-five") + ext)).string();
        cv::Mat written = image;
        if (std::string(ext) == ".pgm")
            cv::cvtColor(image, written, cv::COLOR_BGR2GRAY);
        ASSERT_TRUE(cv::imwrite(path, written));
        const std::optional<ImageDimensions> d = readImageDimensions(path);
        ASSERT_TRUE(d.has_value());
        EXPECT_EQ(d->width, 7u);
        EXPECT_EQ(d->height, 5u);
    }
}

TEST(ImageHeader, UnknownOrShortFilesLeaveItToTheDecoder)
{
    const fs::path dir = tmpDir("unknown");
    std::ofstream(dir / "text.png") << "not an image";
    std::ofstream(dir / "short.png") << "\x89PNG";
    EXPECT_FALSE(readImageDimensions((dir / "text.png").string()));
    EXPECT_FALSE(readImageDimensions((dir / "short.png").string()));
    EXPECT_FALSE(readImageDimensions((dir / "missing.png").string()));
}

TEST(ImageHeader, AClaimOfAGiantImageIsRefusedBeforeDecoding)
{
    const std::string folder = NETWRIGHT_CORRUPT_DIR "/images/huge-dimensions";
    const std::string file = folder + "/big/claims-32000x32000.png";
    const std::optional<ImageDimensions> d = readImageDimensions(file);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->width, 32000u);
    std::vector<std::uint8_t> pixels(8 * 8);
    std::string problem;
    EXPECT_FALSE(decodeImage(file, { .width = 8, .height = 8 }, pixels.data(), &problem));
    EXPECT_NE(problem.find("claims 32000x32000 pixels"), std::string::npos) << problem;
    try {
        loadImageFolder(folder, { .width = 8, .height = 8 });
        FAIL() << "loaded";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("claims-32000x32000.png: the image claims 32000x32000 pixels"),
            std::string::npos)
            << e.what();
    }
}
