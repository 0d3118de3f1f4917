#include "data/NpyFile.h"

#include "data/NpyDataset.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <string>

using namespace nw;

namespace {

std::string fixture(const std::string& name)
{
    return std::string(NETWRIGHT_FIXTURE_DIR) + "/npy/" + name;
}
std::string tmpPath(const std::string& name)
{
    return std::string(NETWRIGHT_TEST_TMP) + "/npy-" + name;
}

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<long>(bytes.size()));
}

// A v1.0 header for `dict`, padded as numpy pads it.
std::string npyHeader(const std::string& dict)
{
    std::string h = dict;
    while ((10 + h.size() + 1) % 64 != 0)
        h += ' ';
    h += '\n';
    std::string out = "\x93NUMPY\x01";
    out += '\0';
    out += static_cast<char>(h.size() & 0xff);
    out += static_cast<char>(h.size() >> 8);
    return out + h;
}

std::string errorOf(const std::string& path)
{
    try {
        readNpyFile(path);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

std::vector<float> allFeatures(const Dataset& d, Tensor* targets = nullptr)
{
    std::vector<std::size_t> idx(d.size());
    std::iota(idx.begin(), idx.end(), std::size_t { 0 });
    Tensor in, t;
    d.fillBatch(idx, in, t);
    if (targets)
        *targets = t;
    return std::vector<float>(in.data(), in.data() + in.size());
}

} // namespace

TEST(NpyFile, ReadsEveryDtypeNumpyWrites)
{
    for (const std::string dtype : { "f4", "f8", "i1", "i4", "i8", "v2", "v3" }) {
        SCOPED_TRACE(dtype);
        const NpyArray a = readNpyFile(fixture("features_" + dtype + ".npy"));
        EXPECT_EQ(a.shape, (std::vector<std::size_t> { 4, 3 }));
        EXPECT_FALSE(a.holdsBytes());
        ASSERT_EQ(a.floats.size(), 12u);
        for (std::size_t i = 0; i < 12; ++i)
            EXPECT_EQ(a.floats[i], static_cast<float>(i));
    }
    const NpyArray u = readNpyFile(fixture("features_u1.npy"));
    EXPECT_EQ(u.type, NpyType::UInt8);
    ASSERT_EQ(u.bytes.size(), 12u);
    EXPECT_EQ(u.bytes[11], 11);
    const NpyArray b = readNpyFile(fixture("features_b1.npy"));
    EXPECT_EQ(b.type, NpyType::Bool);
    EXPECT_EQ(b.bytes, (std::vector<std::uint8_t> { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 }));
    const NpyArray v = readNpyFile(fixture("vector_f4.npy"));
    EXPECT_EQ(v.shape, (std::vector<std::size_t> { 3 }));
    EXPECT_EQ(v.floats, (std::vector<float> { 0.5f, -1.25f, 3.0f }));
}

TEST(NpyFile, HandWrittenHeadersAndZeroDimensionalArray)
{
    const std::string path = tmpPath("hand.npy");
    float values[2] = { 1.5f, -2.0f };
    writeBytes(path,
        npyHeader("{\"descr\": \"<f4\", \"shape\": (2L,), \"fortran_order\": False}")
            + std::string(reinterpret_cast<const char*>(values), sizeof values));
    const NpyArray a = readNpyFile(path);
    EXPECT_EQ(a.floats, (std::vector<float> { 1.5f, -2.0f }));

    const std::string scalar = tmpPath("scalar.npy");
    writeBytes(scalar,
        npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (), }")
            + std::string(reinterpret_cast<const char*>(values), 4));
    EXPECT_EQ(readNpyFile(scalar).count(), 1u);
}

TEST(NpyFile, LyingHeadersAreRefusedBeforeAllocating)
{
    const std::string huge = tmpPath("huge.npy");
    writeBytes(huge,
        npyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296, 65536), }")
            + std::string(16, '\0'));
    std::string msg = errorOf(huge);
    EXPECT_NE(msg.find("npy-huge.npy: the header declares shape (4294967296, 4294967296, 65536)"), std::string::npos)
        << msg;
    EXPECT_NE(msg.find("truncated"), std::string::npos) << msg;

    const std::string shortData = tmpPath("short.npy");
    writeBytes(shortData, npyHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }") + std::string(8, 'x'));
    msg = errorOf(shortData);
    EXPECT_NE(msg.find("(12 bytes) but the file holds 8 bytes of data (truncated)"), std::string::npos) << msg;

    const std::string bigEndian = tmpPath("be.npy");
    writeBytes(bigEndian, npyHeader("{'descr': '>i8', 'fortran_order': False, 'shape': (1,), }") + std::string(8, 'x'));
    EXPECT_NE(errorOf(bigEndian).find("big-endian"), std::string::npos);

    const std::string fortran = tmpPath("fortran.npy");
    writeBytes(fortran, npyHeader("{'descr': '|u1', 'fortran_order': True, 'shape': (2, 2), }") + "abcd");
    EXPECT_NE(errorOf(fortran).find("Fortran"), std::string::npos);
}

TEST(NpyFile, WriteIsReadBackByTheReaderAndLaidOutAsNumpyDoes)
{
    const std::string path = tmpPath("written.npy");
    const std::vector<float> values = { 1, 2, 3, 4, 5, 6.5f };
    writeNpy(path, { 2, 3 }, values.data());
    const NpyArray a = readNpyFile(path);
    EXPECT_EQ(a.shape, (std::vector<std::size_t> { 2, 3 }));
    EXPECT_EQ(a.floats, values);
    // The data starts on a 64-byte boundary, as numpy writes it (this header needs 128).
    EXPECT_EQ(std::filesystem::file_size(path), 128u + 6 * 4);

    Tensor t({ 3 }, { 0.25f, 0.5f, 0.75f });
    writeNpy(path, t); // replaces the earlier file
    EXPECT_EQ(readNpyFile(path).shape, (std::vector<std::size_t> { 3 }));
    // No temporary file is left behind.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(NETWRIGHT_TEST_TMP))
        files += e.path().filename().string().starts_with("npy-written.npy");
    EXPECT_EQ(files, 1);
    EXPECT_THROW(writeNpy(std::string(NETWRIGHT_TEST_TMP) + "/no/such/dir/x.npy", t), DataError);
}

TEST(NpyDataset, IntegerTargetsClassifyFloatTargetsRegress)
{
    for (const std::string labels : { "labels_i8.npy", "labels_i4.npy", "labels_u1.npy" }) {
        SCOPED_TRACE(labels);
        const Dataset d = loadNpyDataset(fixture("features_f4.npy"), fixture(labels));
        EXPECT_EQ(d.task(), TaskKind::Classification);
        EXPECT_EQ(d.sampleShape(), (Shape { 3 }));
        EXPECT_EQ(d.classNames(), (std::vector<std::string> { "0", "1", "2" }));
        EXPECT_EQ(d.labels(), (std::vector<int> { 1, 0, 2, 1 }));
        EXPECT_EQ(d.origin(2).file, fixture("features_f4.npy"));
        EXPECT_EQ(d.origin(2).index, 2);
        EXPECT_EQ(allFeatures(d)[7], 7.0f);
    }
    const Dataset reg = loadNpyDataset(fixture("features_f8.npy"), fixture("targets_f4.npy"));
    EXPECT_EQ(reg.task(), TaskKind::Regression);
    EXPECT_EQ(reg.targetShape(), (Shape { 1 }));
    Tensor targets;
    allFeatures(reg, &targets);
    EXPECT_EQ(targets[2], 2.25f);

    const Dataset reg2 = loadNpyDataset(fixture("features_i4.npy"), fixture("targets_f8_2d.npy"));
    EXPECT_EQ(reg2.targetShape(), (Shape { 2 }));
    // Integer targets read as regression when asked.
    EXPECT_EQ(loadNpyDataset(fixture("features_f4.npy"), fixture("labels_i8.npy"), TaskKind::Regression).task(),
        TaskKind::Regression);
}

TEST(NpyDataset, ByteImagesStayBytesScaledToUnit)
{
    const Dataset d = loadNpyDataset(fixture("images_u1.npy"), fixture("labels_u1.npy"));
    EXPECT_EQ(d.sampleShape(), (Shape { 1, 2, 2 }));
    const std::vector<float> x = allFeatures(d);
    EXPECT_FLOAT_EQ(x[15], 1.0f); // 255 / 255
    EXPECT_FLOAT_EQ(x[1], 17.0f / 255.0f);
    const Dataset bools = loadNpyDataset(fixture("features_b1.npy"), fixture("labels_i4.npy"));
    EXPECT_EQ(allFeatures(bools)[1], 1.0f);
}

TEST(NpyDataset, MismatchesNameTheFiles)
{
    auto errorOfPair = [](const std::string& x, const std::string& y, std::optional<TaskKind> task = std::nullopt) {
        try {
            loadNpyDataset(x, y, task);
        } catch (const DataError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    std::string msg = errorOfPair(fixture("features_f4.npy"), fixture("vector_f4.npy"));
    EXPECT_NE(msg.find("vector_f4.npy: holds 3 targets but"), std::string::npos) << msg;
    msg = errorOfPair(fixture("features_f4.npy"), fixture("targets_f4.npy"), TaskKind::Classification);
    EXPECT_NE(msg.find("targets_f4.npy: target 0.5"), std::string::npos) << msg;
    msg = errorOfPair(fixture("features_f4.npy"), fixture("targets_f8_2d.npy"), TaskKind::Classification);
    EXPECT_NE(msg.find("classification targets must have shape [N]"), std::string::npos) << msg;
}
