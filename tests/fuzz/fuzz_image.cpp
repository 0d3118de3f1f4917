// Image files as `images:` folders and `predict photo.png` decode them: OpenCV's
// decoders (PNG, JPEG, BMP, TIFF, WebP, PNM: chosen by content, not by name)
// behind decodeImage(), gray and RGB, resized to the network's input.
#include "FuzzInputFile.h"

#include "data/ImageFolderDataset.h"

#include <vector>

namespace {

void decode(const std::string& path, bool grayscale, int width, int height)
{
    nw::ImageFolderOptions options;
    options.grayscale = grayscale;
    options.width = width;
    options.height = height;
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>((grayscale ? 1 : 3) * width * height));
    (void)nw::decodeImage(path, options, pixels.data());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.png", data, size);
    decode(path, true, 28, 28);
    decode(path, false, 32, 24);
    return 0;
}
