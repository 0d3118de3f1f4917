#pragma once
// A text project's vocabulary as stored under "dataset.vocabulary" in a project
// file (docs/FORMATS.md): the tokenizer settings and the tokens in id order, so
// `netwright-cli predict` encodes new text exactly as training did without the
// training data.
//
//   {"tokenizer": "char", "lowercase": true, "max_len": 12, "size_limit": 0,
//    "tokens": ["<pad>", "<unk>", "e", "a", ...]}
#include "data/Vocabulary.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nw {

QJsonObject vocabularyToJson(const Vocabulary& vocabulary);
// Refuses wrong types, unknown keys and a token list Vocabulary::fromTokens refuses,
// naming the place ("dataset.vocabulary.tokens: ...").
std::optional<Vocabulary> vocabularyFromJson(const QJsonObject& json, QString* error, const QString& place);

} // namespace nw
