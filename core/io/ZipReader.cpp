#include "ZipReader.h"

#include "RegularFile.h"

#include <QFile>
#include <QSet>
#include <zlib.h>

#include <algorithm>

namespace nw {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kCentralSize = 46;
constexpr qint64 kLocalSize = 30;

quint32 le16(const QByteArray& b, qint64 at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8);
}

quint32 le32(const QByteArray& b, qint64 at)
{
    return le16(b, at) | (le16(b, at + 2) << 16);
}

std::optional<ZipEntries> fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return std::nullopt;
}

// Inflates raw deflate data, refusing to produce more than `expected` bytes.
bool inflateRaw(const QByteArray& in, qint64 expected, QByteArray* out, QString* problem)
{
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        *problem = QStringLiteral("cannot start zlib");
        return false;
    }
    out->resize(expected);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    stream.avail_in = static_cast<uInt>(in.size());
    stream.next_out = reinterpret_cast<Bytef*>(out->data());
    stream.avail_out = static_cast<uInt>(expected);
    int status = inflate(&stream, Z_FINISH);
    if (status == Z_BUF_ERROR && stream.avail_out == 0) {
        // The output is full but the stream goes on: more data than declared.
        unsigned char probe = 0;
        stream.next_out = &probe;
        stream.avail_out = 1;
        status = inflate(&stream, Z_FINISH);
        if (status != Z_STREAM_END || stream.total_out > static_cast<uLong>(expected)) {
            inflateEnd(&stream);
            *problem = QStringLiteral("inflates to more than its declared %1 bytes").arg(expected);
            return false;
        }
    }
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        *problem = QStringLiteral("compressed data is damaged (zlib: %1)")
                       .arg(stream.msg ? QString::fromLatin1(stream.msg) : QString::number(status));
        return false;
    }
    if (produced != static_cast<uLong>(expected)) {
        *problem = QStringLiteral("inflates to %1 bytes, not its declared %2").arg(produced).arg(expected);
        return false;
    }
    return true;
}

} // namespace

QString ZipReader::nameProblem(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("has an empty name");
    if (name.contains(QLatin1Char('\\')))
        return QStringLiteral("has a backslash in its name");
    if (name.startsWith(QLatin1Char('/')) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return QStringLiteral("has an absolute path");
    if (name.contains(QChar(0)))
        return QStringLiteral("has a NUL character in its name");
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QStringLiteral(".."))
            return QStringLiteral("leaves the archive (\"..\" in its path)");
        if (part.isEmpty() || part == QStringLiteral("."))
            return QStringLiteral("has an empty or \".\" part in its path");
    }
    return {};
}

std::optional<ZipEntries> ZipReader::read(const QString& path, QString* error)
{
    QFile file(path);
    QString problem;
    if (!openRegularFile(file, &problem))
        return fail(error, path + QStringLiteral(": ") + problem);
    if (file.size() > kMaxArchiveSize)
        return fail(error,
            path
                + QStringLiteral(": is %1 bytes, more than the %2 an archive may have")
                      .arg(file.size())
                      .arg(kMaxArchiveSize));
    return fromBytes(file.readAll(), path, error);
}

std::optional<ZipEntries> ZipReader::fromBytes(const QByteArray& bytes, const QString& label, QString* error)
{
    const qint64 size = bytes.size();
    if (size > kMaxArchiveSize)
        return fail(error, label + QStringLiteral(": is larger than an archive may be"));
    // The end record is the last 22 bytes plus a comment of up to 65535 bytes.
    qint64 end = -1;
    for (qint64 at = size - kEndSize; at >= 0 && at >= size - kEndSize - 65535; --at) {
        if (le32(bytes, at) == kEndSignature && at + kEndSize + le16(bytes, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(
            error, label + QStringLiteral(": is not a zip archive or is truncated (no end of central directory)"));
    if (le16(bytes, end + 4) != 0 || le16(bytes, end + 6) != 0)
        return fail(error, label + QStringLiteral(": multi-disk archives are not supported"));
    const qint64 count = le16(bytes, end + 10);
    const qint64 directorySize = le32(bytes, end + 12);
    const qint64 directoryOffset = le32(bytes, end + 16);
    if (count == 0xffff || directoryOffset == 0xffffffff)
        return fail(error, label + QStringLiteral(": ZIP64 archives are not supported"));
    if (count > kMaxEntries)
        return fail(error, label + QStringLiteral(": has %1 entries, more than %2").arg(count).arg(kMaxEntries));
    if (directoryOffset + directorySize > end)
        return fail(error, label + QStringLiteral(": the central directory lies outside the archive (truncated?)"));

    ZipEntries entries;
    QSet<QString> seen;
    qint64 total = 0;
    qint64 at = directoryOffset;
    for (qint64 i = 0; i < count; ++i) {
        const QString where = label + QStringLiteral(": central directory entry %1").arg(i + 1);
        if (at + kCentralSize > end || le32(bytes, at) != kCentralSignature)
            return fail(error, where + QStringLiteral(": damaged (no entry signature)"));
        const quint32 flags = le16(bytes, at + 8);
        const quint32 method = le16(bytes, at + 10);
        const quint32 crc = le32(bytes, at + 16);
        const qint64 compressedSize = le32(bytes, at + 20);
        const qint64 uncompressedSize = le32(bytes, at + 24);
        const qint64 nameLength = le16(bytes, at + 28);
        const qint64 extraLength = le16(bytes, at + 30);
        const qint64 commentLength = le16(bytes, at + 32);
        const qint64 localOffset = le32(bytes, at + 42);
        if (at + kCentralSize + nameLength > end)
            return fail(error, where + QStringLiteral(": damaged (name outside the directory)"));
        const QByteArray nameBytes = bytes.mid(at + kCentralSize, nameLength);
        const QString name = (flags & 0x800) ? QString::fromUtf8(nameBytes) : QString::fromLatin1(nameBytes);
        at += kCentralSize + nameLength + extraLength + commentLength;

        const QString entry = label + QStringLiteral(": entry \"%1\"").arg(name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder: its files carry their full paths
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            return fail(error, entry + QStringLiteral(": ") + problem);
        if (seen.contains(name))
            return fail(error, entry + QStringLiteral(": appears twice in the archive"));
        seen.insert(name);
        if (flags & 0x1)
            return fail(error, entry + QStringLiteral(": is encrypted"));
        if (method != 0 && method != 8)
            return fail(error,
                entry + QStringLiteral(": uses compression method %1 (only stored and deflate are read)").arg(method));
        if (compressedSize == 0xffffffff || uncompressedSize == 0xffffffff)
            return fail(error, entry + QStringLiteral(": ZIP64 entries are not supported"));
        if (uncompressedSize > kMaxEntrySize)
            return fail(error,
                entry
                    + QStringLiteral(": declares %1 bytes, more than the %2 an entry may have")
                          .arg(uncompressedSize)
                          .arg(kMaxEntrySize));
        total += uncompressedSize;
        if (total > kMaxTotalSize)
            return fail(error, entry + QStringLiteral(": the entries add up to more than %1 bytes").arg(kMaxTotalSize));
        if (method == 0 && compressedSize != uncompressedSize)
            return fail(error, entry + QStringLiteral(": is stored but its sizes differ"));

        if (localOffset + kLocalSize > directoryOffset || le32(bytes, localOffset) != kLocalSignature)
            return fail(error, entry + QStringLiteral(": its local header is missing (truncated?)"));
        const qint64 localName = le16(bytes, localOffset + 26);
        const qint64 localExtra = le16(bytes, localOffset + 28);
        const qint64 dataStart = localOffset + kLocalSize + localName + localExtra;
        if (dataStart + compressedSize > directoryOffset)
            return fail(error, entry + QStringLiteral(": its data runs past the end of the files (truncated?)"));
        if (bytes.mid(localOffset + kLocalSize, localName) != nameBytes)
            return fail(error, entry + QStringLiteral(": its local header names another file"));

        const QByteArray raw = bytes.mid(dataStart, compressedSize);
        QByteArray data;
        if (method == 0) {
            data = raw;
        } else {
            QString problem;
            if (!inflateRaw(raw, uncompressedSize, &data, &problem))
                return fail(error, entry + QStringLiteral(": ") + problem);
        }
        const quint32 actual = static_cast<quint32>(crc32(
            crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.constData()), static_cast<uInt>(data.size())));
        if (actual != crc)
            return fail(error,
                entry
                    + QStringLiteral(": CRC mismatch (stored %1, computed %2): the archive is damaged")
                          .arg(crc, 8, 16, QLatin1Char('0'))
                          .arg(actual, 8, 16, QLatin1Char('0')));
        entries.push_back({ name, std::move(data) });
    }
    return entries;
}

} // namespace nw
