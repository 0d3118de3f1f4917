#pragma once
// "Which language is this word?": a classification dataset sampled from the word
// lists Debian installs under /usr/share/dict (packages wamerican, wngerman,
// wfrench, wspanish, witalian, wportuguese, wdutch, wswedish, wdanish), one class
// per language. Real data without a download, small enough to train in a minute,
// and a character-level model's attention over the letters is easy to read.
//
// Sampling: each language's list is read (UTF-8, or Latin-1 where Debian still
// ships it, as for Swedish), keeping words of 2..maxLength characters made of
// letters only (no apostrophes, hyphens, digits or spaces), lower-cased when asked.
// A seeded shuffle per language (the seed mixed with the language's position)
// picks `perLanguage` distinct words; a word drawn for two languages ("hotel") is
// dropped from both, since no model can tell them apart. So classes are balanced
// up to those few collisions, and the same options give the same words anywhere.
// The words then become character tokens like any text (TextDataset).
#include "Dataset.h"
#include "TextDataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nw {

struct WordListLanguage {
    std::string name; // "english"
    std::string file; // "american-english", under the folder
    std::string package; // "wamerican", for messages
    bool latin1 = false;
};

// The languages known, in alphabetical order of their names.
const std::vector<WordListLanguage>& wordListLanguages();
const WordListLanguage* findWordListLanguage(const std::string& name);

struct WordSampleOptions {
    std::vector<std::string> languages; // names from wordListLanguages()
    int perLanguage = 1000;
    int maxLength = 12;
    bool lowercase = true;
    std::uint64_t seed = 1;
};

// The sampled words with their languages as labels. Throws DataError for an
// unknown language, a missing list (naming the Debian package to install), or a
// list with fewer usable words than asked.
LabelledTexts sampleWords(const std::string& folder, const WordSampleOptions& options);

// sampleWords() as a dataset of character tokens [maxLength]; the classes are the
// languages in the order given.
Dataset loadWordsDataset(const std::string& folder, const WordSampleOptions& options);

} // namespace nw
