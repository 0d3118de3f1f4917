#include "SequencePool.h"

#include "../EngineError.h"

#include <algorithm>

namespace nw {

std::string sequencePoolModeName(SequencePoolMode mode)
{
    switch (mode) {
    case SequencePoolMode::Mean: return "mean";
    case SequencePoolMode::Max: return "max";
    case SequencePoolMode::Last: return "last";
    }
    return "mean";
}

std::optional<SequencePoolMode> sequencePoolModeFromName(const std::string& name)
{
    for (SequencePoolMode m : { SequencePoolMode::Mean, SequencePoolMode::Max, SequencePoolMode::Last })
        if (sequencePoolModeName(m) == name)
            return m;
    return std::nullopt;
}

SequencePool::SequencePool(SequencePoolMode mode)
    : m_mode(mode)
{
}

Shape SequencePool::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.size() != 2)
        throw ShapeError("expects a sequence (steps x features) but gets " + shapeToString(in));
    return { in[1] };
}

void SequencePool::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_steps = inputs[0][0];
    m_features = inputs[0][1];
}

void SequencePool::forward(LayerInputs inputs, Tensor& out, ExecutionContext&)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    out.resize({ batch, m_features });
    const auto f = static_cast<std::size_t>(m_features);
    for (int n = 0; n < batch; ++n) {
        const float* seq = x.data() + static_cast<std::size_t>(n) * m_steps * f;
        float* y = out.data() + static_cast<std::size_t>(n) * f;
        switch (m_mode) {
        case SequencePoolMode::Mean:
            for (std::size_t c = 0; c < f; ++c) {
                double sum = 0.0;
                for (int t = 0; t < m_steps; ++t)
                    sum += seq[static_cast<std::size_t>(t) * f + c];
                y[c] = static_cast<float>(sum / m_steps);
            }
            break;
        case SequencePoolMode::Max:
            for (std::size_t c = 0; c < f; ++c) {
                float best = seq[c];
                for (int t = 1; t < m_steps; ++t)
                    best = std::max(best, seq[static_cast<std::size_t>(t) * f + c]);
                y[c] = best;
            }
            break;
        case SequencePoolMode::Last:
            std::copy(seq + static_cast<std::size_t>(m_steps - 1) * f, seq + static_cast<std::size_t>(m_steps) * f, y);
            break;
        }
    }
}

void SequencePool::backward(
    LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext&)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    const Tensor& x = *inputs[0];
    dx->resize(x.shape());
    dx->setZero();
    const int batch = x.dim(0);
    const auto f = static_cast<std::size_t>(m_features);
    for (int n = 0; n < batch; ++n) {
        const float* seq = x.data() + static_cast<std::size_t>(n) * m_steps * f;
        const float* dy = outGrad.data() + static_cast<std::size_t>(n) * f;
        const float* y = out.data() + static_cast<std::size_t>(n) * f;
        float* d = dx->data() + static_cast<std::size_t>(n) * m_steps * f;
        for (std::size_t c = 0; c < f; ++c) {
            switch (m_mode) {
            case SequencePoolMode::Mean:
                for (int t = 0; t < m_steps; ++t)
                    d[static_cast<std::size_t>(t) * f + c] = dy[c] / static_cast<float>(m_steps);
                break;
            case SequencePoolMode::Max:
                for (int t = 0; t < m_steps; ++t)
                    if (seq[static_cast<std::size_t>(t) * f + c] == y[c]) {
                        d[static_cast<std::size_t>(t) * f + c] = dy[c];
                        break;
                    }
                break;
            case SequencePoolMode::Last:
                d[static_cast<std::size_t>(m_steps - 1) * f + c] = dy[c];
                break;
            }
        }
    }
}

} // namespace nw
