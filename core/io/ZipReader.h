#pragma once
// Reads a zip archive whole (Qt 6.4 has no public zip API): stored and deflate
// entries (zlib), every CRC checked. The archive comes from anyone (a lesson mailed
// to a class), so it is read as hostile: an archive, an entry or the archive's sum of
// entries larger than the limits below is refused before being inflated (a zip bomb
// declares small sizes and inflates past them: inflation stops at the declared
// size), and so are names that leave the archive ("../", "/etc", "C:"), backslashes,
// duplicate names, encrypted entries, ZIP64 and multi-disk archives. Every message
// names the archive, the entry and the problem.
#include "ZipEntry.h"

#include <QString>

#include <optional>

namespace nw {

class ZipReader {
public:
    static constexpr qint64 kMaxArchiveSize = 256 * 1024 * 1024;
    static constexpr qint64 kMaxEntrySize = 128 * 1024 * 1024;
    static constexpr qint64 kMaxTotalSize = 256 * 1024 * 1024;
    static constexpr int kMaxEntries = 10000;

    // The entries in the order of the archive's central directory.
    static std::optional<ZipEntries> read(const QString& path, QString* error);
    // The same over bytes already in memory; `label` names them in messages.
    static std::optional<ZipEntries> fromBytes(const QByteArray& bytes, const QString& label, QString* error);

    // Empty when `name` may be written as a file under a folder; else the problem.
    static QString nameProblem(const QString& name);
};

} // namespace nw
