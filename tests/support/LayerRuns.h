#pragma once
// Running one layer forward and backward on a pool of a given size, and comparing
// results bit for bit: what the layer tests (convolution, pools, activations) share.
#include "engine/EngineError.h"
#include "engine/ExecutionContext.h"
#include "engine/Layer.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace nw::test {

inline Shape sampleShape(const Tensor& t)
{
    return Shape(t.shape().begin() + 1, t.shape().end());
}

inline Tensor runForward(Layer& layer, const Tensor& x, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, true, 1 };
    Tensor y;
    const Tensor* in[] = { &x };
    layer.forward(in, y, ctx);
    return y;
}

// Forward then backward of L = sum(y * r); returns the input gradient.
inline Tensor runBackward(Layer& layer, const Tensor& x, const Tensor& r, int threads = 1)
{
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, true, 1 };
    Tensor y;
    const Tensor* in[] = { &x };
    layer.forward(in, y, ctx);
    Tensor dx;
    Tensor* grads[] = { &dx };
    layer.backward(in, y, r, grads, ctx);
    return dx;
}

inline std::string shapeErrorOf(Layer& layer, const Shape& input)
{
    try {
        layer.outputShape({ input });
    } catch (const ShapeError& e) {
        return e.what();
    }
    return "no error";
}

inline void expectBitIdentical(const Tensor& a, const Tensor& b, const std::string& what)
{
    ASSERT_EQ(a.shape(), b.shape()) << what;
    EXPECT_EQ(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0) << what << " differs";
}

} // namespace nw::test
