#include "engine/layers/RowDotProducts.h"

#include "support/UniformValues.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

using namespace nw;
using nw::test::uniformValues;

namespace {

// A layer's sizes: rows of A (samples), rows of B (units), depth (features).
struct Sizes {
    std::size_t rows, units, depth;
};

} // namespace

// Every size class the tiling has an edge for: rows and units below, at and past a
// multiple of the 4x4 tile; depth below one 16-lane vector, at whole vectors, with a
// tail; the MLP's own 256 x 784 -> 256 and its 10-unit output.
TEST(RowDotProducts, MatchesADoublePrecisionReferenceAtEveryEdgeOfTheTiling)
{
    const Sizes cases[] = { { 1, 1, 1 }, { 3, 5, 7 }, { 4, 4, 16 }, { 5, 9, 17 }, { 7, 3, 33 }, { 8, 8, 64 },
        { 13, 10, 100 }, { 256, 10, 256 }, { 256, 256, 784 } };
    for (const Sizes& s : cases) {
        const std::vector<float> a = uniformValues(s.rows * s.depth, 1);
        const std::vector<float> b = uniformValues(s.units * s.depth, 2);
        const std::vector<float> bias = uniformValues(s.units, 3);
        for (const bool withBias : { false, true }) {
            std::vector<float> out(s.rows * s.units, NAN);
            rowDotProducts(a.data(), s.rows, b.data(), 0, s.units, s.depth, withBias ? bias.data() : nullptr,
                out.data(), s.units);
            for (std::size_t r = 0; r < s.rows; ++r)
                for (std::size_t j = 0; j < s.units; ++j) {
                    double expected = withBias ? bias[j] : 0.0;
                    for (std::size_t k = 0; k < s.depth; ++k)
                        expected += static_cast<double>(a[r * s.depth + k]) * b[j * s.depth + k];
                    ASSERT_NEAR(out[r * s.units + j], expected, 1e-5 * (1.0 + std::sqrt(double(s.depth))))
                        << s.rows << "x" << s.depth << " . " << s.units << "x" << s.depth << " at " << r << ", " << j;
                }
        }
    }
}

// The pool splits a layer's units between threads at any boundary; each output must
// come out bit for bit the same whichever slice computed it, so training on one or
// two threads gives identical weights.
TEST(RowDotProducts, ASliceOfUnitsGivesTheSameBitsAsTheWholeAndLeavesTheRestAlone)
{
    const Sizes s { 21, 37, 50 };
    const std::vector<float> a = uniformValues(s.rows * s.depth, 4);
    const std::vector<float> b = uniformValues(s.units * s.depth, 5);
    const std::vector<float> bias = uniformValues(s.units, 6);
    std::vector<float> whole(s.rows * s.units);
    rowDotProducts(a.data(), s.rows, b.data(), 0, s.units, s.depth, bias.data(), whole.data(), s.units);
    for (const std::size_t split : { 1u, 3u, 4u, 18u, 33u }) {
        std::vector<float> parts(s.rows * s.units, NAN);
        rowDotProducts(a.data(), s.rows, b.data(), 0, split, s.depth, bias.data(), parts.data(), s.units);
        for (std::size_t r = 0; r < s.rows; ++r)
            for (std::size_t j = split; j < s.units; ++j)
                ASSERT_TRUE(std::isnan(parts[r * s.units + j])) << "wrote outside its slice at " << r << ", " << j;
        rowDotProducts(a.data(), s.rows, b.data(), split, s.units, s.depth, bias.data(), parts.data(), s.units);
        EXPECT_EQ(std::memcmp(parts.data(), whole.data(), whole.size() * sizeof(float)), 0) << "split at " << split;
    }
}
