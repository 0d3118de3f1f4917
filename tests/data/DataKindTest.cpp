// The table of data kinds: every entry is complete and consistent, its defaults
// are valid values of its own options, and they are what the loaders use.
#include "data/DataKind.h"

#include "data/DataSpec.h"
#include "data/IdxDataset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace nw;

TEST(DataKind, EveryEntryIsCompleteAndFoundByNameAndId)
{
    std::set<DataKindId> ids;
    for (const DataKind& kind : DataKind::all()) {
        SCOPED_TRACE(kind.name);
        EXPECT_TRUE(ids.insert(kind.id).second) << "one entry per id";
        EXPECT_EQ(DataKind::find(kind.name), &kind);
        EXPECT_EQ(&DataKind::get(kind.id), &kind);
        ASSERT_NE(kind.load, nullptr);
        EXPECT_EQ(kind.isTable == nullptr, kind.tableReport == nullptr);
        if (kind.body == DataBody::Name) {
            ASSERT_NE(kind.names, nullptr);
            EXPECT_FALSE(kind.names().empty());
            EXPECT_TRUE(kind.bodyHint.empty());
        } else {
            EXPECT_EQ(kind.names, nullptr);
            EXPECT_FALSE(kind.bodyHint.empty());
        }
        std::vector<std::string> keys;
        for (const DataOption& option : kind.options) {
            keys.push_back(option.key);
            ASSERT_NE(option.check, nullptr) << option.key;
            if (!option.defaultValue.empty()) {
                EXPECT_EQ(option.check(option.defaultValue), "") << option.key << " defaults to an invalid value";
            }
            EXPECT_NE(option.check(""), "") << option.key << " accepts anything, even nothing";
        }
        EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    }
    EXPECT_EQ(DataKind::find("parquet"), nullptr);
    EXPECT_EQ(dataSpecKinds().size(), DataKind::all().size());
}

TEST(DataKind, DefaultsAreWhatTheLoaderUses)
{
    const DataKind& toy = DataKind::get(DataKindId::Toy);
    EXPECT_EQ(toy.optionValue(parseDataSpec("toy:xor"), "samples"), "500");
    EXPECT_EQ(toy.optionValue(parseDataSpec("toy:xor?samples=20"), "samples"), "20");
    DataSpec spelledOut = parseDataSpec("toy:spiral");
    for (const DataOption& option : toy.options)
        spelledOut.options[option.key] = option.defaultValue;
    const Dataset implicit = loadDataset(parseDataSpec("toy:spiral"), "");
    const Dataset explicitDefaults = loadDataset(spelledOut, "");
    ASSERT_EQ(implicit.size(), explicitDefaults.size());
    const std::size_t indices[] = { 0, 1, 2, 499 };
    Tensor a, b, labelsA, labelsB;
    implicit.fillBatch(indices, a, labelsA);
    explicitDefaults.fillBatch(indices, b, labelsB);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_EQ(a[i], b[i]);
    EXPECT_EQ(implicit.labels(), explicitDefaults.labels());
    EXPECT_EQ(DataKind::get(DataKindId::Images).optionValue(parseDataSpec("images:d"), "size"), "28x28");
    EXPECT_EQ(DataKind::get(DataKindId::Csv).optionValue(parseDataSpec("csv:a.csv"), "target"), "")
        << "no default: the loader takes the last column";
}

TEST(DataKind, KnowsTablesClassesAndFeaturesWithoutLoading)
{
    EXPECT_TRUE(isTabular(parseDataSpec("csv:a.csv")));
    EXPECT_TRUE(isTabular(parseDataSpec("bundled:iris")));
    EXPECT_FALSE(isTabular(parseDataSpec("bundled:digits")));
    EXPECT_FALSE(isTabular(parseDataSpec("npy:x.npy,y.npy")));
    EXPECT_EQ(DataKind::get(DataKindId::FashionMnist).classNames(), fashionMnistClassNames());
    EXPECT_EQ(DataKind::get(DataKindId::Csv).classNames, nullptr);
    EXPECT_EQ(DataKind::get(DataKindId::Toy).featureNames, (std::vector<std::string> { "x", "y" }));
    EXPECT_EQ(csvDelimiter(parseDataSpec("csv:a.csv?delimiter=tab")), '\t');
    EXPECT_EQ(csvDelimiter(parseDataSpec("bundled:iris")), ',');
}
