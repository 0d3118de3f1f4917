#include "IdxFile.h"

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace nw {

std::size_t IdxArray::itemSize() const
{
    std::size_t n = 1;
    for (std::size_t i = 1; i < dims.size(); ++i)
        n *= dims[i];
    return n;
}

namespace {

// Reads the whole file into memory, decompressing gzip. The raw file size bounds
// how much we read: a gzip stream expands at most ~1032x, and we cap on that.
std::vector<std::uint8_t> readAllBytes(const std::string& path)
{
    // A pipe would block the open until a writer comes, and a device has no size.
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw DataError(path + ": is not a regular file (a folder, device, pipe or socket)");
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> raw(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!raw)
        throw DataError(path + ": cannot open file");
    std::fseek(raw.get(), 0, SEEK_END);
    const long fileSize = std::ftell(raw.get());
    raw.reset();
    if (fileSize < 0)
        throw DataError(path + ": cannot read file size");

    gzFile gz = gzopen(path.c_str(), "rb");
    if (!gz)
        throw DataError(path + ": cannot open file");
    std::vector<std::uint8_t> bytes;
    const std::size_t cap = static_cast<std::size_t>(fileSize) * 1100u + 4096u;
    std::uint8_t chunk[1 << 16];
    for (;;) {
        const int n = gzread(gz, chunk, sizeof chunk);
        if (n < 0) {
            int err = 0;
            const std::string msg = gzerror(gz, &err);
            gzclose(gz);
            throw DataError(
                path + ": corrupt compressed data after " + std::to_string(bytes.size()) + " bytes (" + msg + ")");
        }
        if (n == 0) {
            // gzread reports a stream cut short as a plain end of file; gzerror knows.
            int err = Z_OK;
            gzerror(gz, &err);
            if (err != Z_OK && err != Z_STREAM_END) {
                gzclose(gz);
                throw DataError(path + ": compressed data ends early after " + std::to_string(bytes.size())
                    + " bytes (truncated .gz file)");
            }
            break;
        }
        bytes.insert(bytes.end(), chunk, chunk + n);
        if (bytes.size() > cap) {
            gzclose(gz);
            throw DataError(path + ": decompresses to more data than any IDX file of this size can hold");
        }
    }
    gzclose(gz);
    return bytes;
}

std::uint32_t bigEndian32(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

} // namespace

IdxArray readIdxFile(const std::string& path)
{
    const std::vector<std::uint8_t> bytes = readAllBytes(path);
    if (bytes.size() < 4)
        throw DataError(path + ": too short for an IDX header (" + std::to_string(bytes.size()) + " bytes)");
    if (bytes[0] != 0 || bytes[1] != 0)
        throw DataError(path + ": not an IDX file (magic bytes at offset 0 are not 00 00)");
    if (bytes[2] != 0x08)
        throw DataError(path + ": IDX data type 0x" + std::to_string(bytes[2])
            + " at offset 2 is not supported (only unsigned bytes, 0x08)");
    const int rank = bytes[3];
    if (rank < 1 || rank > 4)
        throw DataError(path + ": IDX rank " + std::to_string(rank) + " at offset 3 is out of range 1..4");
    const std::size_t headerSize = 4 + 4 * static_cast<std::size_t>(rank);
    if (bytes.size() < headerSize)
        throw DataError(
            path + ": header needs " + std::to_string(headerSize) + " bytes, file has " + std::to_string(bytes.size()));

    IdxArray out;
    unsigned __int128 expected = 1;
    for (int i = 0; i < rank; ++i) {
        const std::uint32_t d = bigEndian32(&bytes[4 + 4 * static_cast<std::size_t>(i)]);
        out.dims.push_back(d);
        expected *= d;
    }
    const std::size_t available = bytes.size() - headerSize;
    if (expected != available) {
        std::string dims;
        for (auto d : out.dims)
            dims += (dims.empty() ? "" : "x") + std::to_string(d);
        throw DataError(path + ": header declares " + dims + " values but the file holds " + std::to_string(available)
            + " bytes of data (" + (expected > available ? "truncated" : "trailing bytes") + ")");
    }
    out.values.assign(bytes.begin() + static_cast<std::ptrdiff_t>(headerSize), bytes.end());
    return out;
}

} // namespace nw
