#pragma once
// The RFC 4180 layer under the CSV loader: splits a file into a header and
// records of text fields, remembering the line each record starts on so errors
// can say "data.csv:17". Knows nothing about numbers or columns; CsvDataset
// decides what the fields mean.
//
// Accepted, beyond RFC 4180, because real files do it: LF or CRLF line ends, a
// UTF-8 byte-order mark, blank lines (skipped), spaces around unquoted fields
// (trimmed), spaces between a closing quote and the delimiter. A quoted field
// may hold delimiters, quotes written twice ("") and line breaks.
#include "DataError.h"

#include <string>
#include <vector>

namespace nw {

struct CsvRecord {
    long long line = 0; // 1-based line the record starts on
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header; // names as written (trimmed); empty names become "column N"
    std::vector<CsvRecord> rows; // every row has exactly header.size() fields

    // The header exactly as readCsvTable() names it, reading the file only as far
    // as the header row ends, so an editor can list the columns of a huge table at
    // once (the loader reads it all later, off the GUI thread). Blank lines before
    // it are skipped. Throws DataError for a file that cannot be read, an empty
    // file, an unterminated quote in the header, a column name used twice, or a
    // header row longer than kMaxHeaderBytes.
    static std::vector<std::string> readHeader(const std::string& path, char delimiter);
    static constexpr std::size_t kMaxHeaderBytes = 16 << 20;
};

// Throws DataError naming the file (and line) for: a file that cannot be read, an
// empty file, an unterminated quoted field, a row whose field count differs from
// the header's, a column name used twice, or a header with no rows after it.
CsvTable readCsvTable(const std::string& path, char delimiter);

} // namespace nw
