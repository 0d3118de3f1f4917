#include "Dense.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../ThreadPool.h"
#include "BroadcastProducts.h"
#include "RowDotProducts.h"

#include <utility>

namespace nw {

namespace {
// Work per part: big enough that a part's fixed costs (a pool hand-off, and in Y
// one pass over X per block of W's rows) stay small against its products.
constexpr std::size_t kRowGrain = 32;     // batch rows: dX, and Y of layers too narrow to split by unit
constexpr std::size_t kUnitGrain = 128;   // output units, for Y
constexpr std::size_t kWeightGradUnitGrain = 128; // output units, for dW
} // namespace

Dense::Dense(int units, bool useBias, WeightInit init)
    : m_units(units)
    , m_useBias(useBias)
    , m_init(init)
{
    if (units <= 0)
        throw ShapeError("Dense needs at least one unit, got " + std::to_string(units));
}

Shape Dense::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.size() == 2)
        return {in[0], m_units}; // a sequence: the same weights at every step
    if (in.size() != 1)
        throw ShapeError("expects a flat input but gets " + shapeToString(in) + ": insert a Flatten before it");
    return {m_units};
}

std::size_t Dense::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    const auto units = static_cast<std::size_t>(m_units);
    return units * static_cast<std::size_t>(inputs[0].back()) + (m_useBias ? units : 0);
}

void Dense::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_inFeatures = inputs[0].back();
    m_sequence = inputs[0].size() == 2;
    m_steps = m_sequence ? inputs[0][0] : 1;
    m_weight.value.resize({m_units, m_inFeatures});
    m_weight.value.setZero();
    m_weight.grad.resize({m_units, m_inFeatures});
    m_weight.grad.setZero();
    if (m_useBias) {
        m_bias.value.resize({m_units});
        m_bias.value.setZero();
        m_bias.grad.resize({m_units});
        m_bias.grad.setZero();
    }
}

void Dense::initialize(Rng& rng)
{
    initializeWeights(m_weight.value, m_init, m_inFeatures, m_units, rng);
    if (m_useBias)
        m_bias.value.setZero();
}

void Dense::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    // A sequence's steps are rows like the batch's samples.
    const int batch = x.dim(0) * m_steps;
    if (m_sequence)
        out.resize({x.dim(0), m_steps, m_units});
    else
        out.resize({batch, m_units});
    const auto rows = static_cast<std::size_t>(batch);
    const auto units = static_cast<std::size_t>(m_units);
    const auto features = static_cast<std::size_t>(m_inFeatures);
    const float* bias = m_useBias ? m_bias.value.data() : nullptr;
    // Split over output units: each part reads only its slice of W, which stays in
    // its core's cache from batch to batch (the pool deals parts to the same threads).
    const int parts = partsFor(units, kUnitGrain);
    if (parts > 1 || rows < 2 * kRowGrain) {
        ctx.pool->parallelFor(parts, [&](int part) {
            const Range r = splitRange(units, parts, part);
            rowDotProducts(x.data(), rows, m_weight.value.data(), r.begin, r.end, features, bias, out.data(), units);
        });
        return;
    }
    // Too few units to share (a classifier's output layer): split over the batch's
    // rows instead, so the other threads do not wait while one computes it all.
    const int rowParts = partsFor(rows, kRowGrain);
    ctx.pool->parallelFor(rowParts, [&](int part) {
        const Range r = splitRange(rows, rowParts, part);
        rowDotProducts(x.data() + r.begin * features, r.size(), m_weight.value.data(), 0, units, features, bias,
            out.data() + r.begin * units, units);
    });
}

void Dense::backward(LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads,
                     ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0) * m_steps;
    const auto rows = static_cast<std::size_t>(batch);
    const auto units = static_cast<std::size_t>(m_units);
    const auto features = static_cast<std::size_t>(m_inFeatures);
    const float* dy = outGrad.data();

    // dW = dY^T X, split over output units like the forward pass: parts write
    // disjoint rows, so there is no reduction, and the thread that used a slice of
    // W in forward writes the same slice of dW, which the optimizer then reads
    // there (the pool deals equal parts to the same threads).
    if (ctx.parameterGradients) {
        const int wParts = partsFor(units, kWeightGradUnitGrain);
        ctx.pool->parallelFor(wParts, [&](int part) {
            const Range r = splitRange(units, wParts, part);
            broadcastProducts({ dy + r.begin, 1, units }, r.size(), x.data(), features, rows, features,
                m_weight.grad.data() + r.begin * features, features);
        });
        if (m_useBias)
            VectorMap(m_bias.grad.data(), m_units) = outGrad.matrix(batch, m_units).colwise().sum().transpose();
    }

    // dX = dY W, split over the batch's rows.
    if (Tensor* dxTensor = inputGrads[0]) {
        dxTensor->resize(x.shape());
        const int parts = partsFor(rows, kRowGrain);
        ctx.pool->parallelFor(parts, [&](int part) {
            const Range r = splitRange(rows, parts, part);
            broadcastProducts({ dy + r.begin * units, units, 1 }, r.size(), m_weight.value.data(), features, units,
                features, dxTensor->data() + r.begin * features, features);
        });
    }
}

std::vector<Parameter*> Dense::parameters()
{
    if (m_useBias)
        return {&m_weight, &m_bias};
    return {&m_weight};
}

} // namespace nw
