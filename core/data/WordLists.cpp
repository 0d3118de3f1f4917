#include "WordLists.h"

#include "Utf8.h"
#include "engine/Rng.h"
#include "engine/Shuffle.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace nw {

namespace {

// Letters only: ASCII letters and any non-ASCII character isWordCharacter accepts
// (accented and other scripts' letters), no digits.
bool isWord(const std::vector<std::string>& chars)
{
    for (const std::string& c : chars) {
        if (c.size() == 1 && !((c[0] >= 'a' && c[0] <= 'z') || (c[0] >= 'A' && c[0] <= 'Z')))
            return false;
        if (c.size() > 1 && !utf8::isWordCharacter(c))
            return false;
    }
    return true;
}

// The usable words of a list, each with the line it is on, in byte order.
std::vector<std::pair<std::string, long long>> usableWords(const std::string& path, const WordListLanguage& language, const WordSampleOptions& o)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path + ": the " + language.name + " word list is missing (install the Debian package "
            + language.package + ": apt-get install " + language.package + ")");
    std::ostringstream s;
    s << in.rdbuf();
    const std::string text = language.latin1 ? utf8::fromLatin1(s.str()) : s.str();
    std::map<std::string, long long> words; // distinct after lower-casing, in a fixed order
    std::size_t begin = 0;
    long long lineNumber = 1;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(begin, end - begin);
        begin = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (utf8::firstInvalid(line) != std::string::npos)
            throw DataError(path + ":" + std::to_string(lineNumber) + ": is not UTF-8 text");
        const long long number = lineNumber++;
        const std::vector<std::string> chars = utf8::characters(line);
        if (chars.size() < 2 || chars.size() > static_cast<std::size_t>(o.maxLength) || !isWord(chars))
            continue;
        words.emplace(o.lowercase ? utf8::toLower(line) : line, number);
    }
    return { words.begin(), words.end() };
}

} // namespace

const std::vector<WordListLanguage>& wordListLanguages()
{
    static const std::vector<WordListLanguage> languages {
        { "danish", "danish", "wdanish" },
        { "dutch", "dutch", "wdutch" },
        { "english", "american-english", "wamerican" },
        { "french", "french", "wfrench" },
        { "german", "ngerman", "wngerman" },
        { "italian", "italian", "witalian" },
        { "portuguese", "portuguese", "wportuguese" },
        { "spanish", "spanish", "wspanish" },
        { "swedish", "swedish", "wswedish", true },
    };
    return languages;
}

const WordListLanguage* findWordListLanguage(const std::string& name)
{
    for (const WordListLanguage& l : wordListLanguages())
        if (l.name == name)
            return &l;
    return nullptr;
}

LabelledTexts sampleWords(const std::string& folder, const WordSampleOptions& options)
{
    if (options.languages.size() < 2)
        throw DataError("words: name at least two languages to tell apart");
    if (options.perLanguage < 1)
        throw DataError("words: at least one word per language");
    std::vector<std::vector<std::pair<std::string, long long>>> drawn;
    for (std::size_t k = 0; k < options.languages.size(); ++k) {
        const WordListLanguage* language = findWordListLanguage(options.languages[k]);
        if (!language)
            throw DataError("words: unknown language '" + options.languages[k] + "'");
        if (std::count(options.languages.begin(), options.languages.end(), options.languages[k]) > 1)
            throw DataError("words: language '" + options.languages[k] + "' is named twice");
        const std::string path = (std::filesystem::path(folder) / language->file).string();
        std::vector<std::pair<std::string, long long>> words = usableWords(path, *language, options);
        if (words.size() < static_cast<std::size_t>(options.perLanguage))
            throw DataError(path + ": has " + std::to_string(words.size()) + " words of 2.." + std::to_string(options.maxLength)
                + " letters, fewer than the " + std::to_string(options.perLanguage) + " asked for");
        Rng rng(splitMix64(options.seed * 1000003ULL + k));
        fisherYatesShuffle(words, rng);
        words.resize(static_cast<std::size_t>(options.perLanguage));
        drawn.push_back(std::move(words));
    }
    // A word drawn for two languages cannot be told apart: drop it from both.
    std::map<std::string, int> seen;
    for (const auto& words : drawn)
        for (const auto& w : words)
            ++seen[w.first];
    LabelledTexts out;
    for (std::size_t k = 0; k < drawn.size(); ++k) {
        const std::string path = (std::filesystem::path(folder) / findWordListLanguage(options.languages[k])->file).string();
        for (const auto& [word, line] : drawn[k]) {
            if (seen[word] > 1)
                continue;
            out.texts.push_back(word);
            out.labels.push_back(options.languages[k]);
            out.origins.push_back({ path, line });
        }
    }
    return out;
}

Dataset loadWordsDataset(const std::string& folder, const WordSampleOptions& options)
{
    LabelledTexts words = sampleWords(folder, options);
    TextEncoding encoding;
    encoding.tokenizer = Tokenizer::Char;
    encoding.lowercase = options.lowercase;
    encoding.maxLength = options.maxLength;
    Dataset data = makeTextDataset("words", words, encoding);
    // makeTextDataset sorts class names; the classes are the languages in the order given.
    std::vector<int> labels;
    for (const std::string& l : words.labels)
        labels.push_back(static_cast<int>(
            std::find(options.languages.begin(), options.languages.end(), l) - options.languages.begin()));
    Dataset ordered = Dataset::fromFloats("words", data.sampleShape(),
        encodeAll(*data.vocabulary(), words.texts), std::move(labels), options.languages);
    ordered.setVocabulary(data.vocabulary());
    ordered.setTexts(std::move(words.texts));
    ordered.setOrigins(std::move(words.origins));
    return ordered;
}

} // namespace nw
