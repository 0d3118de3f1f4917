#include "DataSpec.h"

#include "ClassSelection.h"
#include "DataKind.h"
#include "ReconstructionTask.h"

#include <algorithm>
#include <filesystem>

namespace nw {

namespace {

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

// Options every kind takes, applied after its loader (ClassSelection.h).
const std::vector<DataOption>& commonOptions()
{
    static const std::vector<DataOption> options = { { "classes", "", checkClassList }, { "per_class", "", checkPerClass },
        { "task", "", checkReconstructionTask }, { "noise_std", "0", checkNoiseStd }, { "noise_seed", "1", checkNoiseSeed } };
    return options;
}

const DataOption* commonOption(const std::string& key)
{
    for (const DataOption& o : commonOptions())
        if (o.key == key)
            return &o;
    return nullptr;
}

std::string optionOrEmpty(const DataSpec& spec, const std::string& key)
{
    const auto it = spec.options.find(key);
    return it == spec.options.end() ? std::string() : it->second;
}

// Checks everything parseDataSpec promises; `text` names the spec in messages.
const DataKind& validate(const DataSpec& spec, const std::string& text)
{
    const DataKind* kind = DataKind::find(spec.kind);
    if (!kind)
        fail(text, "unknown kind '" + spec.kind + "' (kinds: " + join(dataSpecKinds()) + ")");
    switch (kind->body) {
    case DataBody::Name: {
        const auto names = kind->names();
        if (std::find(names.begin(), names.end(), spec.path) == names.end() || !spec.secondPath.empty())
            fail(text, "unknown " + spec.kind + " dataset '" + spec.path + "' (choose one of: " + join(names) + ")");
        break;
    }
    case DataBody::OnePath:
        if (spec.path.empty() || !spec.secondPath.empty())
            fail(text, spec.kind + " needs one path: " + spec.kind + ":" + kind->bodyHint);
        break;
    case DataBody::TwoPaths:
        if (spec.path.empty() || spec.secondPath.empty())
            fail(text, spec.kind + " needs two paths separated by a comma: " + spec.kind + ":" + kind->bodyHint);
        break;
    }
    for (const auto& [key, value] : spec.options) {
        // task=reconstruction is every kind's, even where the kind has a task of its own.
        const DataOption* option = isReconstructionOption(key, value) ? nullptr : kind->option(key);
        if (!option)
            option = commonOption(key);
        if (!option) {
            std::vector<std::string> keys;
            for (const DataOption& o : kind->options)
                keys.push_back(o.key);
            for (const DataOption& o : commonOptions())
                if (std::find(keys.begin(), keys.end(), o.key) == keys.end())
                    keys.push_back(o.key);
            fail(text, "unknown option '" + key + "' for " + spec.kind + " (options: " + join(keys) + ")");
        }
        if (const std::string expected = option->check(value); !expected.empty())
            fail(text, "option " + key + "='" + value + "' must be " + expected);
    }
    try {
        reconstructionTask(spec.options);
    } catch (const DataError& e) {
        fail(text, e.what());
    }
    return *kind;
}

std::string resolve(const std::string& path, const std::string& baseDirectory)
{
    const std::filesystem::path p(path);
    if (p.is_absolute() || baseDirectory.empty())
        return path;
    return (std::filesystem::path(baseDirectory) / p).lexically_normal().string();
}

// The spec with its paths resolved, as the kind's loader takes it.
DataSpec resolved(DataSpec spec, const DataKind& kind, const std::string& baseDirectory)
{
    if (kind.body != DataBody::Name) {
        spec.path = resolve(spec.path, baseDirectory);
        spec.secondPath = resolve(spec.secondPath, baseDirectory);
    }
    return spec;
}

} // namespace

std::vector<std::string> dataSpecKinds()
{
    std::vector<std::string> kinds;
    for (const DataKind& kind : DataKind::all())
        kinds.push_back(kind.name);
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
    const DataKind* kind = DataKind::find(spec.kind);
    if (!kind)
        fail(text, "unknown kind '" + spec.kind + "' (kinds: " + join(dataSpecKinds()) + ")");

    const std::string rest = text.substr(colon + 1);
    const std::size_t question = rest.find('?');
    const std::string body = rest.substr(0, question);
    if (kind->body == DataBody::TwoPaths) {
        const std::size_t comma = body.find(',');
        if (comma != std::string::npos && body.find(',', comma + 1) != std::string::npos)
            fail(text, "more than one ',' between the two paths (write %2C for a comma inside a path)");
        spec.path = decode(body.substr(0, comma));
        if (comma != std::string::npos)
            spec.secondPath = decode(body.substr(comma + 1));
    } else {
        spec.path = decode(body);
    }
    if (kind->canonicalName)
        spec.path = kind->canonicalName(spec.path);

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
    const DataKind* kind = DataKind::find(spec.kind);
    const bool twoPaths = kind && kind->body == DataBody::TwoPaths;
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

char csvDelimiter(const DataSpec& spec)
{
    const auto it = spec.options.find("delimiter");
    const std::string delimiter = it == spec.options.end() ? "," : it->second;
    return delimiter == "tab" ? '\t' : delimiter[0];
}

bool isTabular(const DataSpec& spec)
{
    const DataKind* kind = DataKind::find(spec.kind);
    return kind && kind->isTable && kind->isTable(spec);
}

CsvReport tabularReport(const DataSpec& spec, const std::string& baseDirectory)
{
    const DataKind& kind = validate(spec, toString(spec));
    if (!isTabular(spec))
        throw DataError("data spec '" + toString(spec) + "': not a table (csv or bundled:iris)");
    return kind.tableReport(resolved(spec, kind, baseDirectory));
}

std::vector<std::string> knownClassNames(const DataSpec& spec)
{
    const DataKind* kind = DataKind::find(spec.kind);
    if (!kind || !kind->classNames)
        return {};
    return selectClassNames(
        kind->classNames(), parseClassSelection(optionOrEmpty(spec, "classes"), optionOrEmpty(spec, "per_class")));
}

Dataset loadDataset(const DataSpec& spec, const std::string& baseDirectory)
{
    DataLoadReport ignored;
    return loadDataset(spec, baseDirectory, ignored);
}

Dataset loadDataset(const DataSpec& spec, const std::string& baseDirectory, DataLoadReport& report)
{
    const std::string text = toString(spec);
    const DataKind& kind = validate(spec, text);
    // The kind's loader sees only its own options.
    DataSpec own = resolved(spec, kind, baseDirectory);
    eraseReconstructionOptions(own.options);
    for (const char* key : { "classes", "per_class" })
        own.options.erase(key);
    ClassSelection selection;
    ReconstructionTask reconstruction;
    try {
        selection = parseClassSelection(optionOrEmpty(spec, "classes"), optionOrEmpty(spec, "per_class"));
        reconstruction = reconstructionTask(spec.options);
    } catch (const DataError& e) {
        fail(text, e.what());
    }
    // The loader's own errors name its files; only what follows is the spec's doing.
    Dataset data = kind.load(own, report);
    try {
        if (!selection.empty())
            data = selectClasses(data, selection);
        if (reconstruction.enabled)
            data = Dataset::reconstruction(std::move(data), reconstruction.noiseStd, reconstruction.noiseSeed);
    } catch (const DataError& e) {
        fail(text, e.what());
    }
    return data;
}

bool standardizeFeaturesByDefault(const DataSpec& spec)
{
    return isTabular(spec);
}

bool normalizesImages(const DataSpec& spec)
{
    const DataKind* kind = DataKind::find(spec.kind);
    return kind && kind->id == DataKindId::Images
        && (kind->optionValue(spec, "normalize") == "train" || !kind->optionValue(spec, "mean").empty());
}

bool normalizesImagesOnTrainingSplit(const DataSpec& spec)
{
    const DataKind* kind = DataKind::find(spec.kind);
    return kind && kind->id == DataKindId::Images && kind->optionValue(spec, "normalize") == "train";
}

} // namespace nw
