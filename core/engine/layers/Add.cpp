#include "Add.h"

#include "../EngineError.h"
#include "ElementwiseLoop.h"

#include <algorithm>

namespace nw {

Shape Add::outputShape(const std::vector<Shape>& inputs) const
{
    if (inputs.size() < 2 || inputs.size() > 8)
        throw ShapeError("Add needs between 2 and 8 inputs, got " + std::to_string(inputs.size()));
    for (std::size_t k = 1; k < inputs.size(); ++k)
        if (inputs[k] != inputs[0])
            throw ShapeError("Add needs inputs of the same shape, got " + shapeToString(inputs[0]) + " and "
                + shapeToString(inputs[k]));
    return inputs[0];
}

void Add::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    out.resize(inputs[0]->shape());
    float* y = out.data();
    // Inputs are added in input order, so the rounding is the same on any thread count.
    forEachElementRange(ctx, out.size(), [&](std::size_t begin, std::size_t end) {
        const float* first = inputs[0]->data();
        std::copy(first + begin, first + end, y + begin);
        for (std::size_t k = 1; k < inputs.size(); ++k) {
            const float* x = inputs[k]->data();
            for (std::size_t i = begin; i < end; ++i)
                y[i] += x[i];
        }
    });
}

void Add::backward(LayerInputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    for (Tensor* dx : inputGrads) {
        if (!dx)
            continue;
        dx->resize(outGrad.shape());
        forEachElementRange(ctx, outGrad.size(), [&](std::size_t begin, std::size_t end) {
            std::copy(outGrad.data() + begin, outGrad.data() + end, dx->data() + begin);
        });
    }
}

} // namespace nw
