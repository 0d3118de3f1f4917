#include "engine/EngineError.h"
#include "engine/ThreadPool.h"
#include "engine/layers/Dense.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

using namespace nw;

TEST(Dense, OutputShapeIsUnits)
{
    Dense d(5);
    EXPECT_EQ(d.outputShape({{12}}), (Shape{5}));
}

TEST(Dense, RefusesImageInputWithAdvice)
{
    Dense d(10);
    try {
        d.outputShape({{16, 7, 7}});
        FAIL() << "expected ShapeError";
    } catch (const ShapeError& e) {
        EXPECT_NE(std::string(e.what()).find("16x7x7"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("Flatten"), std::string::npos);
    }
}

TEST(Dense, ForwardComputesAffineMap)
{
    Dense d(2);
    d.build({{3}});
    d.weight().value = Tensor({2, 3}, {1, 2, 3, -1, 0, 1});
    d.bias().value = Tensor({2}, {0.5f, -0.5f});
    Tensor x({2, 3}, {1, 1, 1, 2, 0, -1});
    ThreadPool pool(1);
    ExecutionContext ctx{&pool, false, 0};
    Tensor y;
    const Tensor* in[] = {&x};
    d.forward(in, y, ctx);
    ASSERT_EQ(y.shape(), (Shape{2, 2}));
    EXPECT_FLOAT_EQ(y[0], 6.5f);
    EXPECT_FLOAT_EQ(y[1], -0.5f);
    EXPECT_FLOAT_EQ(y[2], -0.5f);
    EXPECT_FLOAT_EQ(y[3], -3.5f);
}

TEST(Dense, GradientMatchesNumeric)
{
    Dense d(7);
    const auto r = test::checkGradients(d, {test::randomTensor({37, 11}, 3)});
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_GT(r.probes, 100);
}

TEST(Dense, GradientMatchesNumericWithoutBias)
{
    Dense d(4, false);
    const auto r = test::checkGradients(d, {test::randomTensor({5, 6}, 4)});
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(d.parameters().size(), 1u);
}
