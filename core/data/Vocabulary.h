#pragma once
// How text becomes token ids, and back: the tokenizer and its settings, and the
// tokens in id order. Built from the training split only (fit()), so the test
// texts never decide which tokens the model knows; stored with the project
// (core/io, docs/FORMATS.md) so `netwright-cli predict` encodes new text exactly
// as training did; and read by the panels to show a sample's characters or words.
//
// Text vocabularies start with the two special tokens: id 0 "<pad>" fills a
// sequence up to its length, id 1 "<unk>" stands for a token the training split
// did not have (or that fell outside the size limit). The other tokens follow by
// count in the training texts, most frequent first; equal counts in byte order of
// their UTF-8, so the same texts give the same ids everywhere.
//
// The built-in sequence tasks have fixed alphabets without special tokens
// (fixed()): their ids only need names for display.
//
// Immutable once made; shared by datasets and their subsets with shared_ptr.
#include "DataError.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

enum class Tokenizer {
    Char, // one token per Unicode character (code point), spaces included
    Word, // runs of letters and digits are words; every other non-space character is a token of its own
};

std::string tokenizerName(Tokenizer tokenizer); // "char", "word"

struct TextEncoding {
    Tokenizer tokenizer = Tokenizer::Char;
    bool lowercase = false;
    int maxLength = 32; // T: sequences are padded with <pad> or cut to this many tokens
    int maxTokens = 0;  // vocabulary size limit, special tokens included; 0: every token of the training split

    bool operator==(const TextEncoding&) const = default;
};

class Vocabulary {
public:
    static constexpr int kPad = 0;
    static constexpr int kUnknown = 1;
    static constexpr const char* kPadToken = "<pad>";
    static constexpr const char* kUnknownToken = "<unk>";

    // The tokens of texts[i] for every i in `indices` (repeats count twice), counted
    // and ordered as described above. Throws DataError for an index out of range or
    // a maxTokens of 1 or 2 (no room for a single real token).
    static Vocabulary fit(const TextEncoding& encoding, const std::vector<std::string>& texts,
        std::span<const std::size_t> indices);
    // A stored vocabulary: tokens[0] must be "<pad>", tokens[1] "<unk>", the rest
    // distinct and not empty. Throws DataError naming the first problem.
    static Vocabulary fromTokens(const TextEncoding& encoding, std::vector<std::string> tokens);
    // A fixed alphabet without special tokens (the sequence tasks' "0", "1"); encode() is refused.
    static Vocabulary fixed(Tokenizer tokenizer, std::vector<std::string> tokens, int length);

    const TextEncoding& encoding() const { return m_encoding; }
    const std::vector<std::string>& tokens() const { return m_tokens; }
    int size() const { return static_cast<int>(m_tokens.size()); }
    bool hasSpecialTokens() const { return m_special; }

    // The text as tokens (lower-cased first when the encoding says so), before any ids.
    std::vector<std::string> tokenize(std::string_view text) const;
    // Id of a token, kUnknown for one the vocabulary does not hold.
    int id(const std::string& token) const;
    // encoding().maxLength ids as floats (the engine's token ids), padded or cut.
    void encode(std::string_view text, float* out) const;
    // How many tokens of `text` do not fit in maxLength, and how many are unknown.
    struct Coverage {
        std::size_t cut = 0;
        std::size_t unknown = 0;
    };
    Coverage coverage(std::string_view text) const;

    // The token an id stands for; "<?>" outside the vocabulary (ids of hand-made arrays).
    std::string token(int id) const;
    // The tokens of a sequence of ids, trailing <pad> dropped.
    std::vector<std::string> decode(std::span<const float> ids) const;
    // decode() joined: characters as they are, words with a space between them.
    std::string text(std::span<const float> ids) const;

    bool operator==(const Vocabulary&) const = default;

private:
    TextEncoding m_encoding;
    std::vector<std::string> m_tokens;
    bool m_special = true;
    std::vector<std::size_t> m_sorted; // indices of m_tokens in token order, for id()
};

} // namespace nw
