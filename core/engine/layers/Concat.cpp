#include "Concat.h"

#include "../EngineError.h"
#include "ElementwiseLoop.h"

#include <algorithm>

namespace nw {

Concat::Concat(int axis)
    : m_axis(axis)
{
}

Shape Concat::outputShape(const std::vector<Shape>& inputs) const
{
    if (inputs.size() < 2 || inputs.size() > 8)
        throw ShapeError("Concat needs between 2 and 8 inputs, got " + std::to_string(inputs.size()));
    const Shape& first = inputs[0];
    const int rank = static_cast<int>(first.size());
    const int axis = m_axis < 0 ? m_axis + rank : m_axis;
    if (rank == 0 || axis < 0 || axis >= rank)
        throw ShapeError("Concat along axis " + std::to_string(m_axis) + " needs inputs with at least "
            + std::to_string((m_axis < 0 ? -m_axis : m_axis + 1)) + " axes, got " + shapeToString(first));
    Shape out = first;
    for (std::size_t k = 1; k < inputs.size(); ++k) {
        const Shape& in = inputs[k];
        bool fits = in.size() == first.size();
        for (int d = 0; fits && d < rank; ++d)
            fits = d == axis || in[static_cast<std::size_t>(d)] == first[static_cast<std::size_t>(d)];
        if (!fits)
            throw ShapeError("Concat along axis " + std::to_string(m_axis)
                + " needs inputs whose other sizes match, got " + shapeToString(first) + " and " + shapeToString(in));
        out[static_cast<std::size_t>(axis)] += in[static_cast<std::size_t>(axis)];
    }
    return out;
}

std::size_t Concat::layout(LayerInputs inputs)
{
    const Shape& first = inputs[0]->shape();
    const int sampleRank = static_cast<int>(first.size()) - 1;
    // Batch tensors have the batch axis in front of the sample axes.
    const std::size_t axis = static_cast<std::size_t>((m_axis < 0 ? m_axis + sampleRank : m_axis) + 1);
    m_rows = 1;
    for (std::size_t d = 0; d < axis; ++d)
        m_rows *= static_cast<std::size_t>(first[d]);
    m_chunks.resize(inputs.size());
    m_outShape.assign(first.begin(), first.end());
    m_outShape[axis] = 0;
    std::size_t rowLength = 0;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const Shape& s = inputs[k]->shape();
        std::size_t chunk = 1;
        for (std::size_t d = axis; d < s.size(); ++d)
            chunk *= static_cast<std::size_t>(s[d]);
        m_chunks[k] = chunk;
        m_outShape[axis] += s[axis];
        rowLength += chunk;
    }
    return rowLength;
}

namespace {

template <typename Fn> void forEachRowRange(ExecutionContext& ctx, std::size_t rows, std::size_t rowLength, Fn&& fn)
{
    const int parts = partsFor(rows, std::max<std::size_t>(1, kElementGrain / std::max<std::size_t>(1, rowLength)));
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(rows, parts, part);
        fn(r.begin, r.end);
    });
}

} // namespace

void Concat::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const std::size_t rowLength = layout(inputs);
    out.resize(m_outShape);
    forEachRowRange(ctx, m_rows, rowLength, [&](std::size_t begin, std::size_t end) {
        for (std::size_t row = begin; row < end; ++row) {
            float* y = out.data() + row * rowLength;
            for (std::size_t k = 0; k < inputs.size(); ++k) {
                const float* x = inputs[k]->data() + row * m_chunks[k];
                y = std::copy(x, x + m_chunks[k], y);
            }
        }
    });
}

void Concat::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const std::size_t rowLength = layout(inputs);
    for (std::size_t k = 0; k < inputs.size(); ++k)
        if (inputGrads[k])
            inputGrads[k]->resize(inputs[k]->shape());
    forEachRowRange(ctx, m_rows, rowLength, [&](std::size_t begin, std::size_t end) {
        for (std::size_t row = begin; row < end; ++row) {
            const float* dy = outGrad.data() + row * rowLength;
            for (std::size_t k = 0; k < inputs.size(); ++k) {
                if (Tensor* dx = inputGrads[k])
                    std::copy(dy, dy + m_chunks[k], dx->data() + row * m_chunks[k]);
                dy += m_chunks[k];
            }
        }
    });
}

} // namespace nw
