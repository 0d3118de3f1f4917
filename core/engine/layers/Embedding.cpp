#include "Embedding.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../Rng.h"
#include "../ThreadPool.h"

#include <cmath>
#include <cstring>
#include <sstream>

namespace nw {

namespace {
constexpr std::size_t kColumnGrain = 16; // embedding columns per part of the weight gradient
} // namespace

Embedding::Embedding(int vocabularySize, int dim)
    : m_vocabulary(vocabularySize)
    , m_dim(dim)
{
    if (vocabularySize < 1)
        throw ShapeError("Embedding needs a vocabulary of at least one token, got " + std::to_string(vocabularySize));
    if (dim < 1)
        throw ShapeError("Embedding needs at least one dimension, got " + std::to_string(dim));
}

Shape Embedding::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.size() != 1)
        throw ShapeError("expects a sequence of token ids (steps) but gets " + shapeToString(in)
            + ": feed it from an Input of shape [T]");
    return { in[0], m_dim };
}

std::size_t Embedding::plannedParameterValues(const std::vector<Shape>&) const
{
    return static_cast<std::size_t>(m_vocabulary) * static_cast<std::size_t>(m_dim);
}

void Embedding::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_steps = inputs[0][0];
    m_weight.value.resize({ m_vocabulary, m_dim });
    m_weight.grad.resize({ m_vocabulary, m_dim });
    m_weight.grad.setZero();
}

void Embedding::initialize(Rng& rng)
{
    for (std::size_t i = 0; i < m_weight.value.size(); ++i)
        m_weight.value[i] = rng.normal(0.0f, 1.0f);
}

void Embedding::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& ids = *inputs[0];
    const int batch = ids.dim(0);
    out.resize({ batch, m_steps, m_dim });
    for (std::size_t k = 0; k < ids.size(); ++k) {
        const float id = ids[k];
        const bool whole = id >= 0.0f && id < static_cast<float>(m_vocabulary) && std::floor(id) == id;
        if (!whole) {
            std::ostringstream text;
            text << "Embedding got token id " << id << " at sample " << k / static_cast<std::size_t>(m_steps)
                 << ", position " << k % static_cast<std::size_t>(m_steps);
            if (ctx.training)
                text << " of training batch " << ctx.step + 1;
            text << "; ids must be whole numbers from 0 to " << m_vocabulary - 1
                 << " (vocab_size " << m_vocabulary << ")";
            throw EngineError(text.str());
        }
        std::memcpy(out.data() + k * static_cast<std::size_t>(m_dim),
            m_weight.value.data() + static_cast<std::size_t>(id) * static_cast<std::size_t>(m_dim),
            sizeof(float) * static_cast<std::size_t>(m_dim));
    }
}

void Embedding::backward(LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads,
    ExecutionContext& ctx)
{
    const Tensor& ids = *inputs[0];
    if (Tensor* dx = inputGrads[0]) {
        dx->resize(ids.shape());
        dx->setZero(); // ids are not differentiable
    }
    if (!ctx.parameterGradients)
        return;
    m_weight.grad.setZero();
    // Rows repeat (a token used twice adds twice): split over columns, add in token order.
    const int parts = partsFor(static_cast<std::size_t>(m_dim), kColumnGrain);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(static_cast<std::size_t>(m_dim), parts, part);
        for (std::size_t k = 0; k < ids.size(); ++k) {
            float* dst = m_weight.grad.data() + static_cast<std::size_t>(ids[k]) * static_cast<std::size_t>(m_dim);
            const float* src = outGrad.data() + k * static_cast<std::size_t>(m_dim);
            for (std::size_t c = r.begin; c < r.end; ++c)
                dst[c] += src[c];
        }
    });
}

} // namespace nw
