#include "io/SafetensorsFile.h"

#include "TestFiles.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

using namespace nw;

namespace {

// A safetensors file from a header written by hand and raw data bytes.
QByteArray fileBytes(const QByteArray& header, const QByteArray& data)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(static_cast<quint64>(header.size()), bytes.data());
    return bytes + header + data;
}

} // namespace

TEST(SafetensorsInt8, RoundTripKeepsTheI8DtypeValuesAndOneBytePerValue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.safetensors"));
    SafetensorsContents c;
    c.tensors.emplace("fc.weight", Tensor({2, 3}, {-128, -1, 0, 1, 100, 127}));
    c.tensors.emplace("fc.weight.scale", Tensor({2}, {0.01f, 0.02f}));
    c.tensors.emplace("fc.bias", Tensor({2}, {0.5f, -0.5f}));
    c.int8 = {"fc.weight"};
    c.metadata.insert(QStringLiteral("quantization"), QStringLiteral("int8"));
    QString error;
    ASSERT_TRUE(SafetensorsFile::write(path, c, &error)) << qPrintable(error);

    const QByteArray bytes = nwtest::readBytes(path);
    const quint64 n = qFromLittleEndian<quint64>(bytes.constData());
    const QJsonObject h = QJsonDocument::fromJson(bytes.mid(8, static_cast<qsizetype>(n))).object();
    const QJsonObject w = h.value(QStringLiteral("fc.weight")).toObject();
    EXPECT_EQ(w.value(QStringLiteral("dtype")).toString(), QStringLiteral("I8"));
    const QJsonArray range = w.value(QStringLiteral("data_offsets")).toArray();
    EXPECT_EQ(range[1].toInteger() - range[0].toInteger(), 6);
    EXPECT_EQ(static_cast<qint8>(bytes[static_cast<qsizetype>(8 + n + range[0].toInteger())]), -128);
    EXPECT_EQ(h.value(QStringLiteral("fc.bias")).toObject().value(QStringLiteral("dtype")).toString(),
        QStringLiteral("F32"));
    EXPECT_EQ(bytes.size(), static_cast<qsizetype>(8 + n + 6 + 8 + 8));

    const auto read = SafetensorsFile::read(path, &error);
    ASSERT_TRUE(read) << qPrintable(error);
    EXPECT_EQ(read->int8, std::set<std::string>{"fc.weight"});
    EXPECT_EQ(read->metadata, c.metadata);
    for (const auto& [name, t] : c.tensors)
        EXPECT_TRUE(nwtest::bitIdentical(read->tensors.at(name), t)) << name;
    // Written again as read, the file is the same byte for byte.
    const QString again = dir.filePath(QStringLiteral("again.safetensors"));
    ASSERT_TRUE(SafetensorsFile::write(again, *read, &error)) << qPrintable(error);
    EXPECT_EQ(nwtest::readBytes(again), bytes);
}

TEST(SafetensorsInt8, WriteRefusesValuesThatAreNotInt8AndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.safetensors"));
    QString error;
    for (float bad : {0.5f, 128.0f, -129.0f, std::numeric_limits<float>::quiet_NaN()}) {
        std::map<std::string, Tensor> t{{"w", Tensor({2}, {1.0f, bad})}};
        EXPECT_FALSE(SafetensorsFile::write(path, t, {}, &error, {"w"})) << bad;
        EXPECT_TRUE(error.contains(QStringLiteral("tensor 'w' is to be stored as I8 but value 1 is")))
            << qPrintable(error);
    }
    EXPECT_FALSE(SafetensorsFile::write(path, {{"w", Tensor({1})}}, {}, &error, {"v"}));
    EXPECT_TRUE(error.contains(QStringLiteral("'v' is to be stored as I8 but is no tensor"))) << qPrintable(error);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(SafetensorsInt8, ReadRefusesAnI8TensorWhoseBytesDoNotMatchItsShape)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.safetensors"));
    // [2, 3] of I8 needs 6 bytes; the offsets give 8 (as if it were stored F32 [2]).
    nwtest::writeBytes(path,
        fileBytes(R"({"fc.weight":{"dtype":"I8","shape":[2,3],"data_offsets":[0,8]}})", QByteArray(8, '\1')));
    QString error;
    EXPECT_FALSE(SafetensorsFile::read(path, &error));
    EXPECT_TRUE(error.startsWith(path)) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("tensor 'fc.weight': shape [2, 3] of I8 needs 6 bytes but data_offsets hold 8")))
        << qPrintable(error);
    // Signed bytes are read as signed.
    nwtest::writeBytes(path,
        fileBytes(R"({"w":{"dtype":"I8","shape":[2],"data_offsets":[0,2]}})", QByteArray("\x80\x7f", 2)));
    const auto ok = SafetensorsFile::read(path, &error);
    ASSERT_TRUE(ok) << qPrintable(error);
    EXPECT_EQ(ok->tensors.at("w")[0], -128.0f);
    EXPECT_EQ(ok->tensors.at("w")[1], 127.0f);
    EXPECT_EQ(ok->int8, std::set<std::string>{"w"});
}
