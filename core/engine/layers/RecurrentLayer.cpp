#include "RecurrentLayer.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../Rng.h"
#include "../ThreadPool.h"

#include <cmath>
#include <cstring>
#include <utility>

namespace nw {

namespace {
// Samples per part: the per-step GEMMs are [rows, H] x [H, G*H]; fewer rows than
// this make them too small to be worth a part of their own.
constexpr std::size_t kSampleGrain = 16;
} // namespace

RecurrentLayer::RecurrentLayer(int units, bool returnSequences, bool bidirectional)
    : m_units(units)
    , m_returnSequences(returnSequences)
    , m_directions(bidirectional ? 2 : 1)
{
    if (units <= 0)
        throw ShapeError("a recurrent layer needs at least one unit, got " + std::to_string(units));
}

Shape RecurrentLayer::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.size() != 2)
        throw ShapeError("expects a sequence (steps x features) but gets " + shapeToString(in)
            + ": token ids need an Embedding first; other data a Reshape to steps x features");
    if (in[0] < 1 || in[1] < 1)
        throw ShapeError("needs at least one step of at least one feature, got " + shapeToString(in));
    const int width = m_directions * m_units;
    if (m_returnSequences)
        return { in[0], width };
    return { width };
}

std::size_t RecurrentLayer::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    const auto g = static_cast<std::size_t>(gates()) * static_cast<std::size_t>(m_units);
    const auto perDirection = g * static_cast<std::size_t>(inputs[0][1]) + g * static_cast<std::size_t>(m_units) + 2 * g;
    return static_cast<std::size_t>(m_directions) * perDirection;
}

void RecurrentLayer::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_steps = inputs[0][0];
    m_features = inputs[0][1];
    const int g = gates() * m_units;
    m_dirs.clear();
    m_dirs.resize(static_cast<std::size_t>(m_directions));
    for (int k = 0; k < m_directions; ++k) {
        Direction& d = m_dirs[static_cast<std::size_t>(k)];
        const std::string suffix = k == 0 ? "_l0" : "_l0_reverse";
        d.weightIh = { "weight_ih" + suffix, ParamRole::Weight, Tensor({ g, m_features }), Tensor({ g, m_features }) };
        d.weightHh = { "weight_hh" + suffix, ParamRole::Weight, Tensor({ g, m_units }), Tensor({ g, m_units }) };
        d.biasIh = { "bias_ih" + suffix, ParamRole::Bias, Tensor({ g }), Tensor({ g }) };
        d.biasHh = { "bias_hh" + suffix, ParamRole::Bias, Tensor({ g }), Tensor({ g }) };
    }
}

void RecurrentLayer::initialize(Rng& rng)
{
    // PyTorch: every weight and bias uniform in [-1/sqrt(H), 1/sqrt(H)].
    const float k = 1.0f / std::sqrt(static_cast<float>(m_units));
    for (Parameter* p : parameters())
        for (std::size_t i = 0; i < p->value.size(); ++i)
            p->value[i] = rng.uniform(-k, k);
}

std::vector<Parameter*> RecurrentLayer::parameters()
{
    std::vector<Parameter*> out;
    for (Direction& d : m_dirs)
        for (Parameter* p : { &d.weightIh, &d.weightHh, &d.biasIh, &d.biasHh })
            out.push_back(p);
    return out;
}

int RecurrentLayer::partsForBatch(int batch) const
{
    return partsFor(static_cast<std::size_t>(batch), kSampleGrain);
}

RecurrentLayer::Rows RecurrentLayer::rowsAt(Tensor& buffer, int width, int first, int count, int t) const
{
    float* p = buffer.data() + (static_cast<std::size_t>(first) * m_steps + static_cast<std::size_t>(t)) * width;
    return Rows(p, count, width, Eigen::OuterStride<>(static_cast<Eigen::Index>(m_steps) * width));
}

RecurrentLayer::ConstRows RecurrentLayer::rowsAt(const Tensor& buffer, int width, int first, int count, int t) const
{
    const float* p = buffer.data() + (static_cast<std::size_t>(first) * m_steps + static_cast<std::size_t>(t)) * width;
    return ConstRows(p, count, width, Eigen::OuterStride<>(static_cast<Eigen::Index>(m_steps) * width));
}

void RecurrentLayer::runForward(Direction& d, bool reverse, const Tensor& x, int first, int count)
{
    const int g = gates() * m_units;
    const int h = m_units;
    const int rows = count * m_steps;
    // All steps' input projections of this part's samples at once.
    const ConstMatrixMap xm(x.data() + static_cast<std::size_t>(first) * m_steps * m_features, rows, m_features);
    MatrixMap xw(d.xw.data() + static_cast<std::size_t>(first) * m_steps * g, rows, g);
    xw.noalias() = xm * std::as_const(d.weightIh.value).matrix(g, m_features).transpose();
    xw.rowwise() += ConstVectorMap(d.biasIh.value.data(), g).transpose();

    const ConstMatrixMap whh = std::as_const(d.weightHh.value).matrix(g, h);
    const auto bhh = ConstVectorMap(d.biasHh.value.data(), g).transpose();
    const RowMatrix zeros = RowMatrix::Zero(count, std::max(h, 1));
    const ConstRows none(zeros.data(), count, h, Eigen::OuterStride<>(h));
    RowMatrix hw(count, g);
    for (int s = 0; s < m_steps; ++s) {
        const int t = reverse ? m_steps - 1 - s : s;
        const int prev = reverse ? t + 1 : t - 1;
        const bool firstStep = s == 0;
        const ConstRows hPrev = firstStep ? none : rowsAt(std::as_const(d.h), h, first, count, prev);
        const ConstRows auxPrev = firstStep ? none : rowsAt(std::as_const(d.aux), h, first, count, prev);
        if (firstStep)
            hw.rowwise() = bhh;
        else {
            hw.noalias() = hPrev * whh.transpose();
            hw.rowwise() += bhh;
        }
        stepForward(rowsAt(std::as_const(d.xw), g, first, count, t), hw, hPrev, auxPrev, rowsAt(d.gates, g, first, count, t),
            rowsAt(d.aux, h, first, count, t), rowsAt(d.h, h, first, count, t));
    }
}

void RecurrentLayer::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    m_batch = x.dim(0);
    const int g = gates() * m_units;
    const int h = m_units;
    for (Direction& d : m_dirs) {
        d.xw.resize({ m_batch * m_steps, g });
        d.gates.resize({ m_batch * m_steps, g });
        d.aux.resize({ m_batch * m_steps, h });
        d.h.resize({ m_batch * m_steps, h });
    }
    const int parts = partsForBatch(m_batch);
    ctx.pool->parallelFor(parts * m_directions, [&](int item) {
        const int dir = item % m_directions;
        const Range r = splitRange(static_cast<std::size_t>(m_batch), parts, item / m_directions);
        if (r.size())
            runForward(m_dirs[static_cast<std::size_t>(dir)], dir == 1, x, static_cast<int>(r.begin), static_cast<int>(r.size()));
    });

    // Output: [fwd, bwd] per step, or output[:, -1].
    const int width = m_directions * h;
    if (m_returnSequences)
        out.resize({ m_batch, m_steps, width });
    else
        out.resize({ m_batch, width });
    for (int n = 0; n < m_batch; ++n)
        for (int dir = 0; dir < m_directions; ++dir) {
            const Tensor& hs = m_dirs[static_cast<std::size_t>(dir)].h;
            if (m_returnSequences) {
                for (int t = 0; t < m_steps; ++t)
                    std::memcpy(out.data() + (static_cast<std::size_t>(n) * m_steps + t) * width + dir * h,
                        hs.data() + (static_cast<std::size_t>(n) * m_steps + t) * h, sizeof(float) * static_cast<std::size_t>(h));
            } else {
                std::memcpy(out.data() + static_cast<std::size_t>(n) * width + dir * h,
                    hs.data() + (static_cast<std::size_t>(n) * m_steps + m_steps - 1) * h, sizeof(float) * static_cast<std::size_t>(h));
            }
        }
}

void RecurrentLayer::runBackward(Direction& d, int dirIndex, bool reverse, const Tensor& outGrad, int first, int count,
    RowMatrix& weightHhGrad, Eigen::VectorXf& biasHhGrad)
{
    const int g = gates() * m_units;
    const int h = m_units;
    const int width = m_directions * h;
    const ConstMatrixMap whh = std::as_const(d.weightHh.value).matrix(g, h);
    const RowMatrix zeros = RowMatrix::Zero(count, h);
    const ConstRows none(zeros.data(), count, h, Eigen::OuterStride<>(h));
    RowMatrix dhNext = RowMatrix::Zero(count, h);
    RowMatrix dAuxNext = RowMatrix::Zero(count, h);
    RowMatrix dh(count, h);
    RowMatrix dHh(count, g);
    RowMatrix dhPrevDirect(count, h);
    RowMatrix dAuxPrev(count, h);
    weightHhGrad.setZero(g, h);
    biasHhGrad.setZero(g);
    // Steps in the reverse of the order the direction read them.
    for (int s = m_steps - 1; s >= 0; --s) {
        const int t = reverse ? m_steps - 1 - s : s;
        const int prev = reverse ? t + 1 : t - 1;
        const bool firstStep = s == 0;
        dh = dhNext;
        if (m_returnSequences) {
            const ConstRows dy(outGrad.data() + static_cast<std::size_t>(first) * m_steps * width
                    + static_cast<std::size_t>(t) * width + dirIndex * h,
                count, h, Eigen::OuterStride<>(static_cast<Eigen::Index>(m_steps) * width));
            dh += dy;
        } else if (t == m_steps - 1) {
            const ConstRows dy(outGrad.data() + static_cast<std::size_t>(first) * width + dirIndex * h, count, h,
                Eigen::OuterStride<>(width));
            dh += dy;
        }
        const ConstRows hPrev = firstStep ? none : rowsAt(std::as_const(d.h), h, first, count, prev);
        const ConstRows auxPrev = firstStep ? none : rowsAt(std::as_const(d.aux), h, first, count, prev);
        stepBackward(dh, dAuxNext, rowsAt(std::as_const(d.gates), g, first, count, t), rowsAt(std::as_const(d.aux), h, first, count, t),
            auxPrev, hPrev, rowsAt(d.dIh, g, first, count, t), dHh, dhPrevDirect, dAuxPrev);
        biasHhGrad += dHh.colwise().sum().transpose();
        if (!firstStep)
            weightHhGrad.noalias() += dHh.transpose() * hPrev;
        dhNext.noalias() = dhPrevDirect + dHh * whh;
        dAuxNext = dAuxPrev;
    }
}

void RecurrentLayer::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int g = gates() * m_units;
    const int h = m_units;
    const int parts = partsForBatch(m_batch);
    for (Direction& d : m_dirs)
        d.dIh.resize({ m_batch * m_steps, g });
    std::vector<RowMatrix> hhGrads(static_cast<std::size_t>(parts * m_directions));
    std::vector<Eigen::VectorXf> hhBiasGrads(static_cast<std::size_t>(parts * m_directions));
    ctx.pool->parallelFor(parts * m_directions, [&](int item) {
        const int dir = item % m_directions;
        const Range r = splitRange(static_cast<std::size_t>(m_batch), parts, item / m_directions);
        auto& wg = hhGrads[static_cast<std::size_t>(item)];
        auto& bg = hhBiasGrads[static_cast<std::size_t>(item)];
        if (r.size())
            runBackward(m_dirs[static_cast<std::size_t>(dir)], dir, dir == 1, outGrad, static_cast<int>(r.begin),
                static_cast<int>(r.size()), wg, bg);
        else {
            wg.setZero(g, h);
            bg.setZero(g);
        }
    });

    const int rows = m_batch * m_steps;
    const ConstMatrixMap xm = x.matrix(rows, m_features);
    if (ctx.parameterGradients) {
        // Per direction: partials in part order, then the input-side weights from all steps at once.
        ctx.pool->parallelFor(m_directions, [&](int dir) {
            Direction& d = m_dirs[static_cast<std::size_t>(dir)];
            MatrixMap whhGrad = d.weightHh.grad.matrix(g, h);
            VectorMap bhhGrad(d.biasHh.grad.data(), g);
            whhGrad.setZero();
            bhhGrad.setZero();
            for (int part = 0; part < parts; ++part) {
                whhGrad += hhGrads[static_cast<std::size_t>(part * m_directions + dir)];
                bhhGrad += hhBiasGrads[static_cast<std::size_t>(part * m_directions + dir)];
            }
            const ConstMatrixMap dIh = std::as_const(d.dIh).matrix(rows, g);
            d.weightIh.grad.matrix(g, m_features).noalias() = dIh.transpose() * xm;
            VectorMap(d.biasIh.grad.data(), g) = dIh.colwise().sum().transpose();
        });
    }
    if (Tensor* dx = inputGrads[0]) {
        dx->resize(x.shape());
        const int xParts = partsFor(static_cast<std::size_t>(rows), 64);
        ctx.pool->parallelFor(xParts, [&](int part) {
            const Range r = splitRange(static_cast<std::size_t>(rows), xParts, part);
            const auto first = static_cast<Eigen::Index>(r.begin);
            const auto count = static_cast<Eigen::Index>(r.size());
            MatrixMap dxm = dx->matrix(rows, m_features);
            for (int dir = 0; dir < m_directions; ++dir) {
                const Direction& d = m_dirs[static_cast<std::size_t>(dir)];
                const ConstMatrixMap dIh = d.dIh.matrix(rows, g);
                const ConstMatrixMap wih = d.weightIh.value.matrix(g, m_features);
                if (dir == 0)
                    dxm.middleRows(first, count).noalias() = dIh.middleRows(first, count) * wih;
                else
                    dxm.middleRows(first, count).noalias() += dIh.middleRows(first, count) * wih;
            }
        });
    }
}

Tensor RecurrentLayer::hiddenStates() const
{
    const int h = m_units;
    const int width = m_directions * h;
    Tensor out({ m_batch, m_steps, width });
    for (int n = 0; n < m_batch; ++n)
        for (int t = 0; t < m_steps; ++t)
            for (int dir = 0; dir < m_directions; ++dir)
                std::memcpy(out.data() + (static_cast<std::size_t>(n) * m_steps + t) * width + dir * h,
                    m_dirs[static_cast<std::size_t>(dir)].h.data() + (static_cast<std::size_t>(n) * m_steps + t) * h,
                    sizeof(float) * static_cast<std::size_t>(h));
    return out;
}

Tensor RecurrentLayer::gateActivations() const
{
    const int g = gates() * m_units;
    const int width = m_directions * g;
    Tensor out({ m_batch, m_steps, width });
    for (int n = 0; n < m_batch; ++n)
        for (int t = 0; t < m_steps; ++t)
            for (int dir = 0; dir < m_directions; ++dir)
                std::memcpy(out.data() + (static_cast<std::size_t>(n) * m_steps + t) * width + dir * g,
                    m_dirs[static_cast<std::size_t>(dir)].gates.data() + (static_cast<std::size_t>(n) * m_steps + t) * g,
                    sizeof(float) * static_cast<std::size_t>(g));
    return out;
}

} // namespace nw
