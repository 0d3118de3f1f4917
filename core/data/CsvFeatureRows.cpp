#include "CsvFeatureRows.h"

#include "CsvTable.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <optional>

namespace nw {

namespace {

std::optional<double> parseFinite(const std::string& s)
{
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (first != last && *first == '+')
        ++first;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (first == last || end != last || ec != std::errc() || !std::isfinite(value) || std::fabs(value) > FLT_MAX)
        return std::nullopt;
    return value;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string s;
    for (const auto& n : names)
        s += (s.empty() ? "'" : ", '") + n + "'";
    return s;
}

// For each training column, the index of the file column that holds it (npos for the target when absent).
std::vector<std::size_t> matchColumns(const std::string& path, const CsvTable& table, const CsvReport& training,
    std::vector<std::string>& ignored)
{
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    const auto& columns = training.columns;
    std::vector<std::size_t> source(columns.size(), none);
    std::size_t namedFeatures = 0;
    std::vector<std::string> missing;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto it = std::find(table.header.begin(), table.header.end(), columns[c].name);
        if (it != table.header.end())
            source[c] = static_cast<std::size_t>(it - table.header.begin());
        if (columns[c].kind == CsvColumnKind::Target)
            continue;
        if (it != table.header.end())
            ++namedFeatures;
        else
            missing.push_back(columns[c].name);
    }
    const std::size_t featureColumns = columns.size() - 1;
    if (namedFeatures == 0) {
        // No training name in the header: by position, with or without the target.
        if (table.header.size() != featureColumns && table.header.size() != columns.size())
            throw DataError(path + ": has " + std::to_string(table.header.size()) + " columns, but the network was trained on "
                + std::to_string(featureColumns) + " feature columns (" + joined(missing)
                + ") and none of those names is in the header row");
        const bool withTarget = table.header.size() == columns.size();
        std::size_t next = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].kind == CsvColumnKind::Target) {
                source[c] = none;
                if (withTarget)
                    ignored.push_back(table.header[next++]);
                continue;
            }
            source[c] = next++;
        }
        return source;
    }
    if (!missing.empty())
        throw DataError(path + ": the header row lacks the column(s) " + joined(missing)
            + " the network was trained on (training columns, in order: " + [&] {
                  std::vector<std::string> names;
                  for (const auto& col : columns)
                      if (col.kind != CsvColumnKind::Target)
                          names.push_back(col.name);
                  return joined(names);
              }() + ")");
    for (std::size_t h = 0; h < table.header.size(); ++h)
        if (std::find(source.begin(), source.end(), h) == source.end()
            || (training.targetColumn == table.header[h]))
            ignored.push_back(table.header[h]);
    return source;
}

} // namespace

CsvFeatureRows readCsvFeatureRows(const std::string& path, const CsvReport& training, char delimiter)
{
    const CsvTable table = readCsvTable(path, delimiter);
    CsvFeatureRows result;
    const std::vector<std::size_t> source = matchColumns(path, table, training, result.ignoredColumns);
    const std::size_t width = training.featureNames.size();
    result.rows = table.rows.size();
    result.features.assign(result.rows * width, 0.0f);
    result.lines.reserve(result.rows);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const CsvRecord& row = table.rows[r];
        float* out = result.features.data() + r * width;
        for (std::size_t c = 0; c < training.columns.size(); ++c) {
            const CsvColumnReport& col = training.columns[c];
            if (col.kind == CsvColumnKind::Target)
                continue;
            const std::string& field = row.fields[source[c]];
            const std::string place = path + ":" + std::to_string(row.line) + ": column " + std::to_string(source[c] + 1)
                + " ('" + table.header[source[c]] + "')";
            if (isMissingCsvValue(field))
                throw DataError(place + ": missing value; a prediction needs every feature");
            if (col.kind == CsvColumnKind::Numeric) {
                const auto v = parseFinite(field);
                if (!v)
                    throw DataError(place + ": '" + field + "' is not a finite number");
                *out++ = static_cast<float>(*v);
                continue;
            }
            const auto it = std::lower_bound(col.categories.begin(), col.categories.end(), field);
            if (it == col.categories.end() || *it != field)
                throw DataError(place + ": '" + field + "' is not one of the categories the network was trained on ("
                    + joined(col.categories) + ")");
            out[static_cast<std::size_t>(it - col.categories.begin())] = 1.0f;
            out += col.categories.size();
        }
        result.lines.push_back(row.line);
    }
    return result;
}

} // namespace nw
