// Flatten and Reshape: shape inference, the messages students see, and that values
// and gradients pass through in row-major order.
#include "engine/EngineError.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/Reshape.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

std::string shapeErrorOf(const Layer& layer, const Shape& input)
{
    try {
        layer.outputShape({ input });
    } catch (const ShapeError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST(Flatten, OutputShapeIsNumberOfValues)
{
    Flatten f;
    EXPECT_EQ(f.outputShape({ { 16, 7, 7 } }), (Shape { 784 }));
    EXPECT_EQ(f.outputShape({ { 10 } }), (Shape { 10 }));
}

TEST(Flatten, ForwardKeepsRowMajorOrderAndBackwardRestoresShape)
{
    Flatten f;
    Tensor x({ 2, 2, 1, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8 });
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, true, 0 };
    Tensor y;
    const Tensor* in[] = { &x };
    f.forward(in, y, ctx);
    ASSERT_EQ(y.shape(), (Shape { 2, 4 }));
    for (std::size_t i = 0; i < 8; ++i)
        EXPECT_EQ(y[i], static_cast<float>(i + 1));
    Tensor dy({ 2, 4 }, { 8, 7, 6, 5, 4, 3, 2, 1 });
    Tensor dx;
    Tensor* grads[] = { &dx };
    f.backward(in, y, dy, grads, ctx);
    ASSERT_EQ(dx.shape(), x.shape());
    EXPECT_EQ(dx[0], 8.0f);
    EXPECT_EQ(dx[7], 1.0f);
}

TEST(Flatten, GradientMatchesNumeric)
{
    Flatten f;
    const auto r = test::checkGradients(f, { test::randomTensor({ 3, 2, 4, 4 }, 1) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

TEST(Reshape, OutputShapeIsTarget)
{
    Reshape r({ 1, 28, 28 });
    EXPECT_EQ(r.outputShape({ { 784 } }), (Shape { 1, 28, 28 }));
    EXPECT_EQ(r.target(), (Shape { 1, 28, 28 }));
}

TEST(Reshape, InfersOneMinusOneEntry)
{
    EXPECT_EQ(Reshape({ -1, 28, 28 }).outputShape({ { 784 } }), (Shape { 1, 28, 28 }));
    EXPECT_EQ(Reshape({ 4, -1 }).outputShape({ { 16, 7, 7 } }), (Shape { 4, 196 }));
    EXPECT_EQ(Reshape({ -1 }).outputShape({ { 16, 7, 7 } }), (Shape { 784 }));
}

TEST(Reshape, MismatchNamesBothSizes)
{
    Reshape r({ 3, 28, 28 });
    EXPECT_EQ(shapeErrorOf(r, { 784 }), "cannot reshape 784 values into 3x28x28 (2352)");
}

TEST(Reshape, InferredSizeThatDoesNotDivideIsRefused)
{
    Reshape r({ -1, 5 });
    EXPECT_EQ(shapeErrorOf(r, { 12 }), "cannot reshape 12 values into ?x5: 12 is not a multiple of 5");
}

TEST(Reshape, RefusesBadTargets)
{
    EXPECT_THROW(Reshape({ -1, -1 }), ShapeError);
    EXPECT_THROW(Reshape({ 0, 4 }), ShapeError);
    EXPECT_THROW(Reshape({ -2, 4 }), ShapeError);
    EXPECT_THROW(Reshape(Shape {}), ShapeError);
}

TEST(Reshape, ForwardKeepsValuesAndAddsBatch)
{
    Reshape r({ 2, -1 });
    Tensor x({ 2, 6 }, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 });
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, false, 0 };
    Tensor y;
    const Tensor* in[] = { &x };
    r.forward(in, y, ctx);
    ASSERT_EQ(y.shape(), (Shape { 2, 2, 3 }));
    for (std::size_t i = 0; i < 12; ++i)
        EXPECT_EQ(y[i], static_cast<float>(i));
}

TEST(Reshape, GradientMatchesNumeric)
{
    Reshape r({ 2, -1, 3 });
    const auto res = test::checkGradients(r, { test::randomTensor({ 3, 24 }, 2) });
    EXPECT_LT(res.worstError, 2e-3f) << res.worstPlace;
}
