#include "engine/layers/TransposeFloats.h"

#include "support/UniformValues.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace nw;
using nw::test::uniformValues;

// Every edge of the 16 x 16 blocks: sizes below, at and past them in both
// directions, strides wider than the rows, and a dense layer's 128 x 784 slice.
// Each value lands at its mirrored place; the padding around it is left alone.
TEST(TransposeFloats, MirrorsEveryValueAndWritesNothingElse)
{
    struct Case {
        std::size_t rows, cols, srcStride, dstStride;
    };
    const Case cases[] = { { 1, 1, 1, 1 }, { 3, 5, 7, 4 }, { 16, 16, 16, 16 }, { 17, 15, 15, 32 }, { 15, 33, 40, 16 },
        { 32, 48, 50, 33 }, { 128, 784, 784, 128 }, { 10, 256, 256, 16 } };
    for (const Case& c : cases) {
        const std::vector<float> src = uniformValues(c.rows * c.srcStride, 11);
        std::vector<float> dst(c.cols * c.dstStride, NAN);
        transposeFloats(src.data(), c.rows, c.cols, c.srcStride, dst.data(), c.dstStride);
        for (std::size_t col = 0; col < c.cols; ++col)
            for (std::size_t j = 0; j < c.dstStride; ++j) {
                const float got = dst[col * c.dstStride + j];
                if (j < c.rows)
                    ASSERT_EQ(got, src[j * c.srcStride + col]) << c.rows << "x" << c.cols << " at " << j << ", " << col;
                else
                    ASSERT_TRUE(std::isnan(got)) << c.rows << "x" << c.cols << " wrote padding at " << col << ", " << j;
            }
    }
}
