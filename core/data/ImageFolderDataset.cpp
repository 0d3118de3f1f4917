#include "ImageFolderDataset.h"

#include "DataLoadProgress.h"
#include "ImageHeader.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace fs = std::filesystem;

namespace nw {

namespace {

constexpr int kMaxSide = 4096;

bool isHidden(const fs::path& p)
{
    return p.filename().string().starts_with(".");
}

// Every image below `folder`, sorted by path; hidden files and folders skipped.
std::vector<fs::path> imagesBelow(const fs::path& folder, std::size_t& ignored)
{
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::follow_directory_symlink, ec), end;
    if (ec)
        throw DataError(folder.string() + ": cannot list the folder (" + ec.message() + ")");
    for (; it != end; it.increment(ec)) {
        if (ec)
            throw DataError(folder.string() + ": cannot list the folder (" + ec.message() + ")");
        if (isHidden(it->path())) {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec))
            continue;
        if (hasImageExtension(it->path().string()))
            files.push_back(it->path());
        else
            ++ignored;
        // Counting 100,000 files takes seconds too: a stop is honoured while listing.
        if (files.size() % 1024 == 0)
            reportDataLoadProgress(0, 0, folder.string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

bool hasImageExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    static const char* const known[]
        = { ".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm", ".pbm", ".pnm" };
    return std::find(std::begin(known), std::end(known), ext) != std::end(known);
}

bool decodeImage(const std::string& file, const ImageFolderOptions& o, std::uint8_t* out, std::string* problem)
{
    if (o.width < 1 || o.width > kMaxSide || o.height < 1 || o.height > kMaxSide)
        return false;
    // Before the decoder sizes its buffer from the header.
    if (const std::optional<ImageDimensions> claimed = readImageDimensions(file)) {
        const unsigned __int128 pixels = static_cast<unsigned __int128>(claimed->width) * claimed->height;
        if (pixels > kMaxImagePixels) {
            if (problem)
                *problem = file + ": the image claims " + std::to_string(claimed->width) + "x"
                    + std::to_string(claimed->height) + " pixels, more than the "
                    + std::to_string(kMaxImagePixels) + " an image may have; not decoded";
            return false;
        }
    }
    cv::Mat image;
    try {
        image = cv::imread(file, o.grayscale ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
    } catch (const cv::Exception&) {
        return false;
    }
    if (image.empty())
        return false;
    if (!o.grayscale)
        cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
    if (o.centreCrop && static_cast<long long>(image.cols) * o.height != static_cast<long long>(image.rows) * o.width) {
        // Scale so the image covers the target, then keep the centre.
        const double scale
            = std::max(static_cast<double>(o.width) / image.cols, static_cast<double>(o.height) / image.rows);
        const int w = std::max(o.width, static_cast<int>(std::lround(image.cols * scale)));
        const int h = std::max(o.height, static_cast<int>(std::lround(image.rows * scale)));
        cv::resize(image, image, cv::Size(w, h), 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
        image = image(cv::Rect((w - o.width) / 2, (h - o.height) / 2, o.width, o.height)).clone();
    }
    if (image.cols != o.width || image.rows != o.height)
        cv::resize(image, image, cv::Size(o.width, o.height), 0, 0, cv::INTER_AREA);
    // HWC (interleaved) to CHW (planar), the engine's layout.
    const int channels = image.channels();
    const std::size_t plane = static_cast<std::size_t>(o.width) * static_cast<std::size_t>(o.height);
    for (int y = 0; y < o.height; ++y) {
        const std::uint8_t* row = image.ptr<std::uint8_t>(y);
        for (int x = 0; x < o.width; ++x)
            for (int c = 0; c < channels; ++c)
                out[static_cast<std::size_t>(c) * plane + static_cast<std::size_t>(y) * o.width + x]
                    = row[x * channels + c];
    }
    return true;
}

Dataset loadImageFolder(const std::string& root, const ImageFolderOptions& options, ImageFolderReport* report)
{
    if (options.width < 1 || options.width > kMaxSide || options.height < 1 || options.height > kMaxSide)
        throw DataError(root + ": image size " + std::to_string(options.width) + "x" + std::to_string(options.height)
            + " is outside 1..." + std::to_string(kMaxSide));
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        throw DataError(root + ": not a folder (an image dataset is a folder with one subfolder per class)");

    std::vector<fs::path> classFolders;
    for (const auto& entry : fs::directory_iterator(root, ec))
        if (!isHidden(entry.path()) && entry.is_directory())
            classFolders.push_back(entry.path());
    if (ec)
        throw DataError(root + ": cannot list the folder (" + ec.message() + ")");
    if (classFolders.empty())
        throw DataError(root
            + ": has no subfolders; put the images of each class in a subfolder named after it "
              "(for example "
            + root + "/cat/001.png)");
    std::sort(classFolders.begin(), classFolders.end());

    ImageFolderReport rep;
    std::vector<std::string> classNames;
    std::vector<std::vector<fs::path>> files;
    std::size_t total = 0;
    for (const fs::path& folder : classFolders) {
        files.push_back(imagesBelow(folder, rep.otherFilesIgnored));
        if (files.back().empty())
            throw DataError(folder.string() + ": class folder '" + folder.filename().string()
                + "' holds no images (.png, .jpg, .bmp, .tif, .webp, .pnm)");
        classNames.push_back(folder.filename().string());
        total += files.back().size();
    }

    const int channels = options.grayscale ? 1 : 3;
    const std::size_t sampleSize
        = static_cast<std::size_t>(channels) * static_cast<std::size_t>(options.width) * options.height;
    std::vector<std::uint8_t> pixels(total * sampleSize);
    std::vector<int> labels;
    std::vector<SampleOrigin> origins;
    labels.reserve(total);
    origins.reserve(total);
    std::size_t visited = 0;
    for (std::size_t c = 0; c < files.size(); ++c) {
        for (const fs::path& file : files[c]) {
            reportDataLoadProgress(visited++, total, root);
            std::string problem;
            if (!decodeImage(file.string(), options, pixels.data() + labels.size() * sampleSize, &problem)) {
                if (!options.skipUnreadable)
                    throw DataError(!problem.empty() ? problem
                                                     : file.string()
                            + ": not a readable image (corrupt, or not the format its "
                              "extension says)");
                rep.skippedFiles.push_back(file.string());
                continue;
            }
            labels.push_back(static_cast<int>(c));
            origins.push_back({ file.string(), 0 });
        }
    }
    reportDataLoadProgress(total, total, root);
    if (labels.empty())
        throw DataError(root + ": none of the " + std::to_string(total) + " image files could be read");
    pixels.resize(labels.size() * sampleSize);
    rep.imagesRead = labels.size();

    std::string name = fs::path(root).filename().string();
    if (name.empty())
        name = fs::path(root).parent_path().filename().string();
    Dataset dataset = Dataset::fromBytes(name, { channels, options.height, options.width }, std::move(pixels),
        1.0f / 255.0f, std::move(labels), std::move(classNames));
    dataset.setOrigins(std::move(origins));
    if (report)
        *report = std::move(rep);
    return dataset;
}

} // namespace nw
