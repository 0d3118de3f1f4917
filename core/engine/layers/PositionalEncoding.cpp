#include "PositionalEncoding.h"

#include "../EngineError.h"
#include "../Rng.h"

#include <cmath>

namespace nw {

std::string positionalEncodingKindName(PositionalEncodingKind kind)
{
    return kind == PositionalEncodingKind::Learned ? "learned" : "sinusoidal";
}

std::optional<PositionalEncodingKind> positionalEncodingKindFromName(const std::string& name)
{
    if (name == "sinusoidal")
        return PositionalEncodingKind::Sinusoidal;
    if (name == "learned")
        return PositionalEncodingKind::Learned;
    return std::nullopt;
}

PositionalEncoding::PositionalEncoding(PositionalEncodingKind kind, int maxLength)
    : m_kind(kind)
    , m_maxLength(maxLength)
{
    if (maxLength < 1)
        throw ShapeError("PositionalEncoding needs max_len of at least 1, got " + std::to_string(maxLength));
}

Shape PositionalEncoding::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.size() != 2)
        throw ShapeError("expects a sequence (steps x features) but gets " + shapeToString(in)
            + ": put it after an Embedding");
    if (in[0] > m_maxLength)
        throw ShapeError("gets " + std::to_string(in[0]) + " steps but max_len is " + std::to_string(m_maxLength)
            + ": raise max_len");
    return in;
}

std::size_t PositionalEncoding::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    if (m_kind != PositionalEncodingKind::Learned)
        return 0;
    return static_cast<std::size_t>(m_maxLength) * static_cast<std::size_t>(inputs[0][1]);
}

void PositionalEncoding::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_steps = inputs[0][0];
    m_dim = inputs[0][1];
    if (m_kind == PositionalEncodingKind::Learned) {
        m_weight.value.resize({ m_maxLength, m_dim });
        m_weight.grad.resize({ m_maxLength, m_dim });
        m_weight.grad.setZero();
        return;
    }
    m_sinusoid.resize({ m_maxLength, m_dim });
    for (int t = 0; t < m_maxLength; ++t)
        for (int i = 0; i < m_dim; ++i) {
            const double rate = std::pow(10000.0, -static_cast<double>(i - i % 2) / m_dim);
            const double angle = t * rate;
            m_sinusoid[static_cast<std::size_t>(t) * m_dim + i] = static_cast<float>(i % 2 ? std::cos(angle) : std::sin(angle));
        }
}

void PositionalEncoding::initialize(Rng& rng)
{
    if (m_kind == PositionalEncodingKind::Learned)
        for (std::size_t i = 0; i < m_weight.value.size(); ++i)
            m_weight.value[i] = rng.normal(0.0f, 0.02f);
}

std::vector<Parameter*> PositionalEncoding::parameters()
{
    if (m_kind == PositionalEncodingKind::Learned)
        return { &m_weight };
    return {};
}

const float* PositionalEncoding::table() const
{
    return m_kind == PositionalEncodingKind::Learned ? m_weight.value.data() : m_sinusoid.data();
}

void PositionalEncoding::forward(LayerInputs inputs, Tensor& out, ExecutionContext&)
{
    const Tensor& x = *inputs[0];
    out.resize(x.shape());
    const std::size_t plane = static_cast<std::size_t>(m_steps) * m_dim;
    const float* pe = table();
    for (int n = 0; n < x.dim(0); ++n)
        for (std::size_t i = 0; i < plane; ++i)
            out[n * plane + i] = x[n * plane + i] + pe[i];
}

void PositionalEncoding::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    if (Tensor* dx = inputGrads[0])
        dx->copyFrom(outGrad);
    if (m_kind != PositionalEncodingKind::Learned || !ctx.parameterGradients)
        return;
    const std::size_t plane = static_cast<std::size_t>(m_steps) * m_dim;
    m_weight.grad.setZero();
    for (int n = 0; n < inputs[0]->dim(0); ++n)
        for (std::size_t i = 0; i < plane; ++i)
            m_weight.grad[i] += outGrad[n * plane + i];
}

} // namespace nw
