#include "NpyFile.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace nw {

static_assert(std::endian::native == std::endian::little, "the .npy reader assumes a little-endian machine");

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;
constexpr std::size_t kMaxHeader = 1 << 20; // numpy's own headers are < 100 bytes

struct Dtype {
    NpyType type;
    std::size_t itemSize;
};

// A Python dict literal, as numpy writes it: {'descr': '<f4', 'fortran_order':
// False, 'shape': (2, 3), }. Only strings, True/False and tuples of integers.
class HeaderParser {
public:
    HeaderParser(const std::string& path, const std::string& text)
        : m_path(path)
        , m_text(text)
    {
    }

    void parse(std::string& descr, bool& fortran, std::vector<std::size_t>& shape)
    {
        bool haveDescr = false, haveFortran = false, haveShape = false;
        expect('{');
        for (;;) {
            skipSpace();
            if (peek() == '}')
                break;
            const std::string key = parseString();
            expect(':');
            skipSpace();
            if (key == "descr") {
                if (peek() == '[')
                    fail("the array has a structured dtype (a list of fields), which is not supported");
                descr = parseString();
                haveDescr = true;
            } else if (key == "fortran_order") {
                fortran = parseBool();
                haveFortran = true;
            } else if (key == "shape") {
                shape = parseShape();
                haveShape = true;
            } else {
                fail("unexpected key '" + key + "' in the header");
            }
            skipSpace();
            if (peek() == ',')
                ++m_pos;
        }
        if (!haveDescr || !haveFortran || !haveShape)
            fail("the header lacks one of 'descr', 'fortran_order', 'shape'");
    }

private:
    [[noreturn]] void fail(const std::string& problem) const
    {
        throw DataError(m_path + ": malformed .npy header: " + problem);
    }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    void expect(char c)
    {
        skipSpace();
        if (peek() != c)
            fail(std::string("expected '") + c + "' at offset " + std::to_string(m_pos) + " of the header");
        ++m_pos;
    }
    std::string parseString()
    {
        skipSpace();
        const char quote = peek();
        if (quote != '\'' && quote != '"')
            fail("expected a quoted string at offset " + std::to_string(m_pos) + " of the header");
        const std::size_t end = m_text.find(quote, m_pos + 1);
        if (end == std::string::npos)
            fail("unterminated string in the header");
        std::string s = m_text.substr(m_pos + 1, end - m_pos - 1);
        m_pos = end + 1;
        return s;
    }
    bool parseBool()
    {
        if (m_text.compare(m_pos, 4, "True") == 0) {
            m_pos += 4;
            return true;
        }
        if (m_text.compare(m_pos, 5, "False") == 0) {
            m_pos += 5;
            return false;
        }
        fail("'fortran_order' is neither True nor False");
    }
    std::vector<std::size_t> parseShape()
    {
        std::vector<std::size_t> shape;
        expect('(');
        for (;;) {
            skipSpace();
            if (peek() == ')') {
                ++m_pos;
                return shape;
            }
            if (peek() < '0' || peek() > '9')
                fail("the shape must be a tuple of non-negative integers");
            unsigned long long v = 0;
            while (peek() >= '0' && peek() <= '9') {
                if (v > (~0ull - 9) / 10)
                    fail("a dimension of the shape is too large");
                v = v * 10 + static_cast<unsigned>(peek() - '0');
                ++m_pos;
            }
            if (peek() == 'L')
                ++m_pos; // Python 2 long
            shape.push_back(static_cast<std::size_t>(v));
            skipSpace();
            if (peek() == ',')
                ++m_pos;
            else if (peek() != ')')
                fail("the shape must be a tuple of non-negative integers");
        }
    }

    const std::string& m_path;
    const std::string& m_text;
    std::size_t m_pos = 0;
};

Dtype parseDescr(const std::string& path, const std::string& descr)
{
    const auto refuse = [&](const std::string& why) -> Dtype {
        throw DataError(path + ": the array's dtype '" + descr + "' " + why);
    };
    if (descr.size() < 2)
        return refuse("is not a valid NumPy type string");
    const char order = descr[0];
    const std::string code = descr.substr(1);
    if (code.starts_with("O"))
        return refuse("holds Python objects, which cannot be read safely; save a numeric array instead");
    if (code.starts_with("U") || code.starts_with("S") || code.starts_with("V"))
        return refuse("holds strings or raw records; save a numeric array instead");
    if (code == "u1")
        return { NpyType::UInt8, 1 };
    if (code == "b1")
        return { NpyType::Bool, 1 };
    if (code == "i1")
        return { NpyType::Int8, 1 };
    if (order == '>')
        return refuse("is big-endian, which is not supported; save it with a.astype(a.dtype.newbyteorder('<'))");
    if (order != '<' && order != '=' && order != '|')
        return refuse("has an unknown byte order '" + std::string(1, order) + "'");
    if (code == "f4")
        return { NpyType::Float32, 4 };
    if (code == "f8")
        return { NpyType::Float64, 8 };
    if (code == "i4")
        return { NpyType::Int32, 4 };
    if (code == "i8")
        return { NpyType::Int64, 8 };
    return refuse("is not supported (supported: float32, float64, int8, int32, int64, uint8, bool)");
}

std::string shapeText(const std::vector<std::size_t>& shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

template <typename T> void convert(const std::vector<char>& raw, std::vector<float>& out)
{
    out.resize(raw.size() / sizeof(T));
    for (std::size_t i = 0; i < out.size(); ++i) {
        T v;
        std::memcpy(&v, raw.data() + i * sizeof(T), sizeof(T));
        out[i] = static_cast<float>(v);
    }
}

std::uint32_t littleEndian(const unsigned char* p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

} // namespace

std::size_t NpyArray::count() const
{
    std::size_t n = 1;
    for (std::size_t d : shape)
        n *= d;
    return n;
}

std::string npyTypeName(NpyType type)
{
    switch (type) {
    case NpyType::Float32:
        return "float32";
    case NpyType::Float64:
        return "float64";
    case NpyType::Int8:
        return "int8";
    case NpyType::Int32:
        return "int32";
    case NpyType::Int64:
        return "int64";
    case NpyType::UInt8:
        return "uint8";
    case NpyType::Bool:
        return "bool";
    }
    return "unknown";
}

NpyArray readNpyFile(const std::string& path)
{
    std::error_code ec;
    // A pipe would block the open until a writer comes, and a device has no size.
    const auto status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw DataError(path + ": is not a regular file (a folder, device, pipe or socket)");
    const auto fileSize = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (ec || !in)
        throw DataError(path + ": cannot open file");

    unsigned char prefix[12] = {};
    in.read(reinterpret_cast<char*>(prefix), 10);
    if (in.gcount() >= 4 && std::memcmp(prefix, "PK\x03\x04", 4) == 0)
        throw DataError(path
            + ": this is a .npz archive (a zip of .npy files); extract the arrays and give their .npy"
              " files");
    if (in.gcount() < 10 || std::memcmp(prefix, kMagic, kMagicSize) != 0)
        throw DataError(path + ": not a .npy file (it does not start with the bytes \\x93NUMPY)");
    const int major = prefix[6];
    if (major < 1 || major > 3)
        throw DataError(path + ": .npy format version " + std::to_string(major) + "." + std::to_string(prefix[7])
            + " is not supported (1.0, 2.0 and 3.0 are)");
    std::size_t prefixSize = 10, headerLength = littleEndian(prefix + 8, 2);
    if (major >= 2) {
        in.read(reinterpret_cast<char*>(prefix + 10), 2);
        if (in.gcount() < 2)
            throw DataError(path + ": the file ends inside the .npy header");
        prefixSize = 12;
        headerLength = littleEndian(prefix + 8, 4);
    }
    if (headerLength > kMaxHeader || prefixSize + headerLength > fileSize)
        throw DataError(path + ": the .npy header claims " + std::to_string(headerLength) + " bytes, the file holds "
            + std::to_string(fileSize));
    std::string header(headerLength, '\0');
    in.read(header.data(), static_cast<std::streamsize>(headerLength));
    if (static_cast<std::size_t>(in.gcount()) != headerLength)
        throw DataError(path + ": the file ends inside the .npy header");

    NpyArray array;
    std::string descr;
    bool fortran = false;
    HeaderParser(path, header).parse(descr, fortran, array.shape);
    const Dtype dtype = parseDescr(path, descr);
    array.type = dtype.type;
    if (fortran && array.shape.size() > 1)
        throw DataError(path
            + ": the array is stored in Fortran (column-major) order, which is not supported; save "
              "np.ascontiguousarray(a) instead");

    // Checked in 128 bits against the file size before any allocation.
    unsigned __int128 expected = dtype.itemSize;
    for (std::size_t d : array.shape) {
        expected *= d;
        if (expected > (static_cast<unsigned __int128>(1) << 100))
            expected = static_cast<unsigned __int128>(1) << 100; // already far beyond any file
    }
    const std::size_t available = fileSize - prefixSize - headerLength;
    if (expected != available) {
        const bool truncated = expected > available;
        throw DataError(path + ": the header declares shape " + shapeText(array.shape) + " of "
            + npyTypeName(dtype.type)
            + (truncated && expected >= (static_cast<unsigned __int128>(1) << 64)
                    ? std::string(", more bytes than any file holds,")
                    : " (" + std::to_string(static_cast<unsigned long long>(expected)) + " bytes)")
            + " but the file holds " + std::to_string(available) + " bytes of data ("
            + (truncated ? "truncated" : "trailing bytes") + ")");
    }

    std::vector<char> raw(available);
    in.read(raw.data(), static_cast<std::streamsize>(available));
    if (static_cast<std::size_t>(in.gcount()) != available)
        throw DataError(path + ": could not read the array data");

    switch (dtype.type) {
    case NpyType::UInt8:
    case NpyType::Bool:
        array.bytes.assign(raw.begin(), raw.end());
        if (dtype.type == NpyType::Bool)
            for (auto& b : array.bytes)
                b = b != 0;
        break;
    case NpyType::Int8:
        convert<std::int8_t>(raw, array.floats);
        break;
    case NpyType::Float32:
        convert<float>(raw, array.floats);
        break;
    case NpyType::Float64:
        convert<double>(raw, array.floats);
        break;
    case NpyType::Int32:
        convert<std::int32_t>(raw, array.floats);
        break;
    case NpyType::Int64:
        convert<std::int64_t>(raw, array.floats);
        break;
    }
    return array;
}

namespace {

// .npy v1.0 of `count` values of `elementSize` bytes each, little-endian, C order.
void writeNpyData(const std::string& path, const char* descr, const std::vector<std::size_t>& shape, const void* data,
    std::size_t elementSize)
{
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shapeText(shape) + ", }";
    // numpy pads so the data starts on a 64-byte boundary, ending the header in '\n'.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header += '\n';
    std::size_t count = 1;
    for (std::size_t d : shape)
        count *= d;

    std::string bytes(kMagic, kMagicSize);
    bytes += '\x01';
    bytes += '\x00';
    bytes += static_cast<char>(header.size() & 0xff);
    bytes += static_cast<char>(header.size() >> 8);
    bytes += header;

    const std::filesystem::path target(path);
    const std::string temp
        = path + ".tmp-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count() & 0xffffffff);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(temp.c_str(), "wb"), &std::fclose);
    if (!file)
        throw DataError(path + ": cannot write (cannot create " + temp + ")");
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), file.get()) == bytes.size();
    if (count > 0)
        ok = ok && std::fwrite(data, elementSize, count, file.get()) == count;
    ok = ok && std::fflush(file.get()) == 0;
#if defined(__unix__) || defined(__APPLE__)
    ok = ok && ::fsync(::fileno(file.get())) == 0;
#endif
    ok = std::fclose(file.release()) == 0 && ok;
    std::error_code ec;
    if (ok)
        std::filesystem::rename(temp, target, ec);
    if (!ok || ec) {
        std::filesystem::remove(temp, ec);
        throw DataError(path + ": could not write the file (disk full or no permission?)");
    }
}

} // namespace

void writeNpy(const std::string& path, const std::vector<std::size_t>& shape, const float* data)
{
    writeNpyData(path, "<f4", shape, data, sizeof(float));
}

void writeNpy(const std::string& path, const std::vector<std::size_t>& shape, const std::uint8_t* data)
{
    writeNpyData(path, "|u1", shape, data, 1);
}

void writeNpy(const std::string& path, const std::vector<std::size_t>& shape, const std::int64_t* data)
{
    static_assert(std::endian::native == std::endian::little, "the .npy writer writes the machine's byte order as '<'");
    writeNpyData(path, "<i8", shape, data, sizeof(std::int64_t));
}

void writeNpy(const std::string& path, const Tensor& tensor)
{
    std::vector<std::size_t> shape(tensor.shape().begin(), tensor.shape().end());
    writeNpy(path, shape, tensor.data());
}

} // namespace nw
