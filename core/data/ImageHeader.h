#pragma once
// The width and height an image file claims, read from its header alone (PNG,
// JPEG, BMP, PNM, WebP, TIFF), so a file that claims a giant picture is refused
// before a decoder allocates what it claims: OpenCV sizes its buffer from the
// header (up to 2^30 pixels, gigabytes) before it finds out the data is not there.
#include <cstdint>
#include <optional>
#include <string>

namespace nw {

struct ImageDimensions {
    std::uint64_t width = 0;
    std::uint64_t height = 0;
};

// Larger images are refused: 8192 x 8192, four times a 4K frame and more than
// most cameras; a decoded RGB image of this size is 200 MB.
constexpr std::uint64_t kMaxImagePixels = 1ull << 26;

// The dimensions the header of `path` claims; nullopt when the format is not one
// of the above or the header is too short to say (the decoder then decides).
std::optional<ImageDimensions> readImageDimensions(const std::string& path);

} // namespace nw
