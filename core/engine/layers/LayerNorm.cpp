#include "LayerNorm.h"

#include "../EngineError.h"
#include "ElementwiseLoop.h"

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

int rowParts(std::size_t rows, std::size_t features)
{
    return partsFor(rows, std::max<std::size_t>(1, kElementGrain / std::max<std::size_t>(1, features)));
}

} // namespace

LayerNorm::LayerNorm(float eps)
    : m_eps(eps)
{
    if (!(eps > 0.0f))
        throw EngineError("LayerNorm eps must be a small positive number, got " + std::to_string(eps));
}

Shape LayerNorm::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.empty())
        throw ShapeError("LayerNorm needs features to normalise, but its input is a single number");
    if (in.back() <= 0)
        throw ShapeError("LayerNorm needs at least one value along its last axis, got " + shapeToString(in));
    return in;
}

std::size_t LayerNorm::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    return 2 * static_cast<std::size_t>(inputs[0].back()); // weight and bias
}

void LayerNorm::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_features = inputs[0].back();
    for (Parameter* p : parameters()) {
        p->value.resize({ m_features });
        p->grad.resize({ m_features });
        p->grad.setZero();
    }
    m_weight.value.fill(1.0f);
    m_bias.value.setZero();
}

void LayerNorm::initialize(Rng&)
{
    m_weight.value.fill(1.0f);
    m_bias.value.setZero();
}

void LayerNorm::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize(x.shape());
    const std::size_t features = static_cast<std::size_t>(m_features);
    const std::size_t rows = x.size() / features;
    m_rowMean.resize(rows);
    m_rowInvStd.resize(rows);
    const float* w = m_weight.value.data();
    const float* b = m_bias.value.data();
    const int parts = rowParts(rows, features);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(rows, parts, part);
        for (std::size_t row = r.begin; row < r.end; ++row) {
            const float* v = x.data() + row * features;
            float* y = out.data() + row * features;
            double sum = 0.0;
            for (std::size_t j = 0; j < features; ++j)
                sum += v[j];
            const double mean = sum / static_cast<double>(features);
            double squares = 0.0;
            for (std::size_t j = 0; j < features; ++j) {
                const double d = v[j] - mean;
                squares += d * d;
            }
            const float meanF = static_cast<float>(mean);
            const float invStd = static_cast<float>(1.0 / std::sqrt(squares / static_cast<double>(features) + m_eps));
            m_rowMean[row] = meanF;
            m_rowInvStd[row] = invStd;
            for (std::size_t j = 0; j < features; ++j)
                y[j] = (v[j] - meanF) * invStd * w[j] + b[j];
        }
    });
}

void LayerNorm::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    Tensor* dxTensor = inputGrads[0];
    if (dxTensor)
        dxTensor->resize(x.shape());
    const std::size_t features = static_cast<std::size_t>(m_features);
    const std::size_t rows = x.size() / features;
    const float* w = m_weight.value.data();
    const int parts = rowParts(rows, features);
    m_partialGrads.assign(static_cast<std::size_t>(parts) * 2 * features, 0.0);

    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(rows, parts, part);
        double* dw = m_partialGrads.data() + static_cast<std::size_t>(part) * 2 * features;
        double* db = dw + features;
        for (std::size_t row = r.begin; row < r.end; ++row) {
            const float* v = x.data() + row * features;
            const float* dy = outGrad.data() + row * features;
            const float mean = m_rowMean[row];
            const float invStd = m_rowInvStd[row];
            double sumDxhat = 0.0;
            double sumDxhatXhat = 0.0;
            for (std::size_t j = 0; j < features; ++j) {
                const float xhat = (v[j] - mean) * invStd;
                const float dxhat = dy[j] * w[j];
                dw[j] += static_cast<double>(dy[j]) * xhat;
                db[j] += dy[j];
                sumDxhat += dxhat;
                sumDxhatXhat += static_cast<double>(dxhat) * xhat;
            }
            if (!dxTensor)
                continue;
            // The mean and variance depend on every value of the row, which
            // contributes the two row-mean terms.
            const float meanDxhat = static_cast<float>(sumDxhat / static_cast<double>(features));
            const float meanDxhatXhat = static_cast<float>(sumDxhatXhat / static_cast<double>(features));
            float* dx = dxTensor->data() + row * features;
            for (std::size_t j = 0; j < features; ++j) {
                const float xhat = (v[j] - mean) * invStd;
                dx[j] = invStd * (dy[j] * w[j] - meanDxhat - xhat * meanDxhatXhat);
            }
        }
    });

    for (std::size_t j = 0; j < features; ++j) {
        double dw = 0.0;
        double db = 0.0;
        for (int part = 0; part < parts; ++part) {
            const double* partial = m_partialGrads.data() + static_cast<std::size_t>(part) * 2 * features;
            dw += partial[j];
            db += partial[features + j];
        }
        m_weight.grad[j] = static_cast<float>(dw);
        m_bias.grad[j] = static_cast<float>(db);
    }
}

std::vector<Parameter*> LayerNorm::parameters()
{
    return { &m_weight, &m_bias };
}

} // namespace nw
