#include "data/CsvTable.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

using namespace nw;

namespace {

std::string writeCsv(const std::string& name, const std::string& text)
{
    const std::string path = std::string(NETWRIGHT_TEST_TMP) + "/csvtable-" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string errorOf(const std::string& path, char delimiter = ',')
{
    try {
        readCsvTable(path, delimiter);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

std::string headerErrorOf(const std::string& path, char delimiter = ',')
{
    try {
        CsvTable::readHeader(path, delimiter);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(CsvTable, Rfc4180QuotingDelimitersQuotesAndLineBreaks)
{
    const std::string path = writeCsv("quoted.csv",
        "name,\"note, with comma\",n\r\n"
        "\"Smith, J.\",\"said \"\"hi\"\"\",1\r\n"
        "\"two\nlines\", plain ,2\r\n"
        "\n"
        "\"\",\"x\"  ,3");
    const CsvTable t = readCsvTable(path, ',');
    ASSERT_EQ(t.header, (std::vector<std::string> { "name", "note, with comma", "n" }));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[0].fields, (std::vector<std::string> { "Smith, J.", "said \"hi\"", "1" }));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].fields, (std::vector<std::string> { "two\nlines", "plain", "2" }));
    EXPECT_EQ(t.rows[1].line, 3);
    // The quoted field spans lines 3-4, the blank line 5 is skipped.
    EXPECT_EQ(t.rows[2].line, 6);
    EXPECT_EQ(t.rows[2].fields, (std::vector<std::string> { "", "x", "3" }));
}

TEST(CsvTable, OtherDelimiterAndByteOrderMark)
{
    const std::string path = writeCsv("semicolon.csv",
        "\xEF\xBB\xBF"
        "a;b\n1,5;2\n");
    const CsvTable t = readCsvTable(path, ';');
    EXPECT_EQ(t.header, (std::vector<std::string> { "a", "b" }));
    EXPECT_EQ(t.rows[0].fields, (std::vector<std::string> { "1,5", "2" }));
    const CsvTable tabs = readCsvTable(writeCsv("tabs.tsv", "a\tb\n 1\t2 \n"), '\t');
    EXPECT_EQ(tabs.rows[0].fields, (std::vector<std::string> { "1", "2" }));
}

TEST(CsvTable, EmptyHeaderNamesAreNumbered)
{
    const CsvTable t = readCsvTable(writeCsv("unnamed.csv", ",x\n0,1\n"), ',');
    EXPECT_EQ(t.header[0], "column 1");
}

TEST(CsvTable, ErrorsNameFileAndLine)
{
    std::string msg = errorOf(writeCsv("ragged.csv", "a,b,c,d\n1,2,3,4\n1,2,3,4,5\n"));
    EXPECT_NE(msg.find("csvtable-ragged.csv:3: 5 fields, the header has 4"), std::string::npos) << msg;
    msg = errorOf(writeCsv("quote.csv", "a,b\n1,2\n3,\"open\n4,5\n"));
    EXPECT_NE(msg.find("csvtable-quote.csv:3: a quoted field opens here and is never closed"), std::string::npos)
        << msg;
    msg = errorOf(writeCsv("empty.csv", ""));
    EXPECT_NE(msg.find("csvtable-empty.csv: the file is empty"), std::string::npos) << msg;
    msg = errorOf(writeCsv("header.csv", "a,b\n\n"));
    EXPECT_NE(msg.find("csvtable-header.csv: no data rows after the header on line 1"), std::string::npos) << msg;
    msg = errorOf(writeCsv("dup.csv", "a,b,a\n1,2,3\n"));
    EXPECT_NE(msg.find("column name 'a' appears twice in the header (columns 1 and 3)"), std::string::npos) << msg;
    msg = errorOf(std::string(NETWRIGHT_TEST_TMP) + "/no-such.csv");
    EXPECT_NE(msg.find("no-such.csv: cannot open file"), std::string::npos) << msg;
}

TEST(CsvTable, ReadHeaderNamesColumnsAsTheLoaderDoes)
{
    const std::string path = writeCsv("header-only.csv",
        "\xEF\xBB\xBF\n  \n"
        "age;\"income; k$\";;\"two\nlines\" ; label\r\n"
        "30;40;1;2;yes\n"
        "31;\"unclosed\n");
    const std::vector<std::string> expected { "age", "income; k$", "column 3", "two\nlines", "label" };
    EXPECT_EQ(CsvTable::readHeader(path, ';'), expected);
    // The rows after the header are never read: the unterminated quote there goes unnoticed.
    EXPECT_NE(errorOf(path, ';').find("never closed"), std::string::npos);
    EXPECT_EQ(CsvTable::readHeader(writeCsv("no-newline.csv", "a,b"), ','), (std::vector<std::string> { "a", "b" }));
}

TEST(CsvTable, ReadHeaderReadsPastTheFirstBlockForAWideHeader)
{
    std::string header;
    std::vector<std::string> expected;
    for (int i = 0; i < 30000; ++i) { // about 200 KB: several read blocks
        expected.push_back("feature_" + std::to_string(i));
        header += (i ? "," : "") + expected.back();
    }
    const std::string path = writeCsv("wide.csv", header + "\n" + std::string(30000 * 2 - 1, '0') + "\n");
    EXPECT_EQ(CsvTable::readHeader(path, ','), expected);
}

TEST(CsvTable, ReadHeaderErrorsAreTheLoadersErrors)
{
    for (const auto& [name, text] : { std::pair { "empty", "" }, std::pair { "blank", "\n\n" },
             std::pair { "dup", "a,b,a\n1,2,3\n" }, std::pair { "quote", "a,\"b\n" } }) {
        const std::string path = writeCsv(std::string("header-") + name + ".csv", text);
        const std::string error = headerErrorOf(path);
        EXPECT_FALSE(error.empty()) << name;
        EXPECT_EQ(error, errorOf(path)) << name;
    }
    EXPECT_NE(headerErrorOf(std::string(NETWRIGHT_TEST_TMP) + "/no-such.csv").find("no-such.csv: cannot open file"),
        std::string::npos);
    EXPECT_NE(headerErrorOf(NETWRIGHT_TEST_TMP).find("is not a regular file"), std::string::npos);
}
