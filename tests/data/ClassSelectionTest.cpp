#include "data/ClassSelection.h"
#include "data/DataError.h"
#include "data/DataSpec.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

std::string loadError(const std::string& spec)
{
    try {
        loadDataset(parseDataSpec(spec), "");
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(ClassSelection, KeepsTheNamedClassesRenumberedInTheirOrder)
{
    const Dataset all = loadDataset(parseDataSpec("bundled:digits"), "");
    const Dataset some = loadDataset(parseDataSpec("bundled:digits?classes=7,2"), "");
    EXPECT_EQ(some.classNames(), (std::vector<std::string>{all.classNames()[7], all.classNames()[2]}));
    const auto counts = all.classCounts();
    EXPECT_EQ(some.size(), counts[7] + counts[2]);
    // The samples keep file order; the first kept sample is the first 7 or 2 in the file.
    std::size_t first = 0;
    while (all.label(first) != 7 && all.label(first) != 2)
        ++first;
    EXPECT_EQ(some.label(0), all.label(first) == 7 ? 0 : 1);
    const auto a = all.sampleBytes(first);
    const auto b = some.sampleBytes(0);
    EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end()));
}

TEST(ClassSelection, PerClassTakesTheFirstNOfEachClass)
{
    const Dataset all = loadDataset(parseDataSpec("bundled:digits"), "");
    const Dataset few = loadDataset(parseDataSpec("bundled:digits?per_class=5&classes=5,6,7,8,9"), "");
    EXPECT_EQ(few.size(), 25u);
    EXPECT_EQ(few.classCounts(), (std::vector<std::size_t>{5, 5, 5, 5, 5}));
    // The last kept sample of class 9 (label 4) is the fifth 9 in the file.
    std::size_t seen = 0, fifthNine = 0;
    for (std::size_t i = 0; i < all.size() && seen < 5; ++i)
        if (all.label(i) == 9 && ++seen == 5)
            fifthNine = i;
    std::size_t lastNine = 0;
    for (std::size_t i = 0; i < few.size(); ++i)
        if (few.label(i) == 4)
            lastNine = i;
    const auto a = all.sampleBytes(fifthNine);
    const auto b = few.sampleBytes(lastNine);
    EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end()));
    // per_class alone keeps every class.
    EXPECT_EQ(loadDataset(parseDataSpec("bundled:digits?per_class=3"), "").size(), 30u);
}

TEST(ClassSelection, SpecsRoundTripAndBadValuesAreRefusedByName)
{
    const DataSpec s = parseDataSpec("fashion-mnist:test?classes=5,6,7,8,9&per_class=50");
    EXPECT_EQ(toString(s), "fashion-mnist:test?classes=5,6,7,8,9&per_class=50");
    EXPECT_EQ(parseDataSpec(toString(s)), s);
    for (const char* bad : {"bundled:digits?classes=1,1", "bundled:digits?classes=a", "bundled:digits?classes=",
             "bundled:digits?classes=-1", "bundled:digits?per_class=0", "bundled:digits?per_class=x"}) {
        try {
            parseDataSpec(bad);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const DataError& e) {
            EXPECT_NE(std::string(e.what()).find(std::string("data spec '")), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("must be"), std::string::npos) << e.what();
        }
    }
}

TEST(ClassSelection, LoadErrorsNameTheSpecAndTheProblem)
{
    std::string msg = loadError("bundled:digits?classes=3,12");
    EXPECT_NE(msg.find("data spec 'bundled:digits?classes=3,12': "), std::string::npos) << msg;
    EXPECT_NE(msg.find("classes= names class 12 but the data has 10 classes (0..9)"), std::string::npos) << msg;
    msg = loadError("toy:plane?classes=0");
    EXPECT_NE(msg.find("need data with one class per sample"), std::string::npos) << msg;
}

// What predict, explain and the ONNX export name the outputs by, without loading:
// the kind's names as classes= keeps and orders them.
TEST(ClassSelection, KnownClassNamesFollowTheSelection)
{
    const std::vector<std::string> all = knownClassNames(parseDataSpec("fashion-mnist:test"));
    ASSERT_EQ(all.size(), 10u);
    const std::vector<std::string> kept = knownClassNames(parseDataSpec("fashion-mnist:test?classes=9,5&per_class=3"));
    EXPECT_EQ(kept, (std::vector<std::string> { all[9], all[5] }));
    EXPECT_EQ(knownClassNames(parseDataSpec("fashion-mnist:test?per_class=3")), all);
    EXPECT_TRUE(knownClassNames(parseDataSpec("toy:spiral")).empty());
}
