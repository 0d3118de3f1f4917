// Labelled texts as `text:FILE` reads them (a CSV table, or LABEL<TAB>TEXT lines),
// UTF-8 decoding, tokenising (characters and words) and the vocabulary built from
// them; and the same bytes as a word list that `words:` reads from Debian's
// /usr/share/dict (UTF-8, or Latin-1 as for Swedish). Every reader sees every
// input, so seed files of either kind stay what they are.
#include "FuzzInputFile.h"

#include "data/DataError.h"
#include "data/TextDataset.h"
#include "data/WordLists.h"

namespace {

template <typename Load>
void refusedOrLoaded(Load load)
{
    try {
        const nw::Dataset dataset = load();
        (void)dataset;
    } catch (const nw::DataError&) {
        // Refused with a message: what a bad file should get.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string tsv = nw::fuzz::writeInputFile("input.tsv", data, size);
    const std::string csv = nw::fuzz::writeInputFile("input.csv", data, size);
    nw::TextOptions chars;
    chars.encoding.maxLength = 16;
    nw::TextOptions words = chars;
    words.encoding.tokenizer = nw::Tokenizer::Word;
    words.encoding.lowercase = true;
    words.encoding.maxTokens = 8;
    refusedOrLoaded([&] { return nw::loadTextDataset(tsv, chars); });
    refusedOrLoaded([&] { return nw::loadTextDataset(csv, words); });

    const std::string folder = nw::fuzz::freshInputFolder("dict");
    nw::fuzz::writeInputFile("dict/" + nw::findWordListLanguage("english")->file, data, size);
    nw::fuzz::writeInputFile("dict/" + nw::findWordListLanguage("swedish")->file, data, size);
    nw::WordSampleOptions sample;
    sample.languages = { "english", "swedish" };
    sample.perLanguage = 3;
    sample.maxLength = 10;
    refusedOrLoaded([&] { return nw::loadWordsDataset(folder, sample); });
    return 0;
}
