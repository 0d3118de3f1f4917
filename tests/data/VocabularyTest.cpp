#include "data/Utf8.h"
#include "data/Vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace nw;

namespace {

std::vector<std::size_t> all(std::size_t n)
{
    std::vector<std::size_t> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = i;
    return v;
}

std::vector<float> encoded(const Vocabulary& v, const std::string& text)
{
    std::vector<float> ids(static_cast<std::size_t>(v.encoding().maxLength));
    v.encode(text, ids.data());
    return ids;
}

} // namespace

TEST(Utf8, ValidatesWalksAndLowercases)
{
    EXPECT_EQ(utf8::firstInvalid("née ÆØ 中文"), std::string::npos);
    EXPECT_EQ(utf8::firstInvalid("ab\xff"), 2u);
    EXPECT_EQ(utf8::firstInvalid("\xC3"), 0u);           // truncated
    EXPECT_EQ(utf8::firstInvalid("\xC0\xAF"), 0u);       // overlong
    EXPECT_EQ(utf8::firstInvalid("\xED\xA0\x80"), 0u);   // surrogate
    EXPECT_EQ(utf8::characters("née"), (std::vector<std::string> { "n", "é", "e" }));
    EXPECT_EQ(utf8::toLower("ÄÖÜ Straße ĄŁ ΣΑ ЖЁ Ab"), "äöü straße ął σα жё ab");
    EXPECT_EQ(utf8::fromLatin1("f\xf6r"), "för");
    EXPECT_TRUE(utf8::isWordCharacter("é"));
    EXPECT_FALSE(utf8::isWordCharacter("—"));
    EXPECT_FALSE(utf8::isWordCharacter("'"));
}

TEST(Vocabulary, CharTokensAreOrderedByCountThenBytes)
{
    const std::vector<std::string> texts { "abca", "cab", "zzzz" };
    TextEncoding e;
    e.maxLength = 5;
    // Fitted on the first two texts only: z is unknown.
    const Vocabulary v = Vocabulary::fit(e, texts, std::vector<std::size_t> { 0, 1 });
    // a: 3, b: 2, c: 2 -> a, then b before c (byte order breaks the tie).
    EXPECT_EQ(v.tokens(), (std::vector<std::string> { "<pad>", "<unk>", "a", "b", "c" }));
    EXPECT_EQ(encoded(v, "cab"), (std::vector<float> { 4, 2, 3, 0, 0 }));
    EXPECT_EQ(encoded(v, "zabcab"), (std::vector<float> { 1, 2, 3, 4, 2 })); // cut to 5, z unknown
    EXPECT_EQ(v.coverage("zabcab").cut, 1u);
    EXPECT_EQ(v.coverage("zabcab").unknown, 1u);
    EXPECT_EQ(v.text(encoded(v, "cab")), "cab");
    EXPECT_EQ(v.text(encoded(v, "zab")), "<unk>ab");
}

TEST(Vocabulary, WordTokenizerSplitsPunctuationAndLowercases)
{
    TextEncoding e;
    e.tokenizer = Tokenizer::Word;
    e.lowercase = true;
    e.maxLength = 6;
    const std::vector<std::string> texts { "The cat, the HAT!", "Über   die Brücke" };
    const Vocabulary v = Vocabulary::fit(e, texts, all(texts.size()));
    EXPECT_EQ(v.tokenize("The cat, the HAT!"), (std::vector<std::string> { "the", "cat", ",", "the", "hat", "!" }));
    EXPECT_EQ(v.tokens()[2], "the"); // twice; the rest once, in byte order
    EXPECT_EQ(v.tokens(), (std::vector<std::string> { "<pad>", "<unk>", "the", "!", ",", "brücke", "cat", "die", "hat",
                               "über" }));
    EXPECT_EQ(v.text(encoded(v, "the cat")), "the cat");
}

TEST(Vocabulary, SizeLimitKeepsTheMostFrequent)
{
    TextEncoding e;
    e.maxTokens = 4;
    e.maxLength = 3;
    const std::vector<std::string> texts { "aaab", "bbc" };
    const Vocabulary v = Vocabulary::fit(e, texts, all(2));
    EXPECT_EQ(v.tokens(), (std::vector<std::string> { "<pad>", "<unk>", "a", "b" }));
    EXPECT_EQ(encoded(v, "cab"), (std::vector<float> { 1, 2, 3 }));
    e.maxTokens = 2;
    EXPECT_THROW(Vocabulary::fit(e, texts, all(2)), DataError);
}

TEST(Vocabulary, SpecialTokensInTheTextAreNotDoubled)
{
    TextEncoding e;
    e.tokenizer = Tokenizer::Word;
    const std::vector<std::string> texts { "<pad>" };
    const Vocabulary v = Vocabulary::fit(e, texts, all(1));
    // "<", "pad", ">" are tokens of their own; "<pad>" itself never is.
    EXPECT_EQ(v.size(), 5);
}

TEST(Vocabulary, FromTokensRefusesBadVocabularies)
{
    TextEncoding e;
    EXPECT_NO_THROW(Vocabulary::fromTokens(e, { "<pad>", "<unk>", "a" }));
    auto error = [&](std::vector<std::string> tokens) {
        try {
            Vocabulary::fromTokens(e, std::move(tokens));
        } catch (const DataError& x) {
            return std::string(x.what());
        }
        return std::string();
    };
    EXPECT_NE(error({ "a", "<unk>" }).find("must start with"), std::string::npos);
    EXPECT_NE(error({ "<pad>", "<unk>", "a", "a" }).find("token 3 of the vocabulary ('a') appears more than once"),
        std::string::npos);
    EXPECT_NE(error({ "<pad>", "<unk>", "" }).find("token 2 of the vocabulary is empty"), std::string::npos);
    EXPECT_NE(error({ "<pad>", "<unk>", "\xff" }).find("not UTF-8"), std::string::npos);
}

TEST(Vocabulary, FixedAlphabetsDecodeButDoNotEncode)
{
    const Vocabulary v = Vocabulary::fixed(Tokenizer::Char, { "0", "1" }, 4);
    const std::vector<float> ids { 1, 0, 0, 0 };
    EXPECT_EQ(v.text(ids), "1000"); // no padding to drop
    EXPECT_EQ(v.token(7), "<?>");
    std::vector<float> out(4);
    EXPECT_THROW(v.encode("10", out.data()), DataError);
}
