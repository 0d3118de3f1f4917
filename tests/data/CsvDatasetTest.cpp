#include "data/CsvDataset.h"

#include <gtest/gtest.h>

#include <fstream>
#include <numeric>
#include <string>

using namespace nw;

namespace {

std::string writeCsv(const std::string& name, const std::string& text)
{
    const std::string path = std::string(NETWRIGHT_TEST_TMP) + "/csvds-" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string errorOf(const std::string& path, const CsvOptions& options = {})
{
    try {
        loadCsvDataset(path, options);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

std::vector<float> allFeatures(const Dataset& d, Tensor* targets = nullptr)
{
    std::vector<std::size_t> idx(d.size());
    std::iota(idx.begin(), idx.end(), std::size_t { 0 });
    Tensor in, t;
    d.fillBatch(idx, in, t);
    if (targets)
        *targets = t;
    return std::vector<float>(in.data(), in.data() + in.size());
}

// Numeric, categorical (with a quoted value) and a text target.
const char* const kPets = "weight,color,legs,species\n"
                          "4.5,red,4,cat\n"
                          "30,\"blue\",4,dog\n"
                          "0.2,red,2,bird\n"
                          "5,green,4,cat\n";

} // namespace

TEST(CsvDataset, NumericAndOneHotFeaturesWithTextTarget)
{
    CsvReport report;
    const Dataset d = loadCsvDataset(writeCsv("pets.csv", kPets), { .targetColumn = "species" }, &report);
    EXPECT_EQ(d.task(), TaskKind::Classification);
    EXPECT_EQ(d.name(), "csvds-pets");
    EXPECT_EQ(d.size(), 4u);
    EXPECT_EQ(d.sampleShape(), (Shape { 5 }));
    EXPECT_EQ(d.classNames(), (std::vector<std::string> { "bird", "cat", "dog" }));
    EXPECT_EQ(d.labels(), (std::vector<int> { 1, 2, 0, 1 }));
    EXPECT_EQ(
        report.featureNames, (std::vector<std::string> { "weight", "color=blue", "color=green", "color=red", "legs" }));
    EXPECT_EQ(report.numericFeatures, (std::vector<bool> { true, false, false, false, true }));
    const std::vector<float> expected = { 4.5f, 0, 0, 1, 4, 30, 1, 0, 0, 4, 0.2f, 0, 0, 1, 2, 5, 0, 1, 0, 4 };
    EXPECT_EQ(allFeatures(d), expected);
    ASSERT_EQ(report.columns.size(), 4u);
    EXPECT_EQ(report.columns[1].kind, CsvColumnKind::Categorical);
    EXPECT_EQ(report.columns[1].categories, (std::vector<std::string> { "blue", "green", "red" }));
    EXPECT_EQ(report.columns[3].kind, CsvColumnKind::Target);
    EXPECT_EQ(report.rowsRead, 4u);
    EXPECT_EQ(report.rowsDropped, 0u);
    // Origins: the file and the 1-based line of each row.
    EXPECT_EQ(d.origin(0).index, 2);
    EXPECT_EQ(d.origin(3).index, 5);
    EXPECT_NE(d.origin(3).file.find("csvds-pets.csv"), std::string::npos);
}

TEST(CsvDataset, TargetDefaultsToLastColumn)
{
    const Dataset d = loadCsvDataset(writeCsv("pets-last.csv", kPets), {});
    EXPECT_EQ(d.classCount(), 3);
}

TEST(CsvDataset, AutoTaskSmallIntegersClassifyOthersRegress)
{
    const Dataset classes = loadCsvDataset(writeCsv("int-target.csv", "x,y\n1,10\n2,2\n3,10\n4,1\n"), {});
    EXPECT_EQ(classes.task(), TaskKind::Classification);
    // Sorted numerically, not as text: 1, 2, 10.
    EXPECT_EQ(classes.classNames(), (std::vector<std::string> { "1", "2", "10" }));
    EXPECT_EQ(classes.labels(), (std::vector<int> { 2, 1, 2, 0 }));

    const Dataset reg = loadCsvDataset(writeCsv("float-target.csv", "x,price\n1,1.5\n2,2.25\n3,-4\n"), {});
    EXPECT_EQ(reg.task(), TaskKind::Regression);
    EXPECT_EQ(reg.targetShape(), (Shape { 1 }));
    Tensor targets;
    allFeatures(reg, &targets);
    EXPECT_EQ(std::vector<float>(targets.data(), targets.data() + 3), (std::vector<float> { 1.5f, 2.25f, -4.0f }));

    std::string many = "x,count\n";
    for (int i = 0; i < 21; ++i)
        many += std::to_string(i) + "," + std::to_string(i) + "\n";
    EXPECT_EQ(loadCsvDataset(writeCsv("many-ints.csv", many), {}).task(), TaskKind::Regression);
    // An explicit task wins over the guess.
    CsvOptions forced;
    forced.task = TaskKind::Regression;
    EXPECT_EQ(loadCsvDataset(writeCsv("int-target2.csv", "x,y\n1,1\n2,2\n"), forced).task(), TaskKind::Regression);
    forced.task = TaskKind::Classification;
    EXPECT_EQ(loadCsvDataset(writeCsv("many-ints2.csv", many), forced).classCount(), 21);
}

TEST(CsvDataset, MissingValuesDroppedWithCount)
{
    const std::string path = writeCsv("missing.csv",
        "a,color,label\n"
        "1,red,x\n"
        "NA,red,y\n"
        "3,,x\n"
        "5,blue,?\n"
        "7,blue,y\n"
        "nan,red,x\n");
    CsvReport report;
    const Dataset d = loadCsvDataset(path, {}, &report);
    EXPECT_EQ(report.rowsRead, 6u);
    EXPECT_EQ(report.rowsDropped, 4u);
    EXPECT_EQ(report.valuesImputed, 0u);
    EXPECT_EQ(report.columns[0].missing, 2u);
    EXPECT_EQ(report.columns[1].missing, 1u);
    EXPECT_EQ(report.columns[2].missing, 1u);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d.origin(0).index, 2);
    EXPECT_EQ(d.origin(1).index, 6);
    EXPECT_EQ(allFeatures(d), (std::vector<float> { 1, 0, 1, 7, 1, 0 }));
}

TEST(CsvDataset, MissingValuesMeanImputed)
{
    const std::string path = writeCsv("impute.csv",
        "a,color,label\n"
        "1,red,x\n"
        "NA,red,y\n"
        "3,,x\n"
        "5,blue,?\n"
        "8,blue,y\n");
    CsvReport report;
    const Dataset d = loadCsvDataset(path, { .missing = MissingValues::MeanImpute }, &report);
    // The row with a missing target is dropped even when imputing.
    EXPECT_EQ(report.rowsDropped, 1u);
    EXPECT_EQ(report.valuesImputed, 2u);
    ASSERT_EQ(d.size(), 4u);
    // Mean of a over kept rows: (1 + 3 + 8) / 3 = 4; colour mode over kept rows: red.
    EXPECT_EQ(allFeatures(d), (std::vector<float> { 1, 0, 1, 4, 0, 1, 3, 0, 1, 8, 1, 0 }));
}

TEST(CsvDataset, MostlyTextColumnIsCategoricalMostlyNumbersIsAnError)
{
    // "size" holds two words and one number: categorical with "3" as a category.
    const Dataset d = loadCsvDataset(writeCsv("mixed.csv", "size,y\nsmall,a\nlarge,b\n3,a\n"), {});
    EXPECT_EQ(d.sampleShape(), (Shape { 3 }));
    const std::string msg = errorOf(writeCsv("typo.csv", "h,y\n1,a\n2,b\nx2,a\n4,b\n"));
    EXPECT_NE(msg.find("csvds-typo.csv:4: column 'h': 'x2' is not a number"), std::string::npos) << msg;
}

TEST(CsvDataset, TextColumnIsRefusedUnlessItIsTheTarget)
{
    std::string text = "score,comment,ok\n";
    for (int i = 0; i < 60; ++i)
        text += std::to_string(i % 5) + ",\"remark " + std::to_string(i) + "\"," + (i % 2 ? "yes" : "no") + "\n";
    const std::string path = writeCsv("text.csv", text);
    const std::string msg = errorOf(path);
    EXPECT_NE(msg.find("csvds-text.csv: column 'comment' holds free text (60 distinct values); remove it or choose it "
                       "as the target"),
        std::string::npos)
        << msg;
    const Dataset d = loadCsvDataset(path, { .targetColumn = "comment" });
    EXPECT_EQ(d.classCount(), 60);
    // A text target cannot be a regression target.
    CsvOptions regression { .targetColumn = "comment", .task = TaskKind::Regression };
    EXPECT_NE(errorOf(path, regression).find("cannot be a regression target"), std::string::npos);
}

TEST(CsvDataset, UnknownTargetListsColumns)
{
    const std::string msg = errorOf(writeCsv("pets-target.csv", kPets), { .targetColumn = "Species" });
    EXPECT_NE(msg.find("no column named 'Species'; the columns are: weight, color, legs, species"), std::string::npos)
        << msg;
}

TEST(CsvDataset, DelimiterOption)
{
    const Dataset d = loadCsvDataset(writeCsv("semi.csv", "a;b;c\n1;2;x\n3;4;y\n"), { .delimiter = ';' });
    EXPECT_EQ(d.sampleShape(), (Shape { 2 }));
    EXPECT_EQ(allFeatures(d), (std::vector<float> { 1, 2, 3, 4 }));
}

TEST(CsvDataset, InfiniteAndHugeNumbersAreErrors)
{
    std::string msg = errorOf(writeCsv("inf.csv", "a,b\n1,x\ninf,y\n2,x\n"));
    EXPECT_NE(msg.find("csvds-inf.csv:3: column 'a': 'inf' is not a finite 32-bit number"), std::string::npos) << msg;
    msg = errorOf(writeCsv("huge.csv", "a,b\n1,x\n1e300,y\n2,x\n"));
    EXPECT_NE(msg.find(":3: column 'a'"), std::string::npos) << msg;
}
