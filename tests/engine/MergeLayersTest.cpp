// Add and Concat: shape inference with the messages students see, values, and
// gradients routed back to each input.
#include "engine/EngineError.h"
#include "engine/layers/Add.h"
#include "engine/layers/Concat.h"
#include "engine/ThreadPool.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

std::string shapeErrorOf(const Layer& layer, const std::vector<Shape>& inputs)
{
    try {
        layer.outputShape(inputs);
    } catch (const ShapeError& e) {
        return e.what();
    }
    return "no error";
}

Tensor forwardOnce(Layer& layer, std::vector<const Tensor*> inputs)
{
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, false, 0 };
    Tensor y;
    layer.forward(inputs, y, ctx);
    return y;
}

} // namespace

TEST(Add, TakesTwoToEightInputs)
{
    Add a;
    EXPECT_EQ(a.minInputs(), 2);
    EXPECT_EQ(a.maxInputs(), 8);
    EXPECT_THROW(a.outputShape({ { 4 } }), ShapeError);
    EXPECT_EQ(a.outputShape({ { 16, 7, 7 }, { 16, 7, 7 }, { 16, 7, 7 } }), (Shape { 16, 7, 7 }));
}

TEST(Add, MismatchNamesBothShapes)
{
    Add a;
    EXPECT_EQ(
        shapeErrorOf(a, { { 16, 7, 7 }, { 8, 7, 7 } }), "Add needs inputs of the same shape, got 16x7x7 and 8x7x7");
}

TEST(Add, ForwardSumsElementwise)
{
    Add a;
    const Tensor x({ 2, 2 }, { 1, 2, 3, 4 });
    const Tensor y({ 2, 2 }, { 10, 20, 30, 40 });
    const Tensor z({ 2, 2 }, { -1, -1, 0.5f, 0 });
    const Tensor out = forwardOnce(a, { &x, &y, &z });
    ASSERT_EQ(out.shape(), (Shape { 2, 2 }));
    EXPECT_FLOAT_EQ(out[0], 10.0f);
    EXPECT_FLOAT_EQ(out[1], 21.0f);
    EXPECT_FLOAT_EQ(out[2], 33.5f);
    EXPECT_FLOAT_EQ(out[3], 44.0f);
}

TEST(Add, GradientMatchesNumeric)
{
    Add a;
    const auto r = test::checkGradients(a,
        { test::randomTensor({ 3, 4, 2, 2 }, 1), test::randomTensor({ 3, 4, 2, 2 }, 2),
            test::randomTensor({ 3, 4, 2, 2 }, 3) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(r.probes, 3 * 48);
}

TEST(Add, BackwardSkipsInputsNobodyNeeds)
{
    Add a;
    const Tensor x({ 1, 2 }, { 1, 2 });
    const Tensor dy({ 1, 2 }, { 5, 6 });
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, true, 0 };
    Tensor dx;
    const Tensor* in[] = { &x, &x };
    Tensor* grads[] = { nullptr, &dx };
    a.backward(in, x, dy, grads, ctx);
    ASSERT_EQ(dx.shape(), (Shape { 1, 2 }));
    EXPECT_EQ(dx[0], 5.0f);
    EXPECT_EQ(dx[1], 6.0f);
}

TEST(Concat, JoinsFeaturesOfFlatInputs)
{
    Concat c;
    EXPECT_EQ(c.minInputs(), 2);
    EXPECT_EQ(c.maxInputs(), 8);
    EXPECT_EQ(c.outputShape({ { 3 }, { 5 } }), (Shape { 8 }));
    const Tensor a({ 2, 2 }, { 1, 2, 3, 4 });
    const Tensor b({ 2, 1 }, { 9, 8 });
    const Tensor out = forwardOnce(c, { &a, &b });
    ASSERT_EQ(out.shape(), (Shape { 2, 3 }));
    const float expected[] = { 1, 2, 9, 3, 4, 8 };
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_EQ(out[i], expected[i]);
}

TEST(Concat, JoinsChannelsOfImages)
{
    Concat c(0);
    EXPECT_EQ(c.outputShape({ { 16, 7, 7 }, { 8, 7, 7 } }), (Shape { 24, 7, 7 }));
    // Batch of 2, images 1x1x2 and 2x1x2: per sample, channels of a then of b.
    const Tensor a({ 2, 1, 1, 2 }, { 1, 2, 3, 4 });
    const Tensor b({ 2, 2, 1, 2 }, { 10, 11, 12, 13, 14, 15, 16, 17 });
    const Tensor out = forwardOnce(c, { &a, &b });
    ASSERT_EQ(out.shape(), (Shape { 2, 3, 1, 2 }));
    const float expected[] = { 1, 2, 10, 11, 12, 13, 3, 4, 14, 15, 16, 17 };
    for (std::size_t i = 0; i < 12; ++i)
        EXPECT_EQ(out[i], expected[i]);
}

TEST(Concat, JoinsAlongALaterAxisAndCountsNegativeAxesFromTheEnd)
{
    EXPECT_EQ(Concat(1).outputShape({ { 4, 3, 5 }, { 4, 2, 5 } }), (Shape { 4, 5, 5 }));
    EXPECT_EQ(Concat(-1).outputShape({ { 4, 3, 5 }, { 4, 3, 2 }, { 4, 3, 1 } }), (Shape { 4, 3, 8 }));
    Concat c(1);
    const Tensor a({ 1, 2, 1 }, { 1, 2 });
    const Tensor b({ 1, 2, 2 }, { 3, 4, 5, 6 });
    const Tensor out = forwardOnce(c, { &a, &b });
    ASSERT_EQ(out.shape(), (Shape { 1, 2, 3 }));
    const float expected[] = { 1, 3, 4, 2, 5, 6 };
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_EQ(out[i], expected[i]);
}

TEST(Concat, MismatchNamesBothShapes)
{
    Concat c(0);
    EXPECT_EQ(shapeErrorOf(c, { { 16, 7, 7 }, { 8, 14, 14 } }),
        "Concat along axis 0 needs inputs whose other sizes match, got 16x7x7 and 8x14x14");
    EXPECT_THROW(c.outputShape({ { 16, 7, 7 }, { 16, 49 } }), ShapeError);
    EXPECT_THROW(c.outputShape({ { 16 } }), ShapeError);
    EXPECT_THROW(Concat(3).outputShape({ { 16, 7, 7 }, { 16, 7, 7 } }), ShapeError);
}

TEST(Concat, GradientMatchesNumericOnChannels)
{
    Concat c(0);
    const auto r
        = test::checkGradients(c, { test::randomTensor({ 2, 3, 2, 2 }, 4), test::randomTensor({ 2, 1, 2, 2 }, 5) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
    EXPECT_EQ(r.probes, 24 + 8);
}

TEST(Concat, GradientMatchesNumericOnLaterAxis)
{
    Concat c(1);
    const auto r = test::checkGradients(c,
        { test::randomTensor({ 3, 2, 3 }, 6), test::randomTensor({ 3, 2, 1 }, 7), test::randomTensor({ 3, 2, 2 }, 8) });
    EXPECT_LT(r.worstError, 2e-3f) << r.worstPlace;
}

TEST(Concat, BackwardSkipsInputsNobodyNeeds)
{
    Concat c;
    const Tensor a({ 1, 2 }, { 1, 2 });
    const Tensor b({ 1, 1 }, { 3 });
    const Tensor dy({ 1, 3 }, { 4, 5, 6 });
    ThreadPool pool(1);
    ExecutionContext ctx { &pool, true, 0 };
    Tensor db;
    const Tensor* in[] = { &a, &b };
    Tensor* grads[] = { nullptr, &db };
    c.backward(in, dy, dy, grads, ctx);
    ASSERT_EQ(db.shape(), (Shape { 1, 1 }));
    EXPECT_EQ(db[0], 6.0f);
}
