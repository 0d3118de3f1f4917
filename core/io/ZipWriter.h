#pragma once
// Writes a zip archive ZipReader and every unzip tool read: each entry deflated
// (zlib) unless that does not make it smaller, then stored. Times are fixed at the
// format's epoch (1980-01-01), so the same entries give the same bytes and generated
// lesson bundles are reproducible. Atomic (QSaveFile): on failure the previous file
// is intact. Names are checked as ZipReader checks them, before anything is written.
#include "ZipEntry.h"

#include <QString>

#include <optional>

namespace nw {

class ZipWriter {
public:
    static bool write(const QString& path, const ZipEntries& entries, QString* error);
    // The archive's bytes; `label` names the archive in messages.
    static std::optional<QByteArray> toBytes(const ZipEntries& entries, const QString& label, QString* error);
};

} // namespace nw
