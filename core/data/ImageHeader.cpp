#include "ImageHeader.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <vector>

namespace nw {

namespace {

std::uint32_t be16(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 8) | p[1];
}
std::uint32_t le16(const unsigned char* p)
{
    return (std::uint32_t(p[1]) << 8) | p[0];
}
std::uint32_t be32(const unsigned char* p)
{
    return (be16(p) << 16) | be16(p + 2);
}
std::uint32_t le32(const unsigned char* p)
{
    return (le16(p + 2) << 16) | le16(p);
}
std::uint32_t le24(const unsigned char* p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16);
}

std::optional<ImageDimensions> png(const std::vector<unsigned char>& b)
{
    // Signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
    if (b.size() < 24 || std::memcmp(b.data() + 12, "IHDR", 4) != 0)
        return std::nullopt;
    return ImageDimensions { be32(&b[16]), be32(&b[20]) };
}

std::optional<ImageDimensions> jpeg(std::ifstream& in)
{
    // Markers after SOI: the first start-of-frame (SOF0..SOF15 but DHT C4, JPG C8,
    // DAC CC) holds precision, height, width.
    in.seekg(2);
    for (int markers = 0; markers < 4096; ++markers) {
        unsigned char m[4];
        if (!in.read(reinterpret_cast<char*>(m), 2) || m[0] != 0xFF)
            return std::nullopt;
        while (m[1] == 0xFF) // fill bytes
            if (!in.read(reinterpret_cast<char*>(m + 1), 1))
                return std::nullopt;
        const unsigned char marker = m[1];
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01)
            continue; // no length
        if (!in.read(reinterpret_cast<char*>(m), 2))
            return std::nullopt;
        const std::uint32_t length = be16(m);
        if (length < 2)
            return std::nullopt;
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            unsigned char sof[5];
            if (!in.read(reinterpret_cast<char*>(sof), 5))
                return std::nullopt;
            return ImageDimensions { be16(sof + 3), be16(sof + 1) };
        }
        in.seekg(length - 2, std::ios::cur);
    }
    return std::nullopt;
}

std::optional<ImageDimensions> bmp(const std::vector<unsigned char>& b)
{
    if (b.size() < 26)
        return std::nullopt;
    if (le32(&b[14]) == 12) // OS/2 BITMAPCOREHEADER: 16-bit sizes
        return ImageDimensions { le16(&b[18]), le16(&b[20]) };
    const auto height = static_cast<std::int32_t>(le32(&b[22])); // negative: top-down
    const std::int64_t h = height < 0 ? -static_cast<std::int64_t>(height) : height;
    return ImageDimensions { le32(&b[18]), static_cast<std::uint64_t>(h) };
}

std::optional<ImageDimensions> pnm(const std::vector<unsigned char>& b)
{
    // "P1".."P6", then width and height as decimal text, with comments from '#'.
    std::uint64_t values[2] = { 0, 0 };
    std::size_t i = 2;
    for (std::uint64_t& v : values) {
        for (;;) {
            while (i < b.size() && std::isspace(b[i]))
                ++i;
            if (i < b.size() && b[i] == '#') {
                while (i < b.size() && b[i] != '\n')
                    ++i;
                continue;
            }
            break;
        }
        if (i >= b.size() || !std::isdigit(b[i]))
            return std::nullopt;
        while (i < b.size() && std::isdigit(b[i]) && v < (1ull << 40))
            v = v * 10 + (b[i++] - '0');
    }
    return ImageDimensions { values[0], values[1] };
}

std::optional<ImageDimensions> webp(const std::vector<unsigned char>& b)
{
    if (b.size() < 30)
        return std::nullopt;
    if (std::memcmp(&b[12], "VP8X", 4) == 0)
        return ImageDimensions { le24(&b[24]) + 1ull, le24(&b[27]) + 1ull };
    if (std::memcmp(&b[12], "VP8L", 4) == 0) {
        const std::uint32_t bits = le32(&b[21]);
        return ImageDimensions { (bits & 0x3FFF) + 1ull, ((bits >> 14) & 0x3FFF) + 1ull };
    }
    if (std::memcmp(&b[12], "VP8 ", 4) == 0)
        return ImageDimensions { le16(&b[26]) & 0x3FFF, le16(&b[28]) & 0x3FFF };
    return std::nullopt;
}

std::optional<ImageDimensions> tiff(std::ifstream& in, bool little)
{
    // The first IFD's ImageWidth (256) and ImageLength (257) entries.
    const auto u16 = [little](const unsigned char* p) { return little ? le16(p) : be16(p); };
    const auto u32 = [little](const unsigned char* p) { return little ? le32(p) : be32(p); };
    unsigned char h[8];
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(h), 8))
        return std::nullopt;
    in.seekg(u32(h + 4));
    unsigned char n[2];
    if (!in.read(reinterpret_cast<char*>(n), 2))
        return std::nullopt;
    ImageDimensions d;
    for (std::uint32_t e = 0, count = std::min<std::uint32_t>(u16(n), 4096); e < count; ++e) {
        unsigned char entry[12];
        if (!in.read(reinterpret_cast<char*>(entry), 12))
            return std::nullopt;
        const std::uint32_t tag = u16(entry), type = u16(entry + 2);
        const std::uint64_t value = type == 3 ? u16(entry + 8) : u32(entry + 8);
        if (tag == 256)
            d.width = value;
        else if (tag == 257)
            d.height = value;
    }
    if (d.width == 0 && d.height == 0)
        return std::nullopt;
    return d;
}

} // namespace

std::optional<ImageDimensions> readImageDimensions(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::vector<unsigned char> b(64);
    in.read(reinterpret_cast<char*>(b.data()), static_cast<std::streamsize>(b.size()));
    b.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    if (b.size() >= 8 && std::memcmp(b.data(), "\x89PNG\r\n\x1a\n", 8) == 0)
        return png(b);
    if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        return jpeg(in);
    if (b.size() >= 2 && b[0] == 'B' && b[1] == 'M')
        return bmp(b);
    if (b.size() >= 2 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6')
        return pnm(b);
    if (b.size() >= 12 && std::memcmp(b.data(), "RIFF", 4) == 0 && std::memcmp(b.data() + 8, "WEBP", 4) == 0)
        return webp(b);
    if (b.size() >= 4 && (std::memcmp(b.data(), "II*\0", 4) == 0 || std::memcmp(b.data(), "MM\0*", 4) == 0))
        return tiff(in, b[0] == 'I');
    return std::nullopt;
}

} // namespace nw
