#include "VocabularyJson.h"

#include "JsonObjectReader.h"

#include <QJsonArray>

namespace nw {

QJsonObject vocabularyToJson(const Vocabulary& vocabulary)
{
    const TextEncoding& e = vocabulary.encoding();
    QJsonArray tokens;
    for (const std::string& t : vocabulary.tokens())
        tokens.append(QString::fromStdString(t));
    return {
        { QStringLiteral("tokenizer"), QString::fromStdString(tokenizerName(e.tokenizer)) },
        { QStringLiteral("lowercase"), e.lowercase },
        { QStringLiteral("max_len"), e.maxLength },
        { QStringLiteral("size_limit"), e.maxTokens },
        { QStringLiteral("tokens"), tokens },
    };
}

std::optional<Vocabulary> vocabularyFromJson(const QJsonObject& json, QString* error, const QString& place)
{
    JsonObjectReader r(json, place);
    const QString tokensKey = QStringLiteral("tokens");
    r.refuseUnknownKeys({ QStringLiteral("tokenizer"), QStringLiteral("lowercase"), QStringLiteral("max_len"),
        QStringLiteral("size_limit"), tokensKey });
    QString tokenizer = QStringLiteral("char");
    TextEncoding e;
    r.readChoice(QStringLiteral("tokenizer"), tokenizer, { QStringLiteral("char"), QStringLiteral("word") });
    r.readBool(QStringLiteral("lowercase"), e.lowercase);
    r.readInt(QStringLiteral("max_len"), e.maxLength, 1, 4096);
    r.readInt(QStringLiteral("size_limit"), e.maxTokens, 0);
    e.tokenizer = tokenizer == QLatin1String("word") ? Tokenizer::Word : Tokenizer::Char;
    std::vector<std::string> tokens;
    if (r.ok()) {
        const QJsonValue v = json.value(tokensKey);
        if (!v.isArray()) {
            r.fail(tokensKey, QStringLiteral("must be an array of strings, got %1").arg(JsonObjectReader::describeType(v)));
        } else {
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
                if (!array[i].isString())
                    r.fail(tokensKey + QStringLiteral("[%1]").arg(i),
                        QStringLiteral("must be a string, got %1").arg(JsonObjectReader::describeType(array[i])));
                tokens.push_back(array[i].toString().toStdString());
            }
        }
    }
    std::optional<Vocabulary> vocabulary;
    if (r.ok()) {
        try {
            vocabulary = Vocabulary::fromTokens(e, std::move(tokens));
        } catch (const DataError& x) {
            r.fail(tokensKey, QString::fromStdString(x.what()));
        }
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return vocabulary;
}

} // namespace nw
