#include "io/SafetensorsFile.h"

#include "TestFiles.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <limits>
#include <unistd.h>

using namespace nw;
using nwtest::bitIdentical;

namespace {

std::map<std::string, Tensor> sampleTensors()
{
    const float inf = std::numeric_limits<float>::infinity();
    std::map<std::string, Tensor> t;
    t.emplace("fc1.weight", Tensor({ 2, 3 }, { 0.1f, -0.2f, 1e-40f, -0.0f, inf, 3.14159265f }));
    t.emplace("fc1.bias", Tensor({ 2 }, { std::numeric_limits<float>::quiet_NaN(), -inf }));
    t.emplace("conv.weight", Tensor({ 2, 1, 3, 3 }, 0.25f));
    t.emplace("optimizer.step", Tensor(Shape {}, { 3.0f }));
    t.emplace("empty", Tensor({ 0, 4 }));
    return t;
}

QString fixture(const QString& name)
{
    return QStringLiteral(NETWRIGHT_FIXTURE_DIR "/safetensors/") + name;
}

QString corrupt(const QString& name)
{
    return QStringLiteral(NETWRIGHT_CORRUPT_DIR "/safetensors/") + name + QStringLiteral(".safetensors");
}

} // namespace

TEST(SafetensorsFile, RoundTripIsBitExactWithMetadata)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    const auto tensors = sampleTensors();
    const QMap<QString, QString> meta { { QStringLiteral("format"), QStringLiteral("netwright-weights") },
        { QStringLiteral("note"), QStringLiteral("grüße, 学习") } };
    QString error;
    ASSERT_TRUE(SafetensorsFile::write(path, tensors, meta, &error)) << qPrintable(error);

    const auto read = SafetensorsFile::read(path, &error);
    ASSERT_TRUE(read) << qPrintable(error);
    EXPECT_EQ(read->metadata, meta);
    ASSERT_EQ(read->tensors.size(), tensors.size());
    for (const auto& [name, t] : tensors) {
        ASSERT_TRUE(read->tensors.count(name)) << name;
        EXPECT_TRUE(bitIdentical(read->tensors.at(name), t)) << name;
    }
}

TEST(SafetensorsFile, WritesTheLayoutTheSpecDescribes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    ASSERT_TRUE(SafetensorsFile::write(path, sampleTensors(), {}, nullptr));
    const QByteArray bytes = nwtest::readBytes(path);
    const quint64 n = qFromLittleEndian<quint64>(bytes.constData());
    EXPECT_EQ(n % 8, 0u) << "header padded to a multiple of 8";
    const QByteArray header = bytes.mid(8, static_cast<qsizetype>(n));
    EXPECT_TRUE(header.startsWith('{'));
    const QJsonObject h = QJsonDocument::fromJson(header).object();
    EXPECT_FALSE(h.contains(QStringLiteral("__metadata__"))) << "no metadata, no key";
    const QJsonObject w = h.value(QStringLiteral("fc1.weight")).toObject();
    EXPECT_EQ(w.value(QStringLiteral("dtype")).toString(), QStringLiteral("F32"));
    EXPECT_EQ(w.value(QStringLiteral("shape")).toVariant().toList().size(), 2);
    const qint64 begin = w.value(QStringLiteral("data_offsets")).toArray()[0].toInteger();
    const float first = qFromLittleEndian<float>(bytes.constData() + 8 + n + begin);
    EXPECT_EQ(first, 0.1f);
    EXPECT_TRUE(header.contains("\"data_offsets\":[")) << "integers, not floats: " << header.constData();
}

TEST(SafetensorsFile, ReadsAFileWrittenByNumpy)
{
    QString error;
    const auto c = SafetensorsFile::read(fixture(QStringLiteral("numpy_written.safetensors")), &error);
    ASSERT_TRUE(c) << qPrintable(error);
    EXPECT_EQ(c->metadata.value(QStringLiteral("source")), QStringLiteral("numpy"));
    const auto& t = c->tensors;
    ASSERT_EQ(t.size(), 10u);
    EXPECT_TRUE(bitIdentical(t.at("fc.weight"), Tensor({ 2, 3 }, { 0.1f, -0.2f, 0.3f, 1e-30f, -1e30f, 3.1415927f })));
    EXPECT_TRUE(bitIdentical(t.at("fc.bias"), Tensor({ 2 }, { 0.5f, -2.25f }))) << "F64";
    EXPECT_TRUE(bitIdentical(t.at("counts"), Tensor({ 3 }, { -3.0f, 0.0f, 7.0f }))) << "I64";
    EXPECT_TRUE(bitIdentical(t.at("half"), Tensor({ 2 }, { 1.5f, -0.25f }))) << "F16";
    EXPECT_TRUE(bitIdentical(t.at("bf"), Tensor({ 2 }, { 2.0f, -0.5f }))) << "BF16";
    EXPECT_TRUE(bitIdentical(t.at("ints"), Tensor({ 2, 2 }, { 1, 2, 3, 4 }))) << "I32";
    EXPECT_TRUE(bitIdentical(t.at("flag"), Tensor({ 2 }, { 1, 0 }))) << "BOOL";
    EXPECT_TRUE(bitIdentical(t.at("bytes"), Tensor({ 2 }, { 0, 255 }))) << "U8";
    EXPECT_TRUE(bitIdentical(t.at("scalar"), Tensor(Shape {}, { 42.0f })));
    EXPECT_EQ(t.at("empty").shape(), (Shape { 0, 4 }));
}

TEST(SafetensorsFile, RefusesEveryBrokenFileNamingFileAndProblem)
{
    const std::pair<const char*, const char*> cases[] = {
        { "empty_file", "0 bytes long, too short" },
        { "too_short", "4 bytes long, too short" },
        { "header_length_past_end", "header length 1000 is larger than the 8 bytes that follow it" },
        { "header_length_huge", "larger than safetensors allows" },
        { "header_not_json", "header is not valid JSON" },
        { "header_not_object", "does not start with '{'" },
        { "header_not_utf8", "header is not UTF-8 text" },
        { "missing_dtype", "tensor 'w' has no \"dtype\"" },
        { "missing_shape", "tensor 'w' has no \"shape\"" },
        { "missing_data_offsets", "tensor 'w' has no \"data_offsets\"" },
        { "entry_not_object", "tensor 'w': must be an object" },
        { "unknown_dtype", "tensor 'w': unknown dtype \"F128\"" },
        { "negative_dim", "shape entries must be whole numbers from 0" },
        { "fractional_dim", "shape entries must be whole numbers from 0" },
        { "huge_dim", "shape entries must be whole numbers from 0" },
        { "huge_element_count", "needs more bytes but data_offsets hold 8" },
        { "shape_size_mismatch", "shape [3] of F32 needs 12 bytes but data_offsets hold 8" },
        { "offsets_past_end", "data_offsets [0, 16] reach past the data section, which has 8 bytes" },
        { "offsets_reversed", "data_offsets must be [begin, end]" },
        { "offsets_not_pair", "data_offsets must be [begin, end]" },
        { "offsets_overlap", "tensor 'b': data_offsets [4, 12] overlap tensor 'a'" },
        { "offsets_gap", "leave bytes 4 to 8 unused" },
        { "trailing_bytes", "4 bytes after the last tensor belong to no tensor" },
        { "metadata_not_string", "__metadata__.epoch must be a string" },
    };
    for (const auto& [name, fragment] : cases) {
        SCOPED_TRACE(name);
        const QString path = corrupt(QString::fromLatin1(name));
        ASSERT_TRUE(QFileInfo::exists(path));
        QString error;
        EXPECT_FALSE(SafetensorsFile::read(path, &error));
        EXPECT_TRUE(error.startsWith(path + QStringLiteral(": "))) << qPrintable(error);
        EXPECT_TRUE(error.contains(QString::fromUtf8(fragment))) << qPrintable(error);
    }
    EXPECT_EQ(QDir(QStringLiteral(NETWRIGHT_CORRUPT_DIR "/safetensors"))
                  .entryList({ QStringLiteral("*.safetensors") }, QDir::Files)
                  .size(),
        static_cast<qsizetype>(std::size(cases)))
        << "every file of the corpus has a case here";
}

TEST(SafetensorsFile, BytesInMemoryAreTheFilesBytesAndReadBackBitExact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    const auto tensors = sampleTensors();
    const QMap<QString, QString> meta { { QStringLiteral("format"), QStringLiteral("netwright-weights") } };
    QString error;
    ASSERT_TRUE(SafetensorsFile::write(path, tensors, meta, &error)) << qPrintable(error);
    const std::optional<QByteArray> bytes = SafetensorsFile::toBytes(QStringLiteral("w"), tensors, meta, &error);
    ASSERT_TRUE(bytes) << qPrintable(error);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(*bytes, file.readAll());

    const auto read = SafetensorsFile::fromBytes(*bytes, QStringLiteral("w"), &error);
    ASSERT_TRUE(read) << qPrintable(error);
    EXPECT_EQ(read->metadata, meta);
    ASSERT_EQ(read->tensors.size(), tensors.size());
    for (const auto& [name, t] : tensors)
        EXPECT_TRUE(bitIdentical(read->tensors.at(name), t)) << name;

    const std::map<std::string, Tensor> reserved { { "__metadata__", Tensor({ 1 }, 1.0f) } };
    EXPECT_FALSE(SafetensorsFile::toBytes(QStringLiteral("lesson: weights"), reserved, {}, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("lesson: weights: not written: "))) << qPrintable(error);
}

TEST(SafetensorsFile, BytesInMemoryAreRefusedExactlyAsTheFileIsUnderTheirLabel)
{
    const QStringList names = QDir(QStringLiteral(NETWRIGHT_CORRUPT_DIR "/safetensors"))
                                  .entryList({ QStringLiteral("*.safetensors") }, QDir::Files);
    ASSERT_FALSE(names.isEmpty());
    const QString label = QStringLiteral("spiral.nwlesson: entry \"project.safetensors\"");
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        const QString path = QStringLiteral(NETWRIGHT_CORRUPT_DIR "/safetensors/") + name;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QString fileError;
        QString bytesError;
        EXPECT_FALSE(SafetensorsFile::read(path, &fileError));
        EXPECT_FALSE(SafetensorsFile::fromBytes(file.readAll(), label, &bytesError));
        EXPECT_EQ(bytesError, label + fileError.mid(path.size()));
    }
}

TEST(SafetensorsFile, RefusesAMissingFile)
{
    QString error;
    EXPECT_FALSE(SafetensorsFile::read(QStringLiteral("/nonexistent/w.safetensors"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("/nonexistent/w.safetensors: cannot open"))) << qPrintable(error);
}

TEST(SafetensorsFile, WriteRefusesReservedAndInconsistentTensors)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    QString error;
    std::map<std::string, Tensor> reserved;
    reserved.emplace("__metadata__", Tensor({ 1 }));
    EXPECT_FALSE(SafetensorsFile::write(path, reserved, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'__metadata__' cannot name a tensor"))) << qPrintable(error);
    std::map<std::string, Tensor> hollow;
    hollow.emplace("w", Tensor());
    EXPECT_FALSE(SafetensorsFile::write(path, hollow, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("tensor 'w' has 0 values for shape []"))) << qPrintable(error);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(SafetensorsFile, WriteIntoMissingDirectoryFails)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/w.safetensors"));
    QString error;
    EXPECT_FALSE(SafetensorsFile::write(path, sampleTensors(), {}, &error));
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": cannot write"))) << qPrintable(error);
}

TEST(SafetensorsFile, FailedWriteLeavesThePreviousFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    ASSERT_TRUE(SafetensorsFile::write(path, sampleTensors(), {}, nullptr));
    const QByteArray before = nwtest::readBytes(path);

    std::map<std::string, Tensor> big;
    big.emplace("big", Tensor({ 256, 1024 }, 1.0f)); // 1 MiB, four times the limit
    QString error;
    bool written = true;
    {
        nwtest::FileSizeLimit limit(256 * 1024);
        written = SafetensorsFile::write(path, big, {}, &error);
    }
    EXPECT_FALSE(written);
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": cannot"))) << qPrintable(error);
    EXPECT_EQ(nwtest::readBytes(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "no temporary file left behind";
}

TEST(SafetensorsFile, FailedWriteInReadOnlyDirectoryLeavesThePreviousFileIntact)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root ignores directory permissions; FailedWriteLeavesThePreviousFileIntact covers this";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    ASSERT_TRUE(SafetensorsFile::write(path, sampleTensors(), {}, nullptr));
    const QByteArray before = nwtest::readBytes(path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    std::map<std::string, Tensor> other;
    other.emplace("x", Tensor({ 1 }, 5.0f));
    EXPECT_FALSE(SafetensorsFile::write(path, other, {}, nullptr));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(nwtest::readBytes(path), before);
}
