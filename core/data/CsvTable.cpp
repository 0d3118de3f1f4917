#include "CsvTable.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>

namespace nw {

namespace {

// A pipe would block the open until a writer comes, and /dev/zero never ends.
std::ifstream openRegularFile(const std::string& path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw DataError(path + ": is not a regular file (a folder, device, pipe or socket)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path + ": cannot open file");
    return in;
}

std::string readText(const std::string& path)
{
    std::ifstream in = openRegularFile(path);
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad())
        throw DataError(path + ": cannot read file");
    return std::move(s).str();
}

bool isBlank(char c, char delimiter)
{
    return (c == ' ' || c == '\t') && c != delimiter;
}

// Splits `text` into records. A small state machine rather than getline: quoted
// fields may span lines, and each record must keep the line it started on.
// `textComplete` false means `text` is only the start of the file (readHeader).
class Splitter {
public:
    Splitter(const std::string& path, const std::string& text, char delimiter, bool textComplete = true)
        : m_path(path)
        , m_text(text)
        , m_delimiter(delimiter)
        , m_textComplete(textComplete)
    {
    }

    // Stops after `maxRecords` records. Of an incomplete text it returns only
    // records that ended at a line break, or none when fewer than `maxRecords` did.
    std::vector<CsvRecord> split(std::size_t maxRecords = std::numeric_limits<std::size_t>::max())
    {
        std::size_t i = m_text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
        const std::size_t n = m_text.size();
        for (; i < n; ++i) {
            const char c = m_text[i];
            if (m_inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && m_text[i + 1] == '"') {
                        m_field += '"';
                        ++i;
                    } else {
                        m_inQuotes = false;
                        m_afterQuote = true;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    m_field += c;
                }
                continue;
            }
            if (c == m_delimiter) {
                endField();
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && m_text[i + 1] == '\n')
                    ++i;
                endField();
                endRecord();
                ++m_line;
                m_recordLine = m_line;
                if (m_records.size() >= maxRecords)
                    return std::move(m_records);
                continue;
            }
            if (c == '"' && !m_quoted && onlyBlanksSoFar()) {
                m_field.clear();
                m_inQuotes = m_quoted = true;
                m_quoteLine = m_line;
                continue;
            }
            if (m_afterQuote && isBlank(c, m_delimiter))
                continue; // `"abc"  ,` : spaces after the closing quote are layout
            m_field += c;
        }
        if (!m_textComplete)
            return {};
        if (m_inQuotes)
            throw DataError(m_path + ":" + std::to_string(m_quoteLine)
                + ": a quoted field opens here and is never closed (missing '\"')");
        if (!m_field.empty() || m_quoted || !m_fields.empty()) {
            endField();
            endRecord();
        }
        return std::move(m_records);
    }

private:
    bool onlyBlanksSoFar() const
    {
        for (char c : m_field)
            if (!isBlank(c, m_delimiter))
                return false;
        return true;
    }

    void endField()
    {
        if (!m_quoted) {
            std::size_t b = 0, e = m_field.size();
            while (b < e && isBlank(m_field[b], m_delimiter))
                ++b;
            while (e > b && isBlank(m_field[e - 1], m_delimiter))
                --e;
            m_field = m_field.substr(b, e - b);
        }
        m_fields.push_back(std::move(m_field));
        m_field.clear();
        m_lastFieldQuoted = m_quoted;
        m_quoted = m_afterQuote = false;
    }

    void endRecord()
    {
        // A blank line is one empty unquoted field: skip it.
        const bool blank = m_fields.size() == 1 && m_fields[0].empty() && !m_lastFieldQuoted;
        if (!blank)
            m_records.push_back({ m_recordLine, std::move(m_fields) });
        m_fields.clear();
    }

    const std::string& m_path;
    const std::string& m_text;
    char m_delimiter;
    bool m_textComplete;
    std::vector<CsvRecord> m_records;
    std::vector<std::string> m_fields;
    std::string m_field;
    long long m_line = 1, m_recordLine = 1, m_quoteLine = 1;
    bool m_inQuotes = false, m_quoted = false, m_afterQuote = false, m_lastFieldQuoted = false;
};

// Empty names become "column N". Columns are chosen by name (target=...), so a
// name used twice is an error.
void nameColumns(std::vector<std::string>& header, const std::string& path, long long line)
{
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::string& name = header[c];
        if (name.empty())
            name = "column " + std::to_string(c + 1);
        auto [it, inserted] = seen.try_emplace(name, c);
        if (!inserted)
            throw DataError(path + ":" + std::to_string(line) + ": column name '" + name
                + "' appears twice in the header (columns " + std::to_string(it->second + 1) + " and "
                + std::to_string(c + 1) + ")");
    }
}

[[noreturn]] void failEmpty(const std::string& path)
{
    throw DataError(path + ": the file is empty (a CSV file needs a header row and data rows)");
}

} // namespace

CsvTable readCsvTable(const std::string& path, char delimiter)
{
    const std::string text = readText(path);
    std::vector<CsvRecord> records = Splitter(path, text, delimiter).split();
    if (records.empty())
        failEmpty(path);

    CsvTable table;
    const long long headerLine = records.front().line;
    table.header = std::move(records.front().fields);
    nameColumns(table.header, path, headerLine);
    if (records.size() == 1)
        throw DataError(path + ": no data rows after the header on line " + std::to_string(headerLine));

    const std::size_t width = table.header.size();
    table.rows.reserve(records.size() - 1);
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != width)
            throw DataError(path + ":" + std::to_string(records[r].line) + ": "
                + std::to_string(records[r].fields.size()) + " fields, the header has " + std::to_string(width));
        table.rows.push_back(std::move(records[r]));
    }
    return table;
}

std::vector<std::string> CsvTable::readHeader(const std::string& path, char delimiter)
{
    std::ifstream in = openRegularFile(path);
    std::string text;
    // Re-splitting the growing prefix is quadratic only in the header's length.
    std::size_t block = std::size_t { 64 } << 10;
    for (;;) {
        const std::size_t had = text.size();
        text.resize(had + block);
        in.read(text.data() + had, static_cast<std::streamsize>(block));
        text.resize(had + static_cast<std::size_t>(in.gcount()));
        if (in.bad())
            throw DataError(path + ": cannot read file");
        const bool complete = in.eof();
        std::vector<CsvRecord> records = Splitter(path, text, delimiter, complete).split(1);
        if (!records.empty()) {
            nameColumns(records.front().fields, path, records.front().line);
            return std::move(records.front().fields);
        }
        if (complete)
            failEmpty(path);
        if (text.size() >= kMaxHeaderBytes)
            throw DataError(path + ": the header row does not end within the first "
                + std::to_string(kMaxHeaderBytes >> 20) + " MiB");
        block = std::min(block * 2, kMaxHeaderBytes - text.size());
    }
}

} // namespace nw
