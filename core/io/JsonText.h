#pragma once
// Turns bytes that should be a UTF-8 JSON object into a QJsonObject, or into a
// sentence saying what is wrong and where ("is not valid JSON: missing comma at
// line 12, column 5"). Shared by ProjectFile and SafetensorsFile, whose files are
// written by people and by other programs alike.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nw {

// Byte offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms and surrogates included), or -1 when all of `text` is valid.
qsizetype firstInvalidUtf8(const QByteArray& text);

// "line L, column C" for a byte offset into UTF-8 text; columns count characters.
QString lineColumnAt(const QByteArray& text, qsizetype offset);

// Parses `text` (a leading UTF-8 byte-order mark is skipped) as a JSON object.
std::optional<QJsonObject> parseJsonObject(const QByteArray& text, QString* problem);

} // namespace nw
