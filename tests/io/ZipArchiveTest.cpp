// The zip reader and writer under lesson bundles: what the writer writes reads back
// byte for byte (stored and deflated entries, UTF-8 names), Python's zipfile reads
// it too, and the reader refuses truncated archives, bad CRCs, names that leave the
// archive, duplicate names, oversized and lying entries (a zip bomb), each with a
// message naming the archive, the entry and the problem.
#include "io/ZipReader.h"
#include "io/ZipWriter.h"
#include "TestFiles.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <zlib.h>

using namespace nw;
using nwtest::readBytes;
using nwtest::writeBytes;

namespace {

ZipEntries sampleEntries()
{
    QByteArray repetitive;
    for (int i = 0; i < 2000; ++i)
        repetitive += "## Step\nHidden layers bend the boundary.\n";
    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 300; ++i) {
        x = x * 1664525u + 1013904223u;
        random.append(char(x >> 24));
    }
    return { { QStringLiteral("lesson.md"), repetitive }, { QStringLiteral("images/noise.bin"), random },
        { QStringLiteral("lesson.zh_CN.md"), QStringLiteral("## 第一步\n隐藏层\n").toUtf8() },
        { QStringLiteral("empty.txt"), QByteArray() } };
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

void put32(QByteArray& b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

// The offset of the central directory (from the end record).
qsizetype directoryOffset(const QByteArray& zip)
{
    return static_cast<qsizetype>(le32(zip, zip.size() - 22 + 16));
}

QString readError(const QByteArray& bytes)
{
    QString error;
    EXPECT_FALSE(ZipReader::fromBytes(bytes, QStringLiteral("bad.nwlesson"), &error).has_value());
    return error;
}

} // namespace

TEST(ZipArchive, WrittenEntriesReadBackByteForByte)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    QString error;
    ASSERT_TRUE(ZipWriter::write(path, sampleEntries(), &error)) << qPrintable(error);
    const QByteArray bytes = readBytes(path);
    // The repetitive text is deflated, the random bytes stored (deflate would grow them).
    EXPECT_LT(bytes.size(), 4000);
    const auto entries = ZipReader::read(path, &error);
    ASSERT_TRUE(entries) << qPrintable(error);
    const ZipEntries expected = sampleEntries();
    ASSERT_EQ(entries->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ((*entries)[i].name, expected[i].name);
        EXPECT_EQ((*entries)[i].data, expected[i].data) << qPrintable(expected[i].name);
    }
    // Reproducible: the same entries give the same bytes.
    EXPECT_EQ(ZipWriter::toBytes(sampleEntries(), QStringLiteral("b"), &error).value(), bytes);
}

TEST(ZipArchive, PythonZipfileReadsWhatWeWrite)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        GTEST_SKIP() << "no /usr/bin/python3";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    QString error;
    ASSERT_TRUE(ZipWriter::write(path, sampleEntries(), &error)) << qPrintable(error);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "assert z.testzip() is None\n"
                           "print(';'.join('%s=%d' % (i.filename, len(z.read(i))) for i in z.infolist()))"),
            path });
    ASSERT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().constData();
    EXPECT_EQ(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
        QStringLiteral("lesson.md=82000;images/noise.bin=300;lesson.zh_CN.md=%1;empty.txt=0")
            .arg(sampleEntries()[2].data.size()));
}

TEST(ZipArchive, ReadsWhatPythonZipfileWrites)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        GTEST_SKIP() << "no /usr/bin/python3";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("py.zip"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\n"
                           "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                           "    z.writestr('dir/', '')\n"
                           "    z.writestr('dir/a.txt', 'hello ' * 100, compress_type=zipfile.ZIP_DEFLATED)\n"
                           "    z.writestr('b.bin', bytes(range(256)), compress_type=zipfile.ZIP_STORED)\n"),
            path });
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().constData();
    QString error;
    const auto entries = ZipReader::read(path, &error);
    ASSERT_TRUE(entries) << qPrintable(error);
    ASSERT_EQ(entries->size(), 2u); // the folder entry is not a file
    EXPECT_EQ((*entries)[0].name, QStringLiteral("dir/a.txt"));
    EXPECT_EQ((*entries)[0].data, QByteArray("hello ").repeated(100));
    EXPECT_EQ((*entries)[1].data.size(), 256);
}

TEST(ZipArchive, TruncatedArchiveIsRefused)
{
    const QByteArray zip = ZipWriter::toBytes(sampleEntries(), QStringLiteral("a"), nullptr).value();
    for (qsizetype cut : { qsizetype(0), qsizetype(10), zip.size() / 2, zip.size() - 1 }) {
        const QString error = readError(zip.left(cut));
        EXPECT_TRUE(error.startsWith(QStringLiteral("bad.nwlesson: "))) << qPrintable(error);
        EXPECT_TRUE(error.contains(QStringLiteral("truncated"))) << qPrintable(error);
    }
    // The files cut short but the directory intact: the entry is named.
    QByteArray damaged = zip;
    const qsizetype directory = directoryOffset(zip);
    damaged.remove(directory - 40, 40);
    put32(damaged, damaged.size() - 22 + 16, static_cast<quint32>(directory - 40));
    const QString error = readError(damaged);
    EXPECT_TRUE(error.contains(QStringLiteral("entry \""))) << qPrintable(error);
}

TEST(ZipArchive, BadCrcIsRefusedNamingTheEntry)
{
    QByteArray zip = ZipWriter::toBytes(
        { { QStringLiteral("lesson.md"), QByteArray("## Step one\ntext\n") } }, QStringLiteral("a"), nullptr)
                         .value();
    // The stored entry's first byte of data, after the 30-byte header and the name.
    zip[30 + 9] = 'X';
    const QString error = readError(zip);
    EXPECT_TRUE(error.contains(QStringLiteral("bad.nwlesson: entry \"lesson.md\": CRC mismatch"))) << qPrintable(error);
}

TEST(ZipArchive, NamesLeavingTheArchiveAreRefused)
{
    for (const char* name : { "../evil.md", "images/../../evil", "/etc/passwd", "C:/x", "a\\..\\b", "a//b" }) {
        QString error;
        // The writer refuses them...
        EXPECT_FALSE(
            ZipWriter::toBytes({ { QString::fromLatin1(name), QByteArray("x") } }, QStringLiteral("w"), &error));
        EXPECT_TRUE(error.contains(QString::fromLatin1(name))) << qPrintable(error);
        // ...and the reader refuses an archive another tool wrote with them: same length
        // name patched in after writing.
        const QString placeholder = QString(QLatin1Char('n')).repeated(static_cast<int>(qstrlen(name)));
        QByteArray zip = ZipWriter::toBytes({ { placeholder, QByteArray("x") } }, QStringLiteral("w"), nullptr).value();
        zip.replace(placeholder.toLatin1(), QByteArray(name));
        error = readError(zip);
        EXPECT_TRUE(error.startsWith(QStringLiteral("bad.nwlesson: entry \"%1\": ").arg(QString::fromLatin1(name))))
            << qPrintable(error);
    }
}

TEST(ZipArchive, DuplicateNamesAreRefused)
{
    QByteArray zip = ZipWriter::toBytes(
        { { QStringLiteral("a.md"), QByteArray("one") }, { QStringLiteral("b.md"), QByteArray("two") } },
        QStringLiteral("w"), nullptr)
                         .value();
    zip.replace(QByteArray("b.md"), QByteArray("a.md"));
    const QString error = readError(zip);
    EXPECT_TRUE(error.contains(QStringLiteral("entry \"a.md\": appears twice"))) << qPrintable(error);
    QString writeError;
    EXPECT_FALSE(
        ZipWriter::toBytes({ { QStringLiteral("a.md"), QByteArray("1") }, { QStringLiteral("a.md"), QByteArray("2") } },
            QStringLiteral("w"), &writeError));
    EXPECT_TRUE(writeError.contains(QStringLiteral("appears twice"))) << qPrintable(writeError);
}

TEST(ZipArchive, ZipBombsAreRefusedBeforeInflating)
{
    // 200 MB of zeros deflate to about 200 KB; the archive is small, the entry is not.
    const QByteArray zeros(1024 * 1024, '\0');
    z_stream stream {};
    ASSERT_EQ(deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray compressed(1024 * 1024, '\0');
    stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    for (int i = 0; i < 200; ++i) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        stream.avail_in = static_cast<uInt>(zeros.size());
        ASSERT_EQ(deflate(&stream, i == 199 ? Z_FINISH : Z_NO_FLUSH), i == 199 ? Z_STREAM_END : Z_OK);
    }
    compressed.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);

    // A real archive of a small entry, its data and sizes replaced by the bomb's.
    const auto build = [&](quint32 declared) {
        QByteArray zip
            = ZipWriter::toBytes({ { QStringLiteral("bomb.bin"), QByteArray(100, 'a') } }, QStringLiteral("w"), nullptr)
                  .value();
        const qsizetype directory = directoryOffset(zip);
        QByteArray local = zip.left(30 + 8);
        QByteArray central = zip.mid(directory, zip.size() - 22 - directory);
        QByteArray end = zip.right(22);
        const quint32 crc = le32(local, 14);
        put32(local, 14, crc);
        put32(local, 18, static_cast<quint32>(compressed.size()));
        put32(local, 22, declared);
        local[8] = 8;
        central[10] = 8;
        put32(central, 20, static_cast<quint32>(compressed.size()));
        put32(central, 24, declared);
        QByteArray out = local + compressed;
        put32(end, 16, static_cast<quint32>(out.size()));
        return out + central + end;
    };
    // Honest about its size: refused before inflating, as too large.
    QString error = readError(build(200u * 1024u * 1024u));
    EXPECT_TRUE(error.contains(QStringLiteral("entry \"bomb.bin\": declares 209715200 bytes"))) << qPrintable(error);
    // Lying about its size: inflation stops at the declared size.
    error = readError(build(1000));
    EXPECT_TRUE(error.contains(QStringLiteral("entry \"bomb.bin\": inflates to more than its declared 1000 bytes")))
        << qPrintable(error);
}

TEST(ZipArchive, NotAZipAndMissingFilesAreNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.nwlesson"));
    writeBytes(path, QByteArray("just some text, not an archive"));
    QString error;
    EXPECT_FALSE(ZipReader::read(path, &error));
    EXPECT_EQ(error, path + QStringLiteral(": is not a zip archive or is truncated (no end of central directory)"));
    EXPECT_FALSE(ZipReader::read(dir.filePath(QStringLiteral("missing.nwlesson")), &error));
    EXPECT_TRUE(error.startsWith(dir.filePath(QStringLiteral("missing.nwlesson")) + QStringLiteral(": cannot open")))
        << qPrintable(error);
}

TEST(ZipArchive, FailedWriteKeepsThePreviousFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    QString error;
    ASSERT_TRUE(ZipWriter::write(path, sampleEntries(), &error));
    const QByteArray before = readBytes(path);
    EXPECT_FALSE(ZipWriter::write(path, { { QStringLiteral("../x"), QByteArray("y") } }, &error));
    EXPECT_EQ(readBytes(path), before);
}
