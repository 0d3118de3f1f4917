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

TEST(ImageFolderDataset, PerChannelNormalisationGivenOrMeasured)
{
    // Two RGB images: channel c of image k holds 10 * (k + 1) * (c + 1) everywhere.
    const std::string root = freshFolder("normalise");
    for (int k = 0; k < 2; ++k) {
        cv::Mat image(2, 2, CV_8UC3);
        // OpenCV writes BGR: channel order reversed.
        image.setTo(cv::Scalar(30 * (k + 1), 20 * (k + 1), 10 * (k + 1)));
        writePng(root + "/c/" + std::to_string(k) + ".png", image);
    }
    const Dataset raw = loadDataset(parseDataSpec("images:" + root + "?size=2&color=rgb"), "");
    std::vector<float> mean, stddev;
    const std::vector<std::size_t> both { 0, 1 };
    raw.channelStatistics(both, mean, stddev);
    ASSERT_EQ(mean.size(), 3u);
    for (int c = 0; c < 3; ++c) {
        // Values 10(c+1) and 20(c+1): mean 15(c+1), population std 5(c+1), over 255.
        EXPECT_NEAR(mean[c], 15.0f * (c + 1) / 255.0f, 1e-6f);
        EXPECT_NEAR(stddev[c], 5.0f * (c + 1) / 255.0f, 1e-6f);
    }
    const std::vector<std::size_t> first { 0 };
    raw.channelStatistics(first, mean, stddev);
    EXPECT_NEAR(mean[2], 30.0f / 255.0f, 1e-6f);
    EXPECT_EQ(stddev[2], 0.0f);

    // Given statistics through the spec: (x - mean) / std per channel, one value for all or one each.
    const Dataset given
        = loadDataset(parseDataSpec("images:" + root + "?size=2&color=rgb&mean=0.1,0.2,0.3&std=0.5"), "");
    ASSERT_TRUE(given.hasChannelNormalization());
    const std::vector<float> p = pixelsOf(given, 1);
    EXPECT_NEAR(p[0], (20.0f / 255.0f - 0.1f) / 0.5f, 1e-6f);
    EXPECT_NEAR(p[4], (40.0f / 255.0f - 0.2f) / 0.5f, 1e-6f);
    EXPECT_NEAR(p[8], (60.0f / 255.0f - 0.3f) / 0.5f, 1e-6f);
    EXPECT_EQ(given.subset(first).channelMean(), given.channelMean()) << "subsets keep it";

    // Misuse is refused with the folder or the option named.
    const auto problem = [&](const std::string& spec) -> std::string {
        try {
            loadDataset(parseDataSpec("images:" + root + "?size=2&color=rgb&" + spec), "");
        } catch (const DataError& e) {
            return e.what();
        }
        return "";
    };
    EXPECT_NE(problem("mean=0.5").find("mean= and std= go together"), std::string::npos);
    EXPECT_NE(problem("normalize=train&mean=0.5&std=0.2").find("drop mean= and std="), std::string::npos);
    EXPECT_NE(problem("mean=0.5,0.5&std=0.2").find("one value or 3 (one per channel), got 2"), std::string::npos);
    EXPECT_NE(problem("mean=0.5&std=0").find("standard deviation above 0"), std::string::npos);
    EXPECT_NE(problem("mean=abc&std=1").find("one number, or one per channel"), std::string::npos);
    EXPECT_NE(problem("normalize=yes").find("none or train"), std::string::npos);
}
