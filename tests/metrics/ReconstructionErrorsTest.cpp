#include "metrics/ReconstructionErrors.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace nw;

TEST(ReconstructionErrors, EachSamplesMeanSquaredErrorAndTheWorstFirst)
{
    // Three samples of two values.
    const std::vector<float> outputs { 0, 0, 1, 1, 0.5f, 0.5f };
    const std::vector<float> targets { 0, 1, 1, 1, 0, 0 };
    const ReconstructionErrors e = ReconstructionErrors::compute(outputs, targets, 3);
    ASSERT_EQ(e.perSample.size(), 3u);
    EXPECT_DOUBLE_EQ(e.perSample[0], 0.5);
    EXPECT_DOUBLE_EQ(e.perSample[1], 0.0);
    EXPECT_DOUBLE_EQ(e.perSample[2], 0.25);
    EXPECT_DOUBLE_EQ(e.mean, 0.25);
    EXPECT_EQ(e.worstFirst(), (std::vector<std::size_t> { 0, 2, 1 }));
}

TEST(ReconstructionErrors, TiesKeepIndexOrder)
{
    const std::vector<float> outputs { 1, 1, 1 };
    const std::vector<float> targets { 0, 0, 0 };
    EXPECT_EQ(ReconstructionErrors::compute(outputs, targets, 3).worstFirst(), (std::vector<std::size_t> { 0, 1, 2 }));
}

TEST(ReconstructionErrors, RefusesMismatchedSizes)
{
    const std::vector<float> three { 1, 2, 3 };
    const std::vector<float> four { 1, 2, 3, 4 };
    EXPECT_THROW(ReconstructionErrors::compute(three, four, 1), std::invalid_argument);
    EXPECT_THROW(ReconstructionErrors::compute(four, four, 3), std::invalid_argument);
    EXPECT_THROW(ReconstructionErrors::compute(four, four, 0), std::invalid_argument);
}
