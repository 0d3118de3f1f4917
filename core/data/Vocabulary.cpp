#include "Vocabulary.h"

#include "DataError.h"
#include "Utf8.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace nw {

namespace {

std::vector<std::size_t> sortedOrder(const std::vector<std::string>& tokens)
{
    std::vector<std::size_t> order(tokens.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return tokens[a] < tokens[b]; });
    return order;
}

bool isSpace(const std::string& c)
{
    return c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\v" || c == "\f" || c == "\xC2\xA0";
}

} // namespace

std::string tokenizerName(Tokenizer tokenizer)
{
    return tokenizer == Tokenizer::Word ? "word" : "char";
}

Vocabulary Vocabulary::fit(
    const TextEncoding& encoding, const std::vector<std::string>& texts, std::span<const std::size_t> indices)
{
    if (encoding.maxTokens == 1 || encoding.maxTokens == 2 || encoding.maxTokens < 0)
        throw DataError("a vocabulary of " + std::to_string(encoding.maxTokens)
            + " tokens has no room for any token besides <pad> and <unk> (use 0 for no limit, or 3 or more)");
    Vocabulary v;
    v.m_encoding = encoding;
    std::unordered_map<std::string, std::size_t> counts;
    for (std::size_t i : indices) {
        if (i >= texts.size())
            throw DataError("text index " + std::to_string(i) + " is out of range (" + std::to_string(texts.size())
                + " texts)");
        for (std::string& t : v.tokenize(texts[i]))
            ++counts[std::move(t)];
    }
    counts.erase(kPadToken);
    counts.erase(kUnknownToken);
    std::vector<std::pair<std::string, std::size_t>> ranked(counts.begin(), counts.end());
    std::sort(ranked.begin(), ranked.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    v.m_tokens = { kPadToken, kUnknownToken };
    for (auto& [token, count] : ranked) {
        if (encoding.maxTokens > 0 && v.size() >= encoding.maxTokens)
            break;
        v.m_tokens.push_back(std::move(token));
    }
    v.m_sorted = sortedOrder(v.m_tokens);
    return v;
}

Vocabulary Vocabulary::fromTokens(const TextEncoding& encoding, std::vector<std::string> tokens)
{
    if (tokens.size() < 2 || tokens[0] != kPadToken || tokens[1] != kUnknownToken)
        throw DataError("a vocabulary must start with the tokens \"<pad>\" (id 0) and \"<unk>\" (id 1)");
    if (encoding.maxLength < 1)
        throw DataError("a vocabulary's sequence length must be at least 1, got " + std::to_string(encoding.maxLength));
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].empty())
            throw DataError("token " + std::to_string(i) + " of the vocabulary is empty");
        if (utf8::firstInvalid(tokens[i]) != std::string::npos)
            throw DataError("token " + std::to_string(i) + " of the vocabulary is not UTF-8 text");
        if (!seen.insert(tokens[i]).second)
            throw DataError("token " + std::to_string(i) + " of the vocabulary ('" + tokens[i]
                + "') appears more than once");
    }
    Vocabulary v;
    v.m_encoding = encoding;
    v.m_tokens = std::move(tokens);
    v.m_sorted = sortedOrder(v.m_tokens);
    return v;
}

Vocabulary Vocabulary::fixed(Tokenizer tokenizer, std::vector<std::string> tokens, int length)
{
    Vocabulary v;
    v.m_encoding.tokenizer = tokenizer;
    v.m_encoding.maxLength = length;
    v.m_tokens = std::move(tokens);
    v.m_special = false;
    v.m_sorted = sortedOrder(v.m_tokens);
    return v;
}

std::vector<std::string> Vocabulary::tokenize(std::string_view text) const
{
    const std::string lowered = m_encoding.lowercase ? utf8::toLower(text) : std::string();
    const std::vector<std::string> chars = utf8::characters(m_encoding.lowercase ? std::string_view(lowered) : text);
    if (m_encoding.tokenizer == Tokenizer::Char)
        return chars;
    std::vector<std::string> words;
    std::string word;
    for (const std::string& c : chars) {
        if (utf8::isWordCharacter(c)) {
            word += c;
            continue;
        }
        if (!word.empty())
            words.push_back(std::move(word));
        word.clear();
        if (!isSpace(c))
            words.push_back(c);
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

int Vocabulary::id(const std::string& token) const
{
    const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), token,
        [&](std::size_t i, const std::string& t) { return m_tokens[i] < t; });
    if (it != m_sorted.end() && m_tokens[*it] == token)
        return static_cast<int>(*it);
    return kUnknown;
}

void Vocabulary::encode(std::string_view text, float* out) const
{
    if (!m_special)
        throw DataError("a fixed alphabet without <pad> and <unk> cannot encode text");
    const std::vector<std::string> tokens = tokenize(text);
    const std::size_t length = static_cast<std::size_t>(m_encoding.maxLength);
    for (std::size_t t = 0; t < length; ++t)
        out[t] = t < tokens.size() ? static_cast<float>(id(tokens[t])) : static_cast<float>(kPad);
}

Vocabulary::Coverage Vocabulary::coverage(std::string_view text) const
{
    const std::vector<std::string> tokens = tokenize(text);
    Coverage c;
    const std::size_t length = static_cast<std::size_t>(m_encoding.maxLength);
    c.cut = tokens.size() > length ? tokens.size() - length : 0;
    for (std::size_t t = 0; t < tokens.size() && t < length; ++t)
        if (id(tokens[t]) == kUnknown)
            ++c.unknown;
    return c;
}

std::string Vocabulary::token(int id) const
{
    return id >= 0 && id < size() ? m_tokens[static_cast<std::size_t>(id)] : std::string("<?>");
}

std::vector<std::string> Vocabulary::decode(std::span<const float> ids) const
{
    std::size_t end = ids.size();
    if (m_special)
        while (end > 0 && ids[end - 1] == static_cast<float>(kPad))
            --end;
    std::vector<std::string> out;
    out.reserve(end);
    for (std::size_t t = 0; t < end; ++t) {
        const float v = ids[t];
        out.push_back(v == std::floor(v) && v >= 0.0f && v < static_cast<float>(size()) ? token(static_cast<int>(v))
                                                                                          : std::string("<?>"));
    }
    return out;
}

std::string Vocabulary::text(std::span<const float> ids) const
{
    std::string s;
    const bool words = m_encoding.tokenizer == Tokenizer::Word;
    for (const std::string& t : decode(ids)) {
        if (words && !s.empty())
            s += ' ';
        s += t;
    }
    return s;
}

} // namespace nw
