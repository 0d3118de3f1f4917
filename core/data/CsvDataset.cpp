#include "CsvDataset.h"

#include "CsvTable.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

namespace nw {

namespace {

constexpr std::size_t kMaxCategories = 50; // more distinct values: not a category
constexpr std::size_t kMaxAutoClasses = 20; // integer targets with more: regression

enum class Parsed { Number, NonFinite, Text };

Parsed parseNumber(const std::string& s, double& value)
{
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (first != last && *first == '+')
        ++first;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (end != last || first == last)
        return Parsed::Text;
    if (ec == std::errc::result_out_of_range)
        return Parsed::NonFinite;
    if (ec != std::errc())
        return Parsed::Text;
    if (!std::isfinite(value) || std::fabs(value) > FLT_MAX)
        return Parsed::NonFinite;
    return Parsed::Number;
}

// "1", "0.5", "-3": the shortest text that reads back as the same number.
std::string numberName(double v)
{
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

// One CSV column with its values parsed once.
struct Column {
    std::string name;
    bool numeric = true;
    std::vector<double> numbers; // numeric columns; NaN where missing
    std::vector<bool> missing;
    std::size_t missingCount = 0;
};

class CsvLoader {
public:
    CsvLoader(const std::string& path, const CsvOptions& options)
        : m_path(path)
        , m_options(options)
    {
    }

    Dataset load(CsvReport* report)
    {
        if (m_options.delimiter == '"' || m_options.delimiter == '\n' || m_options.delimiter == '\r')
            throw DataError(m_path + ": the delimiter cannot be a quote or a line break");
        m_table = readCsvTable(m_path, m_options.delimiter);
        findTarget();
        for (std::size_t c = 0; c < m_table.header.size(); ++c)
            m_columns.push_back(analyse(c));
        decideTask();
        selectRows();
        return build(report);
    }

private:
    [[noreturn]] void failAt(long long line, std::size_t column, const std::string& problem) const
    {
        throw DataError(m_path + ":" + std::to_string(line) + ": column '" + m_table.header[column] + "': " + problem);
    }

    const std::string& field(std::size_t row, std::size_t column) const { return m_table.rows[row].fields[column]; }
    std::size_t rowCount() const { return m_table.rows.size(); }

    void findTarget()
    {
        const auto& header = m_table.header;
        if (m_options.targetColumn.empty()) {
            m_target = header.size() - 1;
        } else {
            const auto it = std::find(header.begin(), header.end(), m_options.targetColumn);
            if (it == header.end()) {
                std::string list;
                for (const auto& name : header)
                    list += (list.empty() ? "" : ", ") + name;
                throw DataError(
                    m_path + ": no column named '" + m_options.targetColumn + "'; the columns are: " + list);
            }
            m_target = static_cast<std::size_t>(it - header.begin());
        }
        if (header.size() < 2)
            throw DataError(m_path + ": only one column ('" + header[m_target]
                + "'); a dataset needs at least one feature column besides the target");
    }

    Column analyse(std::size_t c) const
    {
        Column col;
        col.name = m_table.header[c];
        const std::size_t n = rowCount();
        col.numbers.assign(n, std::nan(""));
        col.missing.assign(n, false);
        std::size_t numbers = 0, texts = 0;
        std::size_t firstText = n, firstNonFinite = n;
        for (std::size_t r = 0; r < n; ++r) {
            const std::string& f = field(r, c);
            if (isMissingCsvValue(f)) {
                col.missing[r] = true;
                ++col.missingCount;
                continue;
            }
            double v = 0;
            switch (parseNumber(f, v)) {
            case Parsed::Number:
                col.numbers[r] = v;
                ++numbers;
                break;
            case Parsed::NonFinite:
                ++numbers;
                firstNonFinite = std::min(firstNonFinite, r);
                break;
            case Parsed::Text:
                ++texts;
                firstText = std::min(firstText, r);
                break;
            }
        }
        if (numbers + texts == 0)
            throw DataError(m_path + ": column '" + col.name + "' has no values (every row is empty or NA); remove it");
        col.numeric = texts == 0 || 2 * texts <= numbers + texts;
        if (col.numeric && texts > 0)
            failAt(m_table.rows[firstText].line, c,
                "'" + field(firstText, c) + "' is not a number, and most of the column's values are numbers");
        if (col.numeric && firstNonFinite < n)
            failAt(m_table.rows[firstNonFinite].line, c,
                "'" + field(firstNonFinite, c) + "' is not a finite 32-bit number");

        if (!col.numeric && c != m_target) {
            std::set<std::string> distinct;
            for (std::size_t r = 0; r < n; ++r)
                if (!col.missing[r])
                    distinct.insert(field(r, c));
            if (distinct.size() > kMaxCategories) {
                const std::string count = std::to_string(distinct.size()) + " distinct values";
                if (2 * distinct.size() > n)
                    throw DataError(m_path + ": column '" + col.name + "' holds free text (" + count
                        + "); remove it or choose it as the target");
                throw DataError(m_path + ": column '" + col.name + "' has " + count + ", too many categories to one-hot"
                    + " encode (at most " + std::to_string(kMaxCategories) + "); remove it or choose it as the target");
            }
        }
        return col;
    }

    void decideTask()
    {
        const Column& t = m_columns[m_target];
        if (!t.numeric) {
            if (m_options.task == TaskKind::Regression)
                throw DataError(m_path + ": target column '" + t.name
                    + "' holds text, so it cannot be a regression target; choose a numeric column");
            m_task = TaskKind::Classification;
            return;
        }
        if (m_options.task) {
            m_task = *m_options.task;
            return;
        }
        std::set<double> distinct;
        bool integral = true;
        for (std::size_t r = 0; r < rowCount() && integral && distinct.size() <= kMaxAutoClasses; ++r) {
            if (t.missing[r])
                continue;
            integral = t.numbers[r] == std::floor(t.numbers[r]);
            distinct.insert(t.numbers[r]);
        }
        m_task = integral && distinct.size() <= kMaxAutoClasses ? TaskKind::Classification : TaskKind::Regression;
    }

    void selectRows()
    {
        for (std::size_t r = 0; r < rowCount(); ++r) {
            bool keep = !m_columns[m_target].missing[r];
            if (keep && m_options.missing == MissingValues::Drop)
                for (const Column& col : m_columns)
                    keep = keep && !col.missing[r];
            if (keep)
                m_rows.push_back(r);
        }
        if (m_rows.empty()) {
            const bool targetOnly = m_options.missing == MissingValues::MeanImpute;
            throw DataError(m_path + ": every one of the " + std::to_string(rowCount()) + " rows has a missing "
                + (targetOnly ? "target value" : "value; try missing=mean to impute feature values instead"));
        }
    }

    Dataset build(CsvReport* report) const
    {
        CsvReport rep;
        rep.rowsRead = rowCount();
        rep.rowsDropped = rowCount() - m_rows.size();
        rep.task = m_task;
        rep.targetColumn = m_table.header[m_target];

        // Per-column encoders, over the kept rows.
        struct Encoder {
            double fill = 0; // numeric: imputed value
            std::vector<std::string> categories;
            std::size_t fillCategory = 0; // categorical: imputed category (the mode)
        };
        std::vector<Encoder> encoders(m_columns.size());
        std::size_t featureCount = 0;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const Column& col = m_columns[c];
            CsvColumnReport cr { col.name, CsvColumnKind::Target, col.missingCount, {} };
            if (c != m_target && col.numeric) {
                double sum = 0;
                std::size_t count = 0;
                for (std::size_t r : m_rows)
                    if (!col.missing[r]) {
                        sum += col.numbers[r];
                        ++count;
                    }
                encoders[c].fill = count ? sum / static_cast<double>(count) : 0.0;
                cr.kind = CsvColumnKind::Numeric;
                rep.featureNames.push_back(col.name);
                rep.numericFeatures.push_back(true);
                ++featureCount;
            } else if (c != m_target) {
                std::map<std::string, std::size_t> counts;
                for (std::size_t r : m_rows)
                    if (!col.missing[r])
                        ++counts[field(r, c)];
                if (counts.empty())
                    throw DataError(
                        m_path + ": column '" + col.name + "' has no values in the rows that have a target");
                std::size_t best = 0;
                for (const auto& [value, count] : counts) {
                    if (count > best) {
                        best = count;
                        encoders[c].fillCategory = encoders[c].categories.size();
                    }
                    encoders[c].categories.push_back(value);
                    rep.featureNames.push_back(col.name + "=" + value);
                    rep.numericFeatures.push_back(false);
                }
                cr.kind = CsvColumnKind::Categorical;
                cr.categories = encoders[c].categories;
                featureCount += encoders[c].categories.size();
            }
            rep.columns.push_back(std::move(cr));
        }

        std::vector<float> features(m_rows.size() * featureCount, 0.0f);
        std::vector<SampleOrigin> origins;
        origins.reserve(m_rows.size());
        for (std::size_t k = 0; k < m_rows.size(); ++k) {
            const std::size_t r = m_rows[k];
            float* out = features.data() + k * featureCount;
            for (std::size_t c = 0; c < m_columns.size(); ++c) {
                if (c == m_target)
                    continue;
                const Column& col = m_columns[c];
                const Encoder& enc = encoders[c];
                if (col.missing[r])
                    ++rep.valuesImputed;
                if (col.numeric) {
                    *out++ = static_cast<float>(col.missing[r] ? enc.fill : col.numbers[r]);
                    continue;
                }
                std::size_t hot = enc.fillCategory;
                if (!col.missing[r])
                    hot = static_cast<std::size_t>(
                        std::lower_bound(enc.categories.begin(), enc.categories.end(), field(r, c))
                        - enc.categories.begin());
                out[hot] = 1.0f;
                out += enc.categories.size();
            }
            origins.push_back({ m_path, m_table.rows[r].line });
        }

        const std::string name = std::filesystem::path(m_path).stem().string();
        const Shape shape { static_cast<int>(featureCount) };
        const Column& t = m_columns[m_target];
        Dataset dataset = m_task == TaskKind::Regression ? regressionDataset(name, shape, std::move(features), t)
                                                         : classificationDataset(name, shape, std::move(features), t);
        dataset.setOrigins(std::move(origins));
        if (report)
            *report = std::move(rep);
        return dataset;
    }

    Dataset regressionDataset(
        const std::string& name, const Shape& shape, std::vector<float> features, const Column& t) const
    {
        std::vector<float> targets;
        targets.reserve(m_rows.size());
        for (std::size_t r : m_rows)
            targets.push_back(static_cast<float>(t.numbers[r]));
        return Dataset::regression(name, shape, std::move(features), { 1 }, std::move(targets));
    }

    Dataset classificationDataset(
        const std::string& name, const Shape& shape, std::vector<float> features, const Column& t) const
    {
        std::vector<std::string> classNames;
        std::vector<int> labels;
        labels.reserve(m_rows.size());
        if (t.numeric) {
            std::set<double> distinct;
            for (std::size_t r : m_rows)
                distinct.insert(t.numbers[r]);
            const std::vector<double> values(distinct.begin(), distinct.end());
            for (double v : values)
                classNames.push_back(numberName(v));
            for (std::size_t r : m_rows)
                labels.push_back(
                    static_cast<int>(std::lower_bound(values.begin(), values.end(), t.numbers[r]) - values.begin()));
        } else {
            std::set<std::string> distinct;
            for (std::size_t r : m_rows)
                distinct.insert(field(r, m_target));
            classNames.assign(distinct.begin(), distinct.end());
            for (std::size_t r : m_rows)
                labels.push_back(static_cast<int>(
                    std::lower_bound(classNames.begin(), classNames.end(), field(r, m_target)) - classNames.begin()));
        }
        return Dataset::fromFloats(name, shape, std::move(features), std::move(labels), std::move(classNames));
    }

    const std::string& m_path;
    const CsvOptions& m_options;
    CsvTable m_table;
    std::size_t m_target = 0;
    std::vector<Column> m_columns;
    TaskKind m_task = TaskKind::Classification;
    std::vector<std::size_t> m_rows; // rows kept, in file order
};

} // namespace

bool isMissingCsvValue(const std::string& field)
{
    if (field.empty())
        return true;
    if (field.size() > 5)
        return false;
    std::string lower;
    for (char c : field)
        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower == "na" || lower == "n/a" || lower == "nan" || lower == "-nan" || lower == "null" || lower == "none"
        || lower == "#n/a" || lower == "<na>" || lower == "?";
}

Dataset loadCsvDataset(const std::string& path, const CsvOptions& options, CsvReport* report)
{
    return CsvLoader(path, options).load(report);
}

} // namespace nw
