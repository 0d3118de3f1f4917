#include "Softmax.h"

#include "../EngineError.h"
#include "ElementwiseLoop.h"

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

// Like forEachElementRange, but a part holds whole rows.
template <typename Fn> void forEachRowRange(ExecutionContext& ctx, std::size_t rows, std::size_t rowLength, Fn&& fn)
{
    const std::size_t rowGrain = std::max<std::size_t>(1, kElementGrain / std::max<std::size_t>(1, rowLength));
    const int parts = partsFor(rows, rowGrain);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(rows, parts, part);
        fn(r.begin, r.end);
    });
}

} // namespace

Shape Softmax::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.empty())
        throw ShapeError("Softmax needs at least one feature per sample, but its input is a single number");
    if (in.back() <= 0)
        throw ShapeError("Softmax needs at least one value along its last axis, got " + shapeToString(in));
    return in;
}

void Softmax::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize(x.shape());
    const std::size_t length = static_cast<std::size_t>(x.shape().back());
    const std::size_t rows = x.size() / length;
    forEachRowRange(ctx, rows, length, [&](std::size_t begin, std::size_t end) {
        for (std::size_t r = begin; r < end; ++r) {
            const float* in = x.data() + r * length;
            float* y = out.data() + r * length;
            const float maxValue = *std::max_element(in, in + length);
            double sum = 0.0;
            for (std::size_t j = 0; j < length; ++j) {
                y[j] = std::exp(in[j] - maxValue);
                sum += y[j];
            }
            const float inv = static_cast<float>(1.0 / sum);
            for (std::size_t j = 0; j < length; ++j)
                y[j] *= inv;
        }
    });
}

void Softmax::backward(
    LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dxTensor = inputGrads[0];
    if (!dxTensor)
        return;
    const Tensor& x = *inputs[0];
    dxTensor->resize(x.shape());
    const std::size_t length = static_cast<std::size_t>(x.shape().back());
    const std::size_t rows = x.size() / length;
    // dx = y * (dy - <dy, y>) per row: the Jacobian diag(y) - y y^T applied to dy.
    forEachRowRange(ctx, rows, length, [&](std::size_t begin, std::size_t end) {
        for (std::size_t r = begin; r < end; ++r) {
            const float* y = out.data() + r * length;
            const float* dy = outGrad.data() + r * length;
            float* dx = dxTensor->data() + r * length;
            double dot = 0.0;
            for (std::size_t j = 0; j < length; ++j)
                dot += static_cast<double>(dy[j]) * y[j];
            const float d = static_cast<float>(dot);
            for (std::size_t j = 0; j < length; ++j)
                dx[j] = y[j] * (dy[j] - d);
        }
    });
}

} // namespace nw
