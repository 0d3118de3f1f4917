#include "Dense.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../ThreadPool.h"
#include "BroadcastProducts.h"
#include "TransposeFloats.h"

#include <algorithm>
#include <utility>

namespace nw {

namespace {
// Work per part: big enough that a part's fixed costs (a pool hand-off, and in Y
// the transposes) stay small against its products.
constexpr std::size_t kRowGrain = 32;     // batch rows: dX, and Y of layers too narrow to split by unit
constexpr std::size_t kUnitGrain = 128;   // output units, for Y
constexpr std::size_t kWeightGradUnitGrain = 128; // output units, for dW

constexpr std::size_t kTransposeGrain = 16384; // values of X per part of its transpose

constexpr std::size_t kLanes = 16;

// Columns rounded up to whole 16-float vectors.
std::size_t paddedWidth(std::size_t columns)
{
    return (columns + kLanes - 1) / kLanes * kLanes;
}
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
    // The products broadcast one operand's values over rows of the other, transposed
    // so that its rows run along the outputs (BroadcastProducts.h). Which one is
    // transposed is a matter of cost alone: every output sums b, then its products
    // in feature order, either way, so the bits do not depend on it, on the thread
    // count, or on the batch a sample is in. W^T costs a pass over W in every
    // training batch (W changes every step; an evaluation's batches reuse it) but
    // needs nothing transposed back: the choice when W is no bigger than X, as for a
    // classifier's output layer or evaluation's large batches. Training's small
    // batches make X the smaller one: X^T, and each part transposes its slice of Y^T
    // back.
    const auto rows = static_cast<std::size_t>(batch);
    if (!ctx.weightsUnchangedSinceLastForward)
        m_transposedWeightCurrent = false;
    if (static_cast<std::size_t>(m_units) <= rows)
        forwardOverTransposedWeights(x, rows, out, ctx);
    else
        forwardOverTransposedInputs(x, rows, out, ctx);
}

void Dense::forwardOverTransposedWeights(const Tensor& x, std::size_t rows, Tensor& out, ExecutionContext& ctx)
{
    const auto units = static_cast<std::size_t>(m_units);
    const auto features = static_cast<std::size_t>(m_inFeatures);
    // Split over output units: each part reads only its slice of W, which stays in
    // its core's cache from batch to batch (the pool deals parts to the same threads),
    // and transposes it into its own slot of the scratch.
    const int parts = partsFor(units, kUnitGrain);
    const std::size_t slotWidth = paddedWidth(splitRange(units, parts, 0).size());
    // The padding columns are zeroed once here and never written again.
    if (const std::size_t size = static_cast<std::size_t>(parts) * slotWidth; m_paddedBias.size() != size) {
        m_paddedBias.assign(size, 0.0f);
        m_transposedWeight.assign(size * features, 0.0f);
        m_transposedWeightCurrent = false;
    }
    // W^T of an earlier batch serves while the caller vouches that W has not changed
    // since (an evaluation's batches): a pass over W and W^T less per batch.
    const bool transpose = !m_transposedWeightCurrent;
    if (parts > 1 || rows < 2 * kRowGrain) {
        ctx.pool->parallelFor(parts, [&](int part) {
            const Range u = splitRange(units, parts, part);
            const auto slot = static_cast<std::size_t>(part) * slotWidth;
            const SumStart bias = transpose ? transposeWeightSlice(u.begin, u.end, slot, slotWidth)
                                            : transposedBias(slot);
            broadcastProductsOverPaddedRows({ x.data(), features, 1 }, rows,
                m_transposedWeight.data() + slot * features, slotWidth, features, u.size(), bias,
                out.data() + u.begin, units);
        });
        m_transposedWeightCurrent = true;
        return;
    }
    // Too few units to share (a classifier's output layer): split over the batch's
    // rows instead, so the other threads do not wait while one computes it all.
    const SumStart bias = transpose ? transposeWeightSlice(0, units, 0, slotWidth) : transposedBias(0);
    m_transposedWeightCurrent = true;
    const int rowParts = partsFor(rows, kRowGrain);
    ctx.pool->parallelFor(rowParts, [&](int part) {
        const Range r = splitRange(rows, rowParts, part);
        broadcastProductsOverPaddedRows({ x.data() + r.begin * features, features, 1 }, r.size(),
            m_transposedWeight.data(), slotWidth, features, units, bias, out.data() + r.begin * units, units);
    });
}

void Dense::forwardOverTransposedInputs(const Tensor& x, std::size_t rows, Tensor& out, ExecutionContext& ctx)
{
    const auto units = static_cast<std::size_t>(m_units);
    const auto features = static_cast<std::size_t>(m_inFeatures);
    const std::size_t stride = paddedWidth(rows);
    // A vector of slack past the last row: the products read up to a whole vector on.
    m_transposedInput.resize(features * stride + kLanes);
    m_transposedOutput.resize(units * stride + kLanes);
    float* xt = m_transposedInput.data();
    float* yt = m_transposedOutput.data();
    const int transposeParts = partsFor(features * rows, kTransposeGrain);
    ctx.pool->parallelFor(transposeParts, [&](int part) {
        const Range f = splitRange(features, transposeParts, part);
        transposeFloats(x.data() + f.begin, rows, f.size(), features, xt + f.begin * stride, stride);
    });
    // More units than rows: always enough units to split by.
    const int parts = partsFor(units, kUnitGrain);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range u = splitRange(units, parts, part);
        const SumStart bias { m_useBias ? m_bias.value.data() + u.begin : nullptr, SumStart::Along::Rows };
        broadcastProductsOverPaddedRows({ m_weight.value.data() + u.begin * features, features, 1 }, u.size(), xt,
            stride, features, rows, bias, yt + u.begin * stride, stride);
        transposeFloats(yt + u.begin * stride, u.size(), rows, stride, out.data() + u.begin, units);
    });
}

SumStart Dense::transposeWeightSlice(std::size_t begin, std::size_t end, std::size_t slot, std::size_t slotWidth)
{
    const auto features = static_cast<std::size_t>(m_inFeatures);
    transposeFloats(m_weight.value.data() + begin * features, end - begin, features, features,
        m_transposedWeight.data() + slot * features, slotWidth);
    if (m_useBias)
        std::copy(m_bias.value.data() + begin, m_bias.value.data() + end, m_paddedBias.data() + slot);
    return transposedBias(slot);
}

SumStart Dense::transposedBias(std::size_t slot) const
{
    if (!m_useBias)
        return {};
    return { m_paddedBias.data() + slot, SumStart::Along::Columns };
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
