#include "data/DataSpec.h"
#include "data/DatasetSplit.h"
#include "data/SequenceTasks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace nw;

TEST(SequenceTasks, ParityLabelsCountTheOnes)
{
    const Dataset d = makeSequenceTask(SequenceTask::Parity, 200, 9, 3);
    EXPECT_EQ(d.sampleShape(), Shape { 9 });
    EXPECT_EQ(d.classNames(), (std::vector<std::string> { "even", "odd" }));
    EXPECT_FALSE(d.hasPositionLabels());
    for (std::size_t i = 0; i < d.size(); ++i) {
        const std::vector<float> ids = d.tokenIds(i);
        const int ones = static_cast<int>(std::count(ids.begin(), ids.end(), 1.0f));
        EXPECT_EQ(std::count(ids.begin(), ids.end(), 0.0f) + ones, 9);
        EXPECT_EQ(d.label(i), ones % 2);
    }
    const auto counts = d.classCounts();
    EXPECT_GT(counts[0], 70u); // roughly balanced
    EXPECT_GT(counts[1], 70u);
    EXPECT_EQ(d.sampleText(0).size(), 9u); // "010011010"
}

TEST(SequenceTasks, MajorityHasNoTiesEvenForEvenLengths)
{
    const Dataset d = makeSequenceTask(SequenceTask::Majority, 300, 6, 5);
    for (std::size_t i = 0; i < d.size(); ++i) {
        const std::string s = d.sampleText(i);
        const auto a = std::count(s.begin(), s.end(), 'a');
        const auto b = std::count(s.begin(), s.end(), 'b');
        ASSERT_NE(a, b) << s;
        EXPECT_EQ(d.classNames()[static_cast<std::size_t>(d.label(i))], a > b ? "a" : "b") << s;
    }
}

TEST(SequenceTasks, ReverseAndSortLabelEveryPosition)
{
    for (SequenceTask task : { SequenceTask::Reverse, SequenceTask::Sort }) {
        const Dataset d = makeSequenceTask(task, 50, 7, 11);
        ASSERT_TRUE(d.hasPositionLabels());
        EXPECT_EQ(d.positionCount(), 7);
        EXPECT_EQ(d.targetShape(), Shape { 7 });
        EXPECT_EQ(d.classCount(), 10);
        EXPECT_THROW(d.label(0), DataError);
        for (std::size_t i = 0; i < d.size(); ++i) {
            const std::vector<float> ids = d.tokenIds(i);
            std::vector<int> expected(ids.begin(), ids.end());
            if (task == SequenceTask::Reverse)
                std::reverse(expected.begin(), expected.end());
            else
                std::sort(expected.begin(), expected.end());
            const auto labels = d.positionLabels(i);
            EXPECT_EQ(std::vector<int>(labels.begin(), labels.end()), expected);
        }
        // Targets reach the trainer as [n, T] class ids; counts cover every position.
        std::vector<std::size_t> idx { 4, 2 };
        Tensor in, target;
        d.fillBatch(idx, in, target);
        EXPECT_EQ(target.shape(), (Shape { 2, 7 }));
        EXPECT_EQ(target[7], static_cast<float>(d.positionLabels(2)[0]));
        const auto counts = d.classCounts(idx);
        EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), std::size_t { 0 }), 14u);
        const Dataset sub = d.subset(idx);
        EXPECT_EQ(sub.positionLabels(1)[3], d.positionLabels(2)[3]);
        // Splits of per-position data are unstratified and still cover every sample once.
        const DatasetSplit split = splitDataset(d, 0.2f, 0.2f, 1);
        EXPECT_EQ(split.train.size() + split.validation.size() + split.test.size(), 50u);
        EXPECT_EQ(split.test.size(), 10u);
    }
}

TEST(SequenceTasks, SeededAndSpecified)
{
    const Dataset a = loadDataset(parseDataSpec("sequence:reverse?length=5&samples=20&seed=4"), "");
    const Dataset b = makeSequenceTask(SequenceTask::Reverse, 20, 5, 4);
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_EQ(a.tokenIds(i), b.tokenIds(i));
    EXPECT_NE(makeSequenceTask(SequenceTask::Reverse, 20, 5, 5).tokenIds(0), a.tokenIds(0));
    EXPECT_EQ(loadDataset(parseDataSpec("sequence:parity"), "").size(), 1000u);
    EXPECT_THROW(parseDataSpec("sequence:copy"), DataError);
    EXPECT_THROW(parseDataSpec("sequence:parity?length=0"), DataError);
    EXPECT_THROW(makeSequenceTask(SequenceTask::Sort, 0, 5, 1), DataError);
}

TEST(Dataset, PerPositionLabelsAreValidated)
{
    EXPECT_THROW(Dataset::perPosition("p", { 3 }, std::vector<float>(6), 3, { 0, 1, 2, 0, 1 }, { "a", "b", "c" }),
        DataError);
    try {
        Dataset::perPosition("p", { 2 }, std::vector<float>(4), 2, { 0, 1, 1, 5 }, { "a", "b" });
        FAIL();
    } catch (const DataError& e) {
        EXPECT_STREQ(e.what(), "dataset 'p': label 5 of sample 1 at position 1 is outside the 2 classes (0..1)");
    }
}
