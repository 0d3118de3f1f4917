#include "TextDataset.h"

#include "CsvTable.h"
#include "Utf8.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace nw {

namespace {

std::string lineError(const std::string& path, long long line, const std::string& problem)
{
    return path + ":" + std::to_string(line) + ": " + problem;
}

void checkUtf8(const std::string& path, long long line, const std::string& text)
{
    const std::size_t bad = utf8::firstInvalid(text);
    if (bad == std::string::npos)
        return;
    static const char* hex = "0123456789abcdef";
    const auto byte = static_cast<unsigned char>(text[bad]);
    throw DataError(lineError(path, line,
        std::string("is not UTF-8 text (invalid byte 0x") + hex[byte >> 4] + hex[byte & 15] + " at byte "
            + std::to_string(bad + 1) + ")"));
}

std::string readWholeFile(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DataError(path + ": is a folder, not a text file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path + ": cannot be read (missing, or no permission)");
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    return text;
}

bool isCsvPath(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv";
}

std::string joined(const std::vector<std::string>& items)
{
    std::string s;
    for (const auto& item : items)
        s += (s.empty() ? "" : ", ") + item;
    return s;
}

std::size_t columnIndex(const std::string& path, const CsvTable& table, const std::string& name, const char* what)
{
    const auto it = std::find(table.header.begin(), table.header.end(), name);
    if (it == table.header.end())
        throw DataError(path + ": no " + what + " column '" + name + "' (columns: " + joined(table.header) + ")");
    return static_cast<std::size_t>(it - table.header.begin());
}

// The lines of a file with their numbers; `keepBlank` keeps empty lines.
std::vector<std::pair<long long, std::string>> lines(const std::string& path, bool keepBlank)
{
    const std::string text = readWholeFile(path);
    std::vector<std::pair<long long, std::string>> out;
    std::size_t begin = 0;
    long long number = 1;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        checkUtf8(path, number, line);
        if (keepBlank || !line.empty())
            out.emplace_back(number, std::move(line));
        begin = end + 1;
        ++number;
    }
    return out;
}

std::optional<double> asNumber(const std::string& s)
{
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

} // namespace

LabelledTexts readLabelledTexts(const std::string& path, const TextOptions& options)
{
    LabelledTexts out;
    if (isCsvPath(path)) {
        const CsvTable table = readCsvTable(path, options.delimiter);
        if (table.header.size() < 2)
            throw DataError(path + ": needs two columns, the text and its label (it has "
                + std::to_string(table.header.size()) + ")");
        const std::size_t target = options.target.empty() ? table.header.size() - 1
                                                          : columnIndex(path, table, options.target, "target");
        std::size_t column = target == 0 ? 1 : 0;
        if (!options.column.empty())
            column = columnIndex(path, table, options.column, "text");
        if (column == target)
            throw DataError(path + ": the text column and the target column are both '" + table.header[column] + "'");
        for (const CsvRecord& row : table.rows) {
            checkUtf8(path, row.line, row.fields[column]);
            checkUtf8(path, row.line, row.fields[target]);
            if (row.fields[target].empty())
                throw DataError(lineError(path, row.line, "the label ('" + table.header[target] + "') is empty"));
            out.texts.push_back(row.fields[column]);
            out.labels.push_back(row.fields[target]);
            out.origins.push_back({ path, row.line });
        }
    } else {
        for (auto& [number, line] : lines(path, false)) {
            const std::size_t tab = line.find('\t');
            if (tab == std::string::npos)
                throw DataError(lineError(path, number,
                    "no tab between the label and the text (each line is LABEL<TAB>TEXT; a CSV file needs the .csv extension)"));
            if (tab == 0)
                throw DataError(lineError(path, number, "the label before the tab is empty"));
            out.labels.push_back(line.substr(0, tab));
            out.texts.push_back(line.substr(tab + 1));
            out.origins.push_back({ path, number });
        }
    }
    if (out.texts.empty())
        throw DataError(path + ": holds no texts");
    return out;
}

LabelledTexts readTexts(const std::string& path, const std::string& column, char delimiter)
{
    LabelledTexts out;
    if (isCsvPath(path)) {
        const CsvTable table = readCsvTable(path, delimiter);
        std::size_t index = 0;
        if (!column.empty() && std::find(table.header.begin(), table.header.end(), column) != table.header.end())
            index = columnIndex(path, table, column, "text");
        else if (std::find(table.header.begin(), table.header.end(), "text") != table.header.end())
            index = columnIndex(path, table, "text", "text");
        else if (table.header.size() != 1)
            throw DataError(path + ": no text column '" + (column.empty() ? std::string("text") : column)
                + "' (columns: " + joined(table.header) + "); name it as in training, or give one column");
        for (const CsvRecord& row : table.rows) {
            checkUtf8(path, row.line, row.fields[index]);
            out.texts.push_back(row.fields[index]);
            out.origins.push_back({ path, row.line });
        }
    } else {
        for (auto& [number, line] : lines(path, true)) {
            out.texts.push_back(std::move(line));
            out.origins.push_back({ path, number });
        }
    }
    if (out.texts.empty())
        throw DataError(path + ": holds no texts");
    return out;
}

std::vector<float> encodeAll(const Vocabulary& vocabulary, const std::vector<std::string>& texts)
{
    const std::size_t length = static_cast<std::size_t>(vocabulary.encoding().maxLength);
    std::vector<float> ids(texts.size() * length);
    for (std::size_t i = 0; i < texts.size(); ++i)
        vocabulary.encode(texts[i], ids.data() + i * length);
    return ids;
}

Dataset makeTextDataset(std::string name, LabelledTexts texts, const TextEncoding& encoding)
{
    if (encoding.maxLength < 1)
        throw DataError("dataset '" + name + "': the sequence length must be at least 1");
    // Class names: the distinct labels, numbers in numeric order when all are numbers.
    std::vector<std::string> classNames = texts.labels;
    std::sort(classNames.begin(), classNames.end());
    classNames.erase(std::unique(classNames.begin(), classNames.end()), classNames.end());
    if (std::all_of(classNames.begin(), classNames.end(), [](const std::string& s) { return asNumber(s).has_value(); }))
        std::stable_sort(classNames.begin(), classNames.end(),
            [](const std::string& a, const std::string& b) { return *asNumber(a) < *asNumber(b); });
    std::vector<int> labels;
    labels.reserve(texts.labels.size());
    for (const std::string& l : texts.labels)
        labels.push_back(static_cast<int>(std::find(classNames.begin(), classNames.end(), l) - classNames.begin()));

    std::vector<std::size_t> all(texts.texts.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    auto vocabulary = std::make_shared<const Vocabulary>(Vocabulary::fit(encoding, texts.texts, all));
    Dataset data = Dataset::fromFloats(std::move(name), { encoding.maxLength }, encodeAll(*vocabulary, texts.texts),
        std::move(labels), std::move(classNames));
    data.setVocabulary(std::move(vocabulary));
    data.setTexts(std::move(texts.texts));
    if (!texts.origins.empty())
        data.setOrigins(std::move(texts.origins));
    return data;
}

Dataset loadTextDataset(const std::string& path, const TextOptions& options)
{
    return makeTextDataset(std::filesystem::path(path).stem().string(), readLabelledTexts(path, options), options.encoding);
}

Dataset encodeTexts(const Dataset& data, std::shared_ptr<const Vocabulary> vocabulary)
{
    if (!data.hasTexts())
        throw DataError("dataset '" + data.name() + "' holds no texts to encode");
    if (!vocabulary || data.sampleShape() != Shape { vocabulary->encoding().maxLength })
        throw DataError("dataset '" + data.name() + "': the vocabulary's sequence length does not match its samples");
    Dataset encoded = data;
    encoded.replaceFeatures(encodeAll(*vocabulary, data.texts()));
    encoded.setVocabulary(std::move(vocabulary));
    return encoded;
}

} // namespace nw
