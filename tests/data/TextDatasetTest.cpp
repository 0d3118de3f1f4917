#include "data/DataSpec.h"
#include "data/DatasetSplit.h"
#include "data/TextDataset.h"

#include <gtest/gtest.h>

#include <fstream>
#include <numeric>
#include <string>

using namespace nw;

namespace {

std::string writeFile(const std::string& name, const std::string& text)
{
    const std::string path = std::string(NETWRIGHT_TEST_TMP) + "/text-" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string errorOf(const std::string& path, const TextOptions& options = {})
{
    try {
        loadTextDataset(path, options);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

std::vector<float> ids(const Dataset& d, std::size_t i)
{
    return d.tokenIds(i);
}

} // namespace

TEST(TextDataset, ReadsACsvWithTextAndLabelColumns)
{
    const std::string path = writeFile("reviews.csv",
        "id,review,stars\n1,\"good, good\",5\n2,bad,1\n3,\"so \"\"good\"\"\",5\n4,meh,10\n");
    TextOptions o;
    o.column = "review";
    o.target = "stars";
    o.encoding.tokenizer = Tokenizer::Word;
    o.encoding.maxLength = 4;
    const Dataset d = loadTextDataset(path, o);
    ASSERT_EQ(d.size(), 4u);
    EXPECT_EQ(d.sampleShape(), Shape { 4 });
    EXPECT_EQ(d.classNames(), (std::vector<std::string> { "1", "5", "10" })); // numbers in numeric order
    EXPECT_EQ(d.labels(), (std::vector<int> { 1, 0, 1, 2 }));
    EXPECT_EQ(d.texts()[2], "so \"good\"");
    // good: 3 times; then '"' twice; then ",", bad, meh, so once each, in byte order.
    EXPECT_EQ(d.vocabulary()->tokens(),
        (std::vector<std::string> { "<pad>", "<unk>", "good", "\"", ",", "bad", "meh", "so" }));
    EXPECT_EQ(ids(d, 0), (std::vector<float> { 2, 4, 2, 0 }));
    EXPECT_EQ(d.sampleText(0), "good, good");
    EXPECT_EQ(d.origin(3).index, 5); // line 5 of the file
    EXPECT_EQ(d.origin(3).file, path);
}

TEST(TextDataset, ReadsLinesOfLabelTabText)
{
    const std::string path = writeFile("lines.txt", "\xEF\xBB\xBFpos\tI liked it\r\n\nneg\tnope\npos\t\n");
    TextOptions o;
    o.encoding.maxLength = 3;
    const Dataset d = loadTextDataset(path, o);
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d.classNames(), (std::vector<std::string> { "neg", "pos" }));
    EXPECT_EQ(d.texts(), (std::vector<std::string> { "I liked it", "nope", "" }));
    EXPECT_EQ(ids(d, 2), (std::vector<float> { 0, 0, 0 })); // an empty text is all padding
    EXPECT_EQ(d.origin(1).index, 3);
}

TEST(TextDataset, BadInputNamesFileLineAndProblem)
{
    EXPECT_EQ(errorOf(writeFile("notab.txt", "pos\tok\njust text\n")),
        writeFile("notab.txt", "pos\tok\njust text\n")
            + ":2: no tab between the label and the text (each line is LABEL<TAB>TEXT; a CSV file needs the .csv "
              "extension)");
    const std::string latin1 = writeFile("latin1.txt", "pos\tok\nneg\tf\xf6r\n");
    EXPECT_EQ(errorOf(latin1), latin1 + ":2: is not UTF-8 text (invalid byte 0xf6 at byte 6)");
    const std::string emptyLabel = writeFile("emptylabel.txt", "\tno label\n");
    EXPECT_EQ(errorOf(emptyLabel), emptyLabel + ":1: the label before the tab is empty");
    const std::string csv = writeFile("cols.csv", "a,b\nx,1\n,\n");
    TextOptions o;
    o.column = "text";
    EXPECT_EQ(errorOf(csv, o), csv + ": no text column 'text' (columns: a, b)");
    EXPECT_EQ(errorOf(csv), csv + ":3: the label ('b') is empty");
    o.column = "b";
    o.target = "b";
    EXPECT_EQ(errorOf(csv, o), csv + ": the text column and the target column are both 'b'");
    const std::string one = writeFile("one.csv", "text\nhello\n");
    EXPECT_EQ(errorOf(one), one + ": needs two columns, the text and its label (it has 1)");
    const std::string blank = writeFile("blank.txt", "\n\n");
    EXPECT_EQ(errorOf(blank), blank + ": holds no texts");
    EXPECT_NE(errorOf(std::string(NETWRIGHT_TEST_TMP) + "/no-such.txt").find("cannot be read"), std::string::npos);
}

TEST(TextDataset, ReadsTextsForPrediction)
{
    const std::string csv = writeFile("predict.csv", "review,other\nfine,1\nawful,2\n");
    EXPECT_EQ(readTexts(csv, "review", ',').texts, (std::vector<std::string> { "fine", "awful" }));
    EXPECT_THROW(readTexts(csv, "comment", ','), DataError); // two columns, none named like training
    const std::string single = writeFile("single.csv", "whatever\nfine\n");
    EXPECT_EQ(readTexts(single, "review", ',').texts, (std::vector<std::string> { "fine" }));
    const std::string txt = writeFile("predict.txt", "one\n\nthree");
    const LabelledTexts t = readTexts(txt, "", ',');
    EXPECT_EQ(t.texts, (std::vector<std::string> { "one", "", "three" })); // line k is sample k-1
    EXPECT_EQ(t.origins[2].index, 3);
}

TEST(TextDataset, EncodingAgainUsesTheGivenVocabulary)
{
    const std::string path = writeFile("split.txt", "a\taaa\nb\tbbb\na\taab\nb\tccc\n");
    TextOptions o;
    o.encoding.maxLength = 3;
    const Dataset d = loadTextDataset(path, o);
    const std::vector<std::size_t> train { 0, 1 };
    auto v = std::make_shared<const Vocabulary>(Vocabulary::fit(o.encoding, d.texts(), train));
    const Dataset e = encodeTexts(d, v);
    EXPECT_EQ(e.vocabulary(), v);
    EXPECT_EQ(ids(e, 3), (std::vector<float> { 1, 1, 1 })); // c was not in the training texts
    EXPECT_EQ(e.labels(), d.labels());
    EXPECT_EQ(e.texts(), d.texts());
    const Dataset sub = e.subset(std::vector<std::size_t> { 3, 0 });
    EXPECT_EQ(sub.texts(), (std::vector<std::string> { "ccc", "aaa" }));
    EXPECT_EQ(sub.sampleText(0), "ccc");
    EXPECT_EQ(sub.vocabulary(), v);
}

TEST(TextDataset, SpecLoadsWithItsOptions)
{
    const std::string path = writeFile("spec.csv", "t,l\nHello World,x\nhello,y\n");
    const DataSpec spec
        = parseDataSpec("text:" + path + "?tokenizer=word&lowercase=1&max_len=2&vocab=3&column=t&target=l");
    DataLoadReport report;
    const Dataset d = loadDataset(spec, "", report);
    EXPECT_EQ(d.vocabulary()->tokens(), (std::vector<std::string> { "<pad>", "<unk>", "hello" }));
    EXPECT_EQ(ids(d, 0), (std::vector<float> { 2, 1 }));
    EXPECT_TRUE(report.notes.empty());
    const Dataset cut = loadDataset(parseDataSpec("text:" + path + "?max_len=3"), "", report);
    ASSERT_EQ(report.notes.size(), 1u);
    EXPECT_NE(report.notes[0].find("2 of 2 texts are longer than 3 tokens"), std::string::npos);
    EXPECT_EQ(toString(spec), "text:" + path + "?column=t&lowercase=1&max_len=2&target=l&tokenizer=word&vocab=3");
    EXPECT_THROW(parseDataSpec("text:a.csv?tokenizer=bpe"), DataError);
    EXPECT_THROW(parseDataSpec("text:a.csv?vocab=2"), DataError);
    EXPECT_THROW(parseDataSpec("text:a.csv?max_len=0"), DataError);
    EXPECT_THROW(parseDataSpec("text:a.csv?lowercase=yes"), DataError);
}
