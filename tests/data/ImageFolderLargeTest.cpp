// An image folder of 100,000 files (two classes of 50,000 tiny PNGs, written once
// into the build tree): it loads whole, reporting its progress as it goes, and a
// cancel from another thread stops it within moments, while it lists the files or
// while it decodes them. Labelled `large`: about ten seconds on two cores.
#include "data/DataLoadProgress.h"
#include "data/DataSpec.h"
#include "data/ImageFolderDataset.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace nw;

namespace {

constexpr std::size_t kPerClass = 50'000;

class ImageFolderLarge : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_root = fs::path(NETWRIGHT_TEST_TMP) / "image-folder-100000";
        if (fs::exists(s_root))
            return; // written by an earlier run
        // Written under a name of this process's own and renamed into place whole, so
        // tests that ctest runs in parallel never see (or delete) half a folder.
        const fs::path mine = s_root.string() + ".partial-" + std::to_string(::getpid());
        std::vector<uchar> png;
        cv::imencode(".png", cv::Mat(4, 4, CV_8UC1, cv::Scalar(128)), png);
        for (const char* cls : { "a", "b" }) {
            fs::create_directories(mine / cls);
            for (std::size_t i = 0; i < kPerClass; ++i) {
                std::ofstream out(mine / cls / (std::to_string(i) + ".png"), std::ios::binary);
                out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
            }
        }
        std::error_code ec;
        fs::rename(mine, s_root, ec);
        if (ec) // another run was first: use its folder
            fs::remove_all(mine, ec);
    }

    static fs::path s_root;
};

fs::path ImageFolderLarge::s_root;

} // namespace

TEST_F(ImageFolderLarge, LoadsAHundredThousandFilesReportingProgress)
{
    DataLoadProgress progress;
    std::vector<std::size_t> seen;
    std::atomic<bool> finished { false };
    std::thread watcher([&] {
        while (!finished) {
            seen.push_back(progress.done.load());
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    const auto start = std::chrono::steady_clock::now();
    std::optional<Dataset> data;
    {
        const ScopedDataLoadProgress scope(&progress);
        data.emplace(loadImageFolder(s_root.string(), { .width = 4, .height = 4 }));
    }
    finished = true;
    watcher.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(data->size(), 2 * kPerClass);
    EXPECT_EQ(progress.total.load(), 2 * kPerClass);
    EXPECT_EQ(progress.done.load(), 2 * kPerClass);
    // Seen on the way, not only at the end, and never going back.
    const auto between
        = std::count_if(seen.begin(), seen.end(), [](std::size_t d) { return d > 0 && d < 2 * kPerClass; });
    EXPECT_GT(between, 0);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    std::printf("100000 files loaded in %.2f s\n", seconds);
}

TEST_F(ImageFolderLarge, ACancelStopsTheLoadWhileDecoding)
{
    DataLoadProgress progress;
    std::thread canceller([&] {
        while (progress.done.load() < 2000)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        progress.cancel = true;
    });
    const ScopedDataLoadProgress scope(&progress);
    try {
        loadDataset(parseDataSpec("images:" + s_root.string() + "?size=4"), "");
        FAIL() << "loaded although cancelled";
    } catch (const DataLoadCancelled& e) {
        EXPECT_NE(std::string(e.what()).find("loading was cancelled"), std::string::npos);
    }
    canceller.join();
    EXPECT_LT(progress.done.load(), 2 * kPerClass / 2) << "stopped soon after the cancel";
}

TEST_F(ImageFolderLarge, ACancelBeforeTheFilesAreCountedStopsTheListing)
{
    DataLoadProgress progress;
    progress.cancel = true;
    const ScopedDataLoadProgress scope(&progress);
    EXPECT_THROW(loadImageFolder(s_root.string(), { .width = 4, .height = 4 }), DataLoadCancelled);
    EXPECT_EQ(progress.done.load(), 0u);
}
