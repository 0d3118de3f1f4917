#include "DataSpec.h"

#include "BundledDatasets.h"
#include "CsvDataset.h"
#include "IdxDataset.h"
#include "ImageFolderDataset.h"
#include "NpyDataset.h"
#include "ToyDatasets.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>
#include <tuple>

namespace nw {

namespace {

enum class Body { Name, OnePath, TwoPaths };

struct KindInfo {
    std::string kind;
    Body body;
    std::vector<std::string> options; // sorted
};

const std::vector<KindInfo>& kindTable()
{
    static const std::vector<KindInfo> table = {
        { "toy", Body::Name, { "noise", "samples", "seed" } },
        { "bundled", Body::Name, {} },
        { "fashion-mnist", Body::Name, {} },
        { "idx", Body::TwoPaths, {} },
        { "csv", Body::OnePath, { "delimiter", "missing", "target", "task" } },
        { "images", Body::OnePath, { "color", "size", "skip_unreadable" } },
        { "npy", Body::TwoPaths, { "task" } },
    };
    return table;
}

const KindInfo* findKind(const std::string& kind)
{
    for (const KindInfo& info : kindTable())
        if (info.kind == kind)
            return &info;
    return nullptr;
}

std::string join(const std::vector<std::string>& items)
{
    std::string s;
    for (const auto& item : items)
        s += (s.empty() ? "" : ", ") + item;
    return s;
}

[[noreturn]] void fail(const std::string& text, const std::string& problem)
{
    throw DataError("data spec '" + text + "': " + problem);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "%XX" -> byte XX; a '%' not followed by two hex digits stays as it is.
std::string decode(const std::string& s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexDigit(s[i + 1]) >= 0 && hexDigit(s[i + 2]) >= 0) {
            out += static_cast<char>(hexDigit(s[i + 1]) * 16 + hexDigit(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string encode(const std::string& s, const std::string& special)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (char c : s) {
        if (c == '%' || special.find(c) != std::string::npos) {
            out += '%';
            out += hex[static_cast<unsigned char>(c) >> 4];
            out += hex[static_cast<unsigned char>(c) & 15];
        } else {
            out += c;
        }
    }
    return out;
}

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

// Why `value` is not valid for `key`, or empty when it is.
std::string checkOption(const std::string& key, const std::string& value)
{
    if (key == "samples") {
        const auto n = parseNumber<int>(value);
        return n && *n >= 1 && *n <= 1000000 ? "" : "a whole number 1..1000000";
    }
    if (key == "noise") {
        const auto x = parseNumber<double>(value);
        return x && *x >= 0.0 && *x <= 1.0 ? "" : "a number 0..1";
    }
    if (key == "seed")
        return parseNumber<unsigned long long>(value) ? "" : "a non-negative whole number";
    if (key == "target")
        return value.empty() ? "a column name" : "";
    if (key == "task")
        return parseTask(value) ? "" : "classification or regression";
    if (key == "missing")
        return value == "drop" || value == "mean" ? "" : "drop or mean";
    if (key == "delimiter")
        return value == "tab" || (value.size() == 1 && value != "\"" && value != "\n" && value != "\r")
            ? ""
            : "one character (not a quote or line break) or tab";
    if (key == "size")
        return parseSize(value) ? "" : "WIDTHxHEIGHT or N, each 1..4096 (e.g. 28x28)";
    if (key == "color")
        return value == "gray" || value == "rgb" ? "" : "gray or rgb";
    if (key == "skip_unreadable")
        return value == "true" || value == "false" ? "" : "true or false";
    return "";
}

std::vector<std::string> namesFor(const std::string& kind)
{
    if (kind == "toy")
        return { "circle", "xor", "gaussians", "spiral", "plane", "multi_gaussian" };
    if (kind == "bundled")
        return bundledDatasetNames();
    return { "train", "test" };
}

// Checks everything parseDataSpec promises; `text` names the spec in messages.
void validate(const DataSpec& spec, const std::string& text)
{
    const KindInfo* info = findKind(spec.kind);
    if (!info)
        fail(text, "unknown kind '" + spec.kind + "' (kinds: " + join(dataSpecKinds()) + ")");
    switch (info->body) {
    case Body::Name: {
        const auto names = namesFor(spec.kind);
        if (std::find(names.begin(), names.end(), spec.path) == names.end() || !spec.secondPath.empty())
            fail(text, "unknown " + spec.kind + " dataset '" + spec.path + "' (choose one of: " + join(names) + ")");
        break;
    }
    case Body::OnePath:
        if (spec.path.empty() || !spec.secondPath.empty())
            fail(text, spec.kind + " needs one path: " + spec.kind + (spec.kind == "csv" ? ":FILE" : ":FOLDER"));
        break;
    case Body::TwoPaths:
        if (spec.path.empty() || spec.secondPath.empty())
            fail(text,
                spec.kind + " needs two paths separated by a comma: " + spec.kind
                    + (spec.kind == "idx" ? ":IMAGES,LABELS" : ":FEATURES,TARGETS"));
        break;
    }
    for (const auto& [key, value] : spec.options) {
        if (std::find(info->options.begin(), info->options.end(), key) == info->options.end())
            fail(text,
                "unknown option '" + key + "' for " + spec.kind
                    + (info->options.empty() ? " (it takes no options)" : " (options: " + join(info->options) + ")"));
        if (const std::string expected = checkOption(key, value); !expected.empty())
            fail(text, "option " + key + "='" + value + "' must be " + expected);
    }
}

std::string option(const DataSpec& spec, const std::string& key, const std::string& fallback)
{
    const auto it = spec.options.find(key);
    return it == spec.options.end() ? fallback : it->second;
}

std::string resolve(const std::string& path, const std::string& baseDirectory)
{
    const std::filesystem::path p(path);
    if (p.is_absolute() || baseDirectory.empty())
        return path;
    return (std::filesystem::path(baseDirectory) / p).lexically_normal().string();
}

Dataset loadFashionMnist(const std::string& part)
{
    const std::string dir = fashionMnistDirectory();
    const std::string prefix = part == "train" ? "train" : "t10k";
    const std::string images = dir + "/" + prefix + "-images-idx3-ubyte.gz";
    const std::string labels = dir + "/" + prefix + "-labels-idx1-ubyte.gz";
    std::error_code ec;
    if (!std::filesystem::exists(images, ec) || !std::filesystem::exists(labels, ec))
        throw DataError(images + ": Fashion-MNIST is not installed in " + dir
            + " (set NETWRIGHT_FASHION_MNIST to the folder holding the four .gz files)");
    return loadIdxDataset(images, labels, fashionMnistClassNames());
}

} // namespace

std::vector<std::string> dataSpecKinds()
{
    std::vector<std::string> kinds;
    for (const KindInfo& info : kindTable())
        kinds.push_back(info.kind);
    return kinds;
}

DataSpec parseDataSpec(const std::string& text)
{
    if (text.empty())
        throw DataError("data spec '': empty; write KIND:WHAT, e.g. csv:data.csv or bundled:iris");
    const std::size_t colon = text.find(':');
    if (colon == std::string::npos)
        fail(text, "no kind; write KIND:WHAT, e.g. csv:" + text + " (kinds: " + join(dataSpecKinds()) + ")");

    DataSpec spec;
    spec.kind = text.substr(0, colon);
    const KindInfo* info = findKind(spec.kind);
    if (!info)
        fail(text, "unknown kind '" + spec.kind + "' (kinds: " + join(dataSpecKinds()) + ")");

    const std::string rest = text.substr(colon + 1);
    const std::size_t question = rest.find('?');
    const std::string body = rest.substr(0, question);
    if (info->body == Body::TwoPaths) {
        const std::size_t comma = body.find(',');
        if (comma != std::string::npos && body.find(',', comma + 1) != std::string::npos)
            fail(text, "more than one ',' between the two paths (write %2C for a comma inside a path)");
        spec.path = decode(body.substr(0, comma));
        if (comma != std::string::npos)
            spec.secondPath = decode(body.substr(comma + 1));
    } else {
        spec.path = decode(body);
    }
    if (spec.kind == "toy")
        if (const auto toy = toyKindFromName(spec.path))
            spec.path = toyKindName(*toy);

    if (question != std::string::npos) {
        const std::string query = rest.substr(question + 1);
        std::size_t begin = 0;
        while (begin <= query.size() && !query.empty()) {
            std::size_t end = query.find('&', begin);
            if (end == std::string::npos)
                end = query.size();
            const std::string item = query.substr(begin, end - begin);
            const std::size_t eq = item.find('=');
            if (eq == std::string::npos)
                fail(text, "option '" + item + "' has no value; write KEY=VALUE");
            const std::string key = decode(item.substr(0, eq));
            if (!spec.options.emplace(key, decode(item.substr(eq + 1))).second)
                fail(text, "option '" + key + "' is given twice");
            begin = end + 1;
        }
    }
    validate(spec, text);
    return spec;
}

std::string toString(const DataSpec& spec)
{
    const KindInfo* info = findKind(spec.kind);
    const bool twoPaths = info && info->body == Body::TwoPaths;
    std::string s = spec.kind + ":" + encode(spec.path, twoPaths ? "?," : "?");
    if (twoPaths || !spec.secondPath.empty()) {
        s += ',';
        s += encode(spec.secondPath, "?,");
    }
    char separator = '?';
    for (const auto& [key, value] : spec.options) {
        s += separator + encode(key, "&=") + "=" + encode(value, "&");
        separator = '&';
    }
    return s;
}

namespace {

CsvOptions csvOptions(const DataSpec& spec)
{
    CsvOptions o;
    o.targetColumn = option(spec, "target", "");
    o.task = parseTask(option(spec, "task", ""));
    o.missing = option(spec, "missing", "drop") == "mean" ? MissingValues::MeanImpute : MissingValues::Drop;
    o.delimiter = csvDelimiter(spec);
    return o;
}

} // namespace

char csvDelimiter(const DataSpec& spec)
{
    const std::string delimiter = option(spec, "delimiter", ",");
    return delimiter == "tab" ? '\t' : delimiter[0];
}

CsvReport tabularReport(const DataSpec& spec, const std::string& baseDirectory)
{
    validate(spec, toString(spec));
    if (spec.kind == "bundled")
        return bundledTableReport(spec.path);
    if (spec.kind != "csv")
        throw DataError("data spec '" + toString(spec) + "': not a table (csv or bundled:iris)");
    CsvReport report;
    loadCsvDataset(resolve(spec.path, baseDirectory), csvOptions(spec), &report);
    return report;
}

Dataset loadDataset(const DataSpec& spec, const std::string& baseDirectory)
{
    DataLoadReport ignored;
    return loadDataset(spec, baseDirectory, ignored);
}

Dataset loadDataset(const DataSpec& spec, const std::string& baseDirectory, DataLoadReport& report)
{
    validate(spec, toString(spec));
    if (spec.kind == "toy") {
        const int samples = *parseNumber<int>(option(spec, "samples", "500"));
        const float noise = static_cast<float>(*parseNumber<double>(option(spec, "noise", "0")));
        const auto seed = *parseNumber<unsigned long long>(option(spec, "seed", "1"));
        return makeToyDataset(*toyKindFromName(spec.path), samples, noise, seed);
    }
    if (spec.kind == "bundled")
        return loadBundledDataset(spec.path);
    if (spec.kind == "fashion-mnist")
        return loadFashionMnist(spec.path);
    const std::string path = resolve(spec.path, baseDirectory);
    const std::string second = resolve(spec.secondPath, baseDirectory);
    if (spec.kind == "idx")
        return loadIdxDataset(path, second);
    if (spec.kind == "csv") {
        CsvReport csv;
        Dataset data = loadCsvDataset(path, csvOptions(spec), &csv);
        if (csv.rowsDropped)
            report.notes.push_back(path + ": " + std::to_string(csv.rowsDropped) + " of " + std::to_string(csv.rowsRead)
                                   + " rows dropped for missing values");
        if (csv.valuesImputed)
            report.notes.push_back(path + ": " + std::to_string(csv.valuesImputed)
                                   + " missing values filled in (column mean, or most frequent category)");
        report.numericFeatures = csv.numericFeatures;
        return data;
    }
    if (spec.kind == "images") {
        ImageFolderOptions o;
        std::tie(o.width, o.height) = *parseSize(option(spec, "size", "28x28"));
        o.grayscale = option(spec, "color", "gray") == "gray";
        o.skipUnreadable = option(spec, "skip_unreadable", "false") == "true";
        ImageFolderReport images;
        Dataset data = loadImageFolder(path, o, &images);
        if (!images.skippedFiles.empty())
            report.notes.push_back(path + ": " + std::to_string(images.skippedFiles.size())
                                   + " unreadable files skipped (first: " + images.skippedFiles.front() + ")");
        return data;
    }
    return loadNpyDataset(path, second, parseTask(option(spec, "task", "")));
}

bool standardizeFeaturesByDefault(const DataSpec& spec)
{
    return spec.kind == "csv" || (spec.kind == "bundled" && spec.path == "iris");
}

} // namespace nw
