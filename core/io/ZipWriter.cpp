#include "ZipWriter.h"

#include "ZipReader.h"

#include <QSaveFile>
#include <QSet>
#include <zlib.h>

namespace nw {

namespace {

constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint16 kVersion = 20; // 2.0: deflate
constexpr quint16 kUtf8Names = 0x800;

void put16(QByteArray& b, quint32 v)
{
    b.append(char(v & 0xff));
    b.append(char((v >> 8) & 0xff));
}

void put32(QByteArray& b, quint32 v)
{
    put16(b, v & 0xffff);
    put16(b, v >> 16);
}

// Raw deflate (no zlib header), as zip stores it; empty on failure.
std::optional<QByteArray> deflateRaw(const QByteArray& in)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(in.size()))));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    stream.avail_in = static_cast<uInt>(in.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QByteArray> ZipWriter::toBytes(const ZipEntries& entries, const QString& label, QString* error)
{
    auto fail = [&](const QString& text) -> std::optional<QByteArray> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (static_cast<qint64>(entries.size()) > ZipReader::kMaxEntries)
        return fail(label + QStringLiteral(": more than %1 entries").arg(ZipReader::kMaxEntries));
    QByteArray archive;
    QByteArray directory;
    QSet<QString> seen;
    qint64 total = 0;
    for (const ZipEntry& entry : entries) {
        const QString where = label + QStringLiteral(": entry \"%1\"").arg(entry.name);
        if (const QString problem = ZipReader::nameProblem(entry.name); !problem.isEmpty())
            return fail(where + QStringLiteral(": ") + problem);
        if (seen.contains(entry.name))
            return fail(where + QStringLiteral(": appears twice"));
        seen.insert(entry.name);
        total += entry.data.size();
        if (entry.data.size() > ZipReader::kMaxEntrySize || total > ZipReader::kMaxTotalSize)
            return fail(where + QStringLiteral(": larger than an archive may hold"));

        const QByteArray name = entry.name.toUtf8();
        const quint32 crc = static_cast<quint32>(crc32(crc32(0L, Z_NULL, 0),
            reinterpret_cast<const Bytef*>(entry.data.constData()), static_cast<uInt>(entry.data.size())));
        const std::optional<QByteArray> deflated = deflateRaw(entry.data);
        if (!deflated)
            return fail(where + QStringLiteral(": zlib could not compress it"));
        const bool store = deflated->size() >= entry.data.size();
        const QByteArray& data = store ? entry.data : *deflated;
        const quint16 method = store ? 0 : 8;
        const quint32 offset = static_cast<quint32>(archive.size());

        put32(archive, 0x04034b50);
        put16(archive, kVersion);
        put16(archive, kUtf8Names);
        put16(archive, method);
        put16(archive, 0); // time 00:00
        put16(archive, kDosDate);
        put32(archive, crc);
        put32(archive, static_cast<quint32>(data.size()));
        put32(archive, static_cast<quint32>(entry.data.size()));
        put16(archive, static_cast<quint32>(name.size()));
        put16(archive, 0);
        archive.append(name);
        archive.append(data);

        put32(directory, 0x02014b50);
        put16(directory, (3 << 8) | kVersion); // made on Unix, so the permissions below apply
        put16(directory, kVersion);
        put16(directory, kUtf8Names);
        put16(directory, method);
        put16(directory, 0);
        put16(directory, kDosDate);
        put32(directory, crc);
        put32(directory, static_cast<quint32>(data.size()));
        put32(directory, static_cast<quint32>(entry.data.size()));
        put16(directory, static_cast<quint32>(name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0100644u << 16); // a regular file, rw-r--r--
        put32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = static_cast<quint32>(archive.size());
    archive.append(directory);
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, static_cast<quint32>(entries.size()));
    put16(archive, static_cast<quint32>(entries.size()));
    put32(archive, static_cast<quint32>(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

bool ZipWriter::write(const QString& path, const ZipEntries& entries, QString* error)
{
    const std::optional<QByteArray> bytes = toBytes(entries, path, error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    auto fail = [&](const QString& text) {
        if (error)
            *error = path + QStringLiteral(": ") + text;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: ") + file.errorString());
    if (file.write(*bytes) != bytes->size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("cannot write: ") + reason);
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot save: ") + file.errorString());
    return true;
}

} // namespace nw
