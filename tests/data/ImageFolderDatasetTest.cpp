#include "data/DataSpec.h"
#include "data/ImageFolderDataset.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>
#include <numeric>

using namespace nw;
namespace fs = std::filesystem;

namespace {

std::string freshFolder(const std::string& name)
{
    const fs::path root = fs::path(NETWRIGHT_TEST_TMP) / ("imgfolder-" + name);
    fs::remove_all(root);
    fs::create_directories(root);
    return root.string();
}

void writePng(const std::string& path, const cv::Mat& image)
{
    fs::create_directories(fs::path(path).parent_path());
    ASSERT_TRUE(cv::imwrite(path, image)) << path;
}

std::vector<float> pixelsOf(const Dataset& d, std::size_t i)
{
    Tensor in, t;
    const std::vector<std::size_t> idx = { i };
    d.fillBatch(idx, in, t);
    return std::vector<float>(in.data(), in.data() + in.size());
}

std::string errorOf(const std::string& root, const ImageFolderOptions& o = {})
{
    try {
        loadImageFolder(root, o);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(ImageFolderDataset, GrayImagesSortedClassesAndOrigins)
{
    const std::string root = freshFolder("gray");
    writePng(root + "/zebra/b.png", cv::Mat(2, 2, CV_8UC1, cv::Scalar(200)));
    writePng(root + "/zebra/a.png", cv::Mat(2, 2, CV_8UC1, cv::Scalar(100)));
    writePng(root + "/ant/nested/c.png", cv::Mat(2, 2, CV_8UC1, cv::Scalar(50)));
    std::ofstream(root + "/zebra/notes.txt") << "not an image";
    std::ofstream(root + "/zebra/.hidden.png") << "ignored";

    ImageFolderReport report;
    const Dataset d = loadImageFolder(root, { .width = 2, .height = 2 }, &report);
    EXPECT_EQ(d.name(), "imgfolder-gray");
    EXPECT_EQ(d.classNames(), (std::vector<std::string> { "ant", "zebra" }));
    EXPECT_EQ(d.sampleShape(), (Shape { 1, 2, 2 }));
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d.labels(), (std::vector<int> { 0, 1, 1 }));
    EXPECT_EQ(d.origin(1).file, root + "/zebra/a.png");
    EXPECT_EQ(d.origin(0).file, root + "/ant/nested/c.png");
    EXPECT_FLOAT_EQ(pixelsOf(d, 1)[0], 100.0f / 255.0f);
    EXPECT_FLOAT_EQ(pixelsOf(d, 2)[3], 200.0f / 255.0f);
    EXPECT_EQ(report.imagesRead, 3u);
    EXPECT_EQ(report.otherFilesIgnored, 1u);
}

TEST(ImageFolderDataset, RgbIsPlanarInRgbOrder)
{
    const std::string root = freshFolder("rgb");
    // OpenCV stores BGR: (B, G, R) = (10, 20, 30) is red 30, green 20, blue 10.
    writePng(root + "/only/x.png", cv::Mat(2, 3, CV_8UC3, cv::Scalar(10, 20, 30)));
    const Dataset d = loadImageFolder(root, { .width = 3, .height = 2, .grayscale = false });
    EXPECT_EQ(d.sampleShape(), (Shape { 3, 2, 3 }));
    const std::vector<float> p = pixelsOf(d, 0);
    EXPECT_FLOAT_EQ(p[0], 30.0f / 255.0f); // R plane
    EXPECT_FLOAT_EQ(p[6], 20.0f / 255.0f); // G plane
    EXPECT_FLOAT_EQ(p[12], 10.0f / 255.0f); // B plane
    // A colour file loaded as gray becomes one channel.
    EXPECT_EQ(loadImageFolder(root, { .width = 3, .height = 2 }).sampleShape(), (Shape { 1, 2, 3 }));
}

TEST(ImageFolderDataset, ResizesWithAreaAveraging)
{
    const std::string root = freshFolder("resize");
    cv::Mat image(4, 4, CV_8UC1, cv::Scalar(0));
    image(cv::Rect(0, 0, 2, 2)).setTo(200); // top-left quarter bright
    image(cv::Rect(2, 2, 2, 2)).setTo(100);
    writePng(root + "/c/big.png", image);
    const Dataset d = loadImageFolder(root, { .width = 2, .height = 2 });
    const std::vector<float> p = pixelsOf(d, 0);
    EXPECT_FLOAT_EQ(p[0], 200.0f / 255.0f);
    EXPECT_FLOAT_EQ(p[1], 0.0f);
    EXPECT_FLOAT_EQ(p[3], 100.0f / 255.0f);
}

TEST(ImageFolderDataset, CentreCropKeepsTheMiddleWithoutSquashing)
{
    // 8 wide, 4 high: two dark columns, four grey, two bright. Cropped to 4x4 the
    // grey middle is all that is left; stretched, the sides are squeezed in.
    const std::string root = freshFolder("crop");
    cv::Mat image(4, 8, CV_8UC1, cv::Scalar(150));
    image(cv::Rect(0, 0, 2, 4)).setTo(50);
    image(cv::Rect(6, 0, 2, 4)).setTo(250);
    writePng(root + "/c/wide.png", image);
    const Dataset cropped = loadImageFolder(root, { .width = 4, .height = 4, .centreCrop = true });
    for (float v : pixelsOf(cropped, 0))
        EXPECT_FLOAT_EQ(v, 150.0f / 255.0f);
    const Dataset stretched = loadImageFolder(root, { .width = 4, .height = 4 });
    EXPECT_FLOAT_EQ(pixelsOf(stretched, 0)[0], 50.0f / 255.0f);
    EXPECT_FLOAT_EQ(pixelsOf(stretched, 0)[3], 250.0f / 255.0f);

    // A smaller, taller image is scaled up to cover the target first: 2x6 becomes 4x12,
    // whose middle four rows are left.
    const std::string tall = freshFolder("crop-tall");
    cv::Mat upright(6, 2, CV_8UC1, cv::Scalar(90));
    upright(cv::Rect(0, 0, 2, 1)).setTo(10);
    writePng(tall + "/c/tall.png", upright);
    const Dataset up = loadImageFolder(tall, { .width = 4, .height = 4, .centreCrop = true });
    const auto p = pixelsOf(up, 0);
    EXPECT_FLOAT_EQ(p[0], 90.0f / 255.0f) << "the dark top row was cut away";
    EXPECT_FLOAT_EQ(p[15], 90.0f / 255.0f);

    // Through a data spec, and a wrong value refused.
    const Dataset viaSpec = loadDataset(parseDataSpec("images:" + root + "?size=4x4&fit=crop"), "");
    EXPECT_EQ(pixelsOf(viaSpec, 0), pixelsOf(cropped, 0));
    try {
        parseDataSpec("images:" + root + "?fit=squash");
        FAIL() << "fit=squash was accepted";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("stretch or crop"), std::string::npos) << e.what();
    }
}

TEST(ImageFolderDataset, UnreadableFilesRefusedOrSkippedAndCounted)
{
    const std::string root = freshFolder("corrupt");
    writePng(root + "/a/good.png", cv::Mat(2, 2, CV_8UC1, cv::Scalar(1)));
    std::ofstream(root + "/a/text.png") << "just text";
    std::string msg = errorOf(root);
    EXPECT_NE(msg.find(root + "/a/text.png: not a readable image"), std::string::npos) << msg;

    ImageFolderReport report;
    const Dataset d = loadImageFolder(root, { .skipUnreadable = true }, &report);
    EXPECT_EQ(d.size(), 1u);
    EXPECT_EQ(d.sampleShape(), (Shape { 1, 28, 28 }));
    ASSERT_EQ(report.skippedFiles.size(), 1u);
    EXPECT_EQ(report.skippedFiles[0], root + "/a/text.png");
}

TEST(ImageFolderDataset, LayoutErrorsAreClear)
{
    const std::string root = freshFolder("layout");
    std::string msg = errorOf(root);
    EXPECT_NE(msg.find("has no subfolders"), std::string::npos) << msg;
    fs::create_directories(root + "/empty");
    writePng(root + "/full/x.png", cv::Mat(2, 2, CV_8UC1, cv::Scalar(1)));
    msg = errorOf(root);
    EXPECT_NE(msg.find("class folder 'empty' holds no images"), std::string::npos) << msg;
    msg = errorOf(root + "/missing");
    EXPECT_NE(msg.find("missing: not a folder"), std::string::npos) << msg;
    msg = errorOf(root, { .width = 0 });
    EXPECT_NE(msg.find("image size 0x28"), std::string::npos) << msg;
}
