#include "DataKind.h"

#include "BundledDatasets.h"
#include "DataError.h"
#include "DataSpec.h"
#include "IdxDataset.h"
#include "ImageFolderDataset.h"
#include "NpyDataset.h"
#include "SequenceTasks.h"
#include "TextDataset.h"
#include "ToyDatasets.h"
#include "WordLists.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <filesystem>
#include <tuple>
#include <utility>

namespace nw {

namespace {

template <typename T> std::optional<T> parseNumber(const std::string& s)
{
    T v {};
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

// "32x24" -> {32, 24}; "28" -> {28, 28}.
std::optional<std::pair<int, int>> parseSize(const std::string& s)
{
    const std::size_t x = s.find('x');
    const auto w = parseNumber<int>(s.substr(0, x));
    const auto h = x == std::string::npos ? w : parseNumber<int>(s.substr(x + 1));
    if (!w || !h || *w < 1 || *w > 4096 || *h < 1 || *h > 4096)
        return std::nullopt;
    return std::pair { *w, *h };
}

std::optional<TaskKind> parseTask(const std::string& s)
{
    if (s == "classification")
        return TaskKind::Classification;
    if (s == "regression")
        return TaskKind::Regression;
    return std::nullopt;
}

// ---- option checks: what a valid value looks like, or empty when `v` is one

std::string checkSamples(const std::string& v)
{
    const auto n = parseNumber<int>(v);
    return n && *n >= 1 && *n <= 1000000 ? "" : "a whole number 1..1000000";
}

std::string checkNoise(const std::string& v)
{
    const auto x = parseNumber<double>(v);
    return x && *x >= 0.0 && *x <= 1.0 ? "" : "a number 0..1";
}

std::string checkSeed(const std::string& v)
{
    return parseNumber<unsigned long long>(v) ? "" : "a non-negative whole number";
}

std::string checkTarget(const std::string& v)
{
    return v.empty() ? "a column name" : "";
}

std::string checkTask(const std::string& v)
{
    return parseTask(v) ? "" : "classification or regression";
}

std::string checkMissing(const std::string& v)
{
    return v == "drop" || v == "mean" ? "" : "drop or mean";
}

std::string checkDelimiter(const std::string& v)
{
    return v == "tab" || (v.size() == 1 && v != "\"" && v != "\n" && v != "\r")
        ? ""
        : "one character (not a quote or line break) or tab";
}

std::string checkSize(const std::string& v)
{
    return parseSize(v) ? "" : "WIDTHxHEIGHT or N, each 1..4096 (e.g. 28x28)";
}

std::string checkColor(const std::string& v)
{
    return v == "gray" || v == "rgb" ? "" : "gray or rgb";
}

// "0.5" or "0.485,0.456,0.406": finite numbers, one per channel (or one for all).
std::optional<std::vector<float>> parseValueList(const std::string& s)
{
    std::vector<float> values;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(',', start), s.size());
        // from_chars, not strtof: strtof follows the C locale, which Qt sets from the
        // system, and under a German or French one stops at the "." of "0.485".
        std::string item = s.substr(start, end - start);
        item.erase(0, std::min(item.find_first_not_of(' '), item.size()));
        item.erase(item.find_last_not_of(' ') + 1);
        const std::optional<float> v = parseNumber<float>(item);
        if (!v || !std::isfinite(*v))
            return std::nullopt;
        values.push_back(*v);
        start = end + 1;
    }
    if (values.empty() || values.size() > 3)
        return std::nullopt;
    return values;
}

std::string checkValueList(const std::string& v)
{
    return parseValueList(v)
        ? ""
        : "one number, or one per channel separated by commas (e.g. 0.5 or 0.485,0.456,0.406)";
}

std::string checkNormalize(const std::string& v)
{
    return v == "none" || v == "train" ? "" : "none or train";
}

std::string checkFit(const std::string& v)
{
    return v == "stretch" || v == "crop" ? "" : "stretch or crop";
}

std::string checkBool(const std::string& v)
{
    return v == "true" || v == "false" ? "" : "true or false";
}

std::string checkFlag(const std::string& v)
{
    return v == "0" || v == "1" || v == "true" || v == "false" ? "" : "1 or 0 (true or false)";
}

bool flag(const std::string& v)
{
    return v == "1" || v == "true";
}

std::string checkMaxLength(const std::string& v)
{
    const auto n = parseNumber<int>(v);
    return n && *n >= 1 && *n <= 4096 ? "" : "a whole number 1..4096";
}

std::string checkVocabularySize(const std::string& v)
{
    const auto n = parseNumber<int>(v);
    return n && (*n == 0 || (*n >= 3 && *n <= 1000000)) ? "" : "0 (no limit) or a whole number 3..1000000";
}

std::string checkTokenizer(const std::string& v)
{
    return v == "char" || v == "word" ? "" : "char or word";
}

std::string checkColumn(const std::string& v)
{
    return v.empty() ? "a column name" : "";
}

std::vector<std::string> splitList(const std::string& v)
{
    std::vector<std::string> items;
    std::size_t begin = 0;
    while (begin <= v.size()) {
        std::size_t end = v.find(',', begin);
        if (end == std::string::npos)
            end = v.size();
        items.push_back(v.substr(begin, end - begin));
        begin = end + 1;
    }
    return items;
}

std::string checkLanguages(const std::string& v)
{
    std::string known;
    for (const WordListLanguage& l : wordListLanguages())
        known += (known.empty() ? "" : ", ") + l.name;
    const std::vector<std::string> items = splitList(v);
    bool ok = items.size() >= 2;
    for (const std::string& item : items)
        ok = ok && findWordListLanguage(item) && std::count(items.begin(), items.end(), item) == 1;
    return ok ? "" : "two or more different languages separated by commas, from: " + known;
}

std::string checkWordsPerLanguage(const std::string& v)
{
    const auto n = parseNumber<int>(v);
    return n && *n >= 1 && *n <= 100000 ? "" : "a whole number 1..100000";
}

std::string checkLength(const std::string& v)
{
    const auto n = parseNumber<int>(v);
    return n && *n >= 1 && *n <= 1024 ? "" : "a whole number 1..1024";
}

// ---- loaders

const DataKind& kindOf(const DataSpec& spec)
{
    return *DataKind::find(spec.kind);
}

Dataset loadToy(const DataSpec& spec, DataLoadReport&)
{
    const DataKind& kind = kindOf(spec);
    const int samples = *parseNumber<int>(kind.optionValue(spec, "samples"));
    const auto noise = static_cast<float>(*parseNumber<double>(kind.optionValue(spec, "noise")));
    const auto seed = *parseNumber<unsigned long long>(kind.optionValue(spec, "seed"));
    return makeToyDataset(*toyKindFromName(spec.path), samples, noise, seed);
}

Dataset loadSequence(const DataSpec& spec, DataLoadReport&)
{
    const DataKind& kind = kindOf(spec);
    return makeSequenceTask(*sequenceTaskFromName(spec.path), *parseNumber<int>(kind.optionValue(spec, "samples")),
        *parseNumber<int>(kind.optionValue(spec, "length")),
        *parseNumber<unsigned long long>(kind.optionValue(spec, "seed")));
}

Dataset loadText(const DataSpec& spec, DataLoadReport& report)
{
    const DataKind& kind = kindOf(spec);
    TextOptions o;
    o.column = kind.optionValue(spec, "column");
    o.target = kind.optionValue(spec, "target");
    o.delimiter = csvDelimiter(spec);
    o.encoding.tokenizer = kind.optionValue(spec, "tokenizer") == "word" ? Tokenizer::Word : Tokenizer::Char;
    o.encoding.lowercase = flag(kind.optionValue(spec, "lowercase"));
    o.encoding.maxLength = *parseNumber<int>(kind.optionValue(spec, "max_len"));
    o.encoding.maxTokens = *parseNumber<int>(kind.optionValue(spec, "vocab"));
    Dataset data = loadTextDataset(spec.path, o);
    std::size_t cut = 0;
    for (const std::string& text : data.texts())
        cut += data.vocabulary()->coverage(text).cut > 0 ? 1 : 0;
    if (cut)
        report.notes.push_back(spec.path + ": " + std::to_string(cut) + " of " + std::to_string(data.size())
            + " texts are longer than " + std::to_string(o.encoding.maxLength) + " tokens and were cut (max_len)");
    return data;
}

Dataset loadWords(const DataSpec& spec, DataLoadReport&)
{
    const DataKind& kind = kindOf(spec);
    WordSampleOptions o;
    o.languages = splitList(kind.optionValue(spec, "languages"));
    o.perLanguage = *parseNumber<int>(kind.optionValue(spec, "words"));
    o.maxLength = *parseNumber<int>(kind.optionValue(spec, "max_len"));
    o.lowercase = flag(kind.optionValue(spec, "lowercase"));
    o.seed = *parseNumber<unsigned long long>(kind.optionValue(spec, "seed"));
    return loadWordsDataset(spec.path, o);
}

std::vector<std::string> toyNames()
{
    return { "circle", "xor", "gaussians", "spiral", "plane", "multi_gaussian" };
}

std::string canonicalToyName(const std::string& name)
{
    const auto toy = toyKindFromName(name);
    return toy ? toyKindName(*toy) : name;
}

Dataset loadBundled(const DataSpec& spec, DataLoadReport&)
{
    return loadBundledDataset(spec.path);
}

bool isBundledTableSpec(const DataSpec& spec)
{
    return isBundledTable(spec.path);
}

CsvReport bundledReport(const DataSpec& spec)
{
    return bundledTableReport(spec.path);
}

std::vector<std::string> fashionMnistParts()
{
    return { "train", "test" };
}

Dataset loadFashionMnist(const DataSpec& spec, DataLoadReport&)
{
    const std::string dir = fashionMnistDirectory();
    const std::string prefix = spec.path == "train" ? "train" : "t10k";
    const std::string images = dir + "/" + prefix + "-images-idx3-ubyte.gz";
    const std::string labels = dir + "/" + prefix + "-labels-idx1-ubyte.gz";
    std::error_code ec;
    if (!std::filesystem::exists(images, ec) || !std::filesystem::exists(labels, ec))
        throw DataError(images + ": Fashion-MNIST is not installed in " + dir
            + " (set NETWRIGHT_FASHION_MNIST to the folder holding the four .gz files)");
    return loadIdxDataset(images, labels, fashionMnistClassNames());
}

Dataset loadIdx(const DataSpec& spec, DataLoadReport&)
{
    return loadIdxDataset(spec.path, spec.secondPath);
}

CsvOptions csvOptions(const DataSpec& spec)
{
    const DataKind& kind = kindOf(spec);
    CsvOptions o;
    o.targetColumn = kind.optionValue(spec, "target");
    o.task = parseTask(kind.optionValue(spec, "task"));
    o.missing = kind.optionValue(spec, "missing") == "mean" ? MissingValues::MeanImpute : MissingValues::Drop;
    o.delimiter = csvDelimiter(spec);
    return o;
}

Dataset loadCsv(const DataSpec& spec, DataLoadReport& report)
{
    CsvReport csv;
    Dataset data = loadCsvDataset(spec.path, csvOptions(spec), &csv);
    if (csv.rowsDropped)
        report.notes.push_back(spec.path + ": " + std::to_string(csv.rowsDropped) + " of "
            + std::to_string(csv.rowsRead) + " rows dropped for missing values");
    if (csv.valuesImputed)
        report.notes.push_back(spec.path + ": " + std::to_string(csv.valuesImputed)
            + " missing values filled in (column mean, or most frequent category)");
    report.numericFeatures = csv.numericFeatures;
    return data;
}

bool always(const DataSpec&)
{
    return true;
}

CsvReport csvReport(const DataSpec& spec)
{
    CsvReport report;
    loadCsvDataset(spec.path, csvOptions(spec), &report);
    return report;
}

Dataset loadImages(const DataSpec& spec, DataLoadReport& report)
{
    const DataKind& kind = kindOf(spec);
    ImageFolderOptions o;
    std::tie(o.width, o.height) = *parseSize(kind.optionValue(spec, "size"));
    o.grayscale = kind.optionValue(spec, "color") == "gray";
    o.centreCrop = kind.optionValue(spec, "fit") == "crop";
    o.skipUnreadable = kind.optionValue(spec, "skip_unreadable") == "true";
    const std::string mean = kind.optionValue(spec, "mean"), stddev = kind.optionValue(spec, "std");
    const bool fromTraining = kind.optionValue(spec, "normalize") == "train";
    if (mean.empty() != stddev.empty())
        throw DataError(spec.path + ": mean= and std= go together: give both, or normalize=train");
    if (fromTraining && !mean.empty())
        throw DataError(spec.path + ": normalize=train computes mean and std from the training split; drop mean= and std=");
    ImageFolderReport images;
    Dataset data = loadImageFolder(spec.path, o, &images);
    if (!mean.empty())
        data.setChannelNormalization(*parseValueList(mean), *parseValueList(stddev));
    if (!images.skippedFiles.empty())
        report.notes.push_back(spec.path + ": " + std::to_string(images.skippedFiles.size())
            + " unreadable files skipped (first: " + images.skippedFiles.front() + ")");
    return data;
}

Dataset loadNpy(const DataSpec& spec, DataLoadReport&)
{
    return loadNpyDataset(spec.path, spec.secondPath, parseTask(kindOf(spec).optionValue(spec, "task")));
}

} // namespace

const DataOption* DataKind::option(const std::string& key) const
{
    for (const DataOption& o : options)
        if (o.key == key)
            return &o;
    return nullptr;
}

std::string DataKind::optionValue(const DataSpec& spec, const std::string& key) const
{
    const auto it = spec.options.find(key);
    if (it != spec.options.end())
        return it->second;
    const DataOption* o = option(key);
    return o ? o->defaultValue : std::string();
}

const std::vector<DataKind>& DataKind::all()
{
    static const std::vector<DataKind> kinds {
        { .id = DataKindId::Toy,
            .name = "toy",
            .body = DataBody::Name,
            .options = { { "noise", "0", checkNoise }, { "samples", "500", checkSamples }, { "seed", "1", checkSeed } },
            .names = toyNames,
            .canonicalName = canonicalToyName,
            .load = loadToy,
            .featureNames = { "x", "y" } },
        { .id = DataKindId::Sequence,
            .name = "sequence",
            .body = DataBody::Name,
            .options = { { "length", "12", checkLength }, { "samples", "1000", checkSamples }, { "seed", "1", checkSeed } },
            .names = sequenceTaskNames,
            .load = loadSequence },
        { .id = DataKindId::Bundled,
            .name = "bundled",
            .body = DataBody::Name,
            .names = bundledDatasetNames,
            .load = loadBundled,
            .isTable = isBundledTableSpec,
            .tableReport = bundledReport },
        { .id = DataKindId::FashionMnist,
            .name = "fashion-mnist",
            .body = DataBody::Name,
            .names = fashionMnistParts,
            .load = loadFashionMnist,
            .classNames = fashionMnistClassNames },
        { .id = DataKindId::Idx,
            .name = "idx",
            .body = DataBody::TwoPaths,
            .bodyHint = "IMAGES,LABELS",
            .load = loadIdx },
        { .id = DataKindId::Csv,
            .name = "csv",
            .body = DataBody::OnePath,
            .bodyHint = "FILE",
            .options = { { "delimiter", ",", checkDelimiter }, { "missing", "drop", checkMissing },
                { "target", "", checkTarget }, { "task", "", checkTask } },
            .load = loadCsv,
            .isTable = always,
            .tableReport = csvReport },
        { .id = DataKindId::Images,
            .name = "images",
            .body = DataBody::OnePath,
            .bodyHint = "FOLDER",
            .options = { { "color", "gray", checkColor }, { "fit", "stretch", checkFit },
                { "mean", "", checkValueList }, { "normalize", "none", checkNormalize },
                { "size", "28x28", checkSize }, { "skip_unreadable", "false", checkBool },
                { "std", "", checkValueList } },
            .load = loadImages },
        { .id = DataKindId::Npy,
            .name = "npy",
            .body = DataBody::TwoPaths,
            .bodyHint = "FEATURES,TARGETS",
            .options = { { "task", "", checkTask } },
            .load = loadNpy },
        { .id = DataKindId::Text,
            .name = "text",
            .body = DataBody::OnePath,
            .bodyHint = "FILE",
            .options = { { "column", "", checkColumn }, { "delimiter", ",", checkDelimiter },
                { "lowercase", "0", checkFlag }, { "max_len", "32", checkMaxLength }, { "target", "", checkTarget },
                { "tokenizer", "char", checkTokenizer }, { "vocab", "0", checkVocabularySize } },
            .load = loadText },
        { .id = DataKindId::Words,
            .name = "words",
            .body = DataBody::OnePath,
            .bodyHint = "FOLDER",
            .options = { { "languages", "dutch,english,french,german,italian,portuguese,spanish,swedish", checkLanguages },
                { "lowercase", "1", checkFlag }, { "max_len", "12", checkMaxLength }, { "seed", "1", checkSeed },
                { "words", "1000", checkWordsPerLanguage } },
            .load = loadWords },
    };
    return kinds;
}

const DataKind* DataKind::find(const std::string& name)
{
    for (const DataKind& kind : all())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

const DataKind& DataKind::get(DataKindId id)
{
    for (const DataKind& kind : all())
        if (kind.id == id)
            return kind;
    throw DataError("no data kind with id " + std::to_string(static_cast<int>(id)));
}

} // namespace nw
