#include "JsonText.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace nw {

qsizetype firstInvalidUtf8(const QByteArray& text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte (Unicode Table 3-7)
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

QString lineColumnAt(const QByteArray& text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const qsizetype lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    const qsizetype line = text.left(offset).count('\n') + 1;
    const qsizetype column = QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

std::optional<QJsonObject> parseJsonObject(const QByteArray& raw, QString* problem)
{
    const QByteArray text = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
    const qsizetype bad = firstInvalidUtf8(text);
    if (bad >= 0) {
        *problem = QStringLiteral("is not UTF-8 text (invalid byte 0x%1 at %2)")
                       .arg(static_cast<unsigned char>(text[bad]), 2, 16, QLatin1Char('0'))
                       .arg(lineColumnAt(text, bad));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("is not valid JSON: %1 at %2")
                       .arg(parseError.errorString(), lineColumnAt(text, parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = QStringLiteral("does not hold a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace nw
