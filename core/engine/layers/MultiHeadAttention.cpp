#include "MultiHeadAttention.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../Rng.h"
#include "../ThreadPool.h"
#include "../WeightInit.h"

#include <cmath>
#include <limits>
#include <utility>

namespace nw {

namespace {
constexpr std::size_t kRowGrain = 64;   // rows per part of the projection GEMMs
constexpr std::size_t kSampleGrain = 4; // samples per part of the attention itself

using Block = Eigen::Map<const RowMatrix, 0, Eigen::OuterStride<>>;
using MutableBlock = Eigen::Map<RowMatrix, 0, Eigen::OuterStride<>>;

// y[rows] = x[rows] W^T + b, split over row parts.
void project(ThreadPool& pool, const float* x, int rows, int in, const Tensor& w, const Tensor& b, float* y, int out)
{
    const ConstMatrixMap wm = w.matrix(out, in);
    const auto bias = ConstVectorMap(b.data(), out).transpose();
    const int parts = partsFor(static_cast<std::size_t>(rows), kRowGrain);
    pool.parallelFor(parts, [&](int part) {
        const Range r = splitRange(static_cast<std::size_t>(rows), parts, part);
        const auto count = static_cast<Eigen::Index>(r.size());
        MatrixMap ym(y + r.begin * static_cast<std::size_t>(out), count, out);
        ym.noalias() = ConstMatrixMap(x + r.begin * static_cast<std::size_t>(in), count, in) * wm.transpose();
        ym.rowwise() += bias;
    });
}

// dW = dY^T X and db = sum(dY) over all rows, split over W's rows (disjoint, no reduction).
void weightGradients(ThreadPool& pool, const Tensor& dy, const Tensor& x, int rows, int in, int out, Tensor& dw, Tensor& db)
{
    const ConstMatrixMap dym = dy.matrix(rows, out);
    const ConstMatrixMap xm = x.matrix(rows, in);
    MatrixMap dwm = dw.matrix(out, in);
    const int parts = partsFor(static_cast<std::size_t>(out), 32);
    pool.parallelFor(parts, [&](int part) {
        const Range r = splitRange(static_cast<std::size_t>(out), parts, part);
        const auto first = static_cast<Eigen::Index>(r.begin);
        const auto count = static_cast<Eigen::Index>(r.size());
        dwm.middleRows(first, count).noalias() = dym.middleCols(first, count).transpose() * xm;
    });
    VectorMap(db.data(), out) = dym.colwise().sum().transpose();
}

// dX = dY W, split over row parts.
void inputGradient(ThreadPool& pool, const Tensor& dy, const Tensor& w, int rows, int in, int out, float* dx)
{
    const ConstMatrixMap wm = w.matrix(out, in);
    const int parts = partsFor(static_cast<std::size_t>(rows), kRowGrain);
    pool.parallelFor(parts, [&](int part) {
        const Range r = splitRange(static_cast<std::size_t>(rows), parts, part);
        const auto count = static_cast<Eigen::Index>(r.size());
        MatrixMap(dx + r.begin * static_cast<std::size_t>(in), count, in).noalias()
            = ConstMatrixMap(dy.data() + r.begin * static_cast<std::size_t>(out), count, out) * wm;
    });
}

} // namespace

MultiHeadAttention::MultiHeadAttention(int heads, bool causal, float dropout)
    : m_heads(heads)
    , m_causal(causal)
    , m_dropout(dropout)
{
    if (heads < 1)
        throw ShapeError("MultiHeadAttention needs at least one head, got " + std::to_string(heads));
    if (!(dropout >= 0.0f && dropout < 1.0f))
        throw ShapeError("MultiHeadAttention's dropout must be in [0, 1), got " + std::to_string(dropout));
}

Shape MultiHeadAttention::outputShape(const std::vector<Shape>& inputs) const
{
    const Shape& in = inputs.at(0);
    if (in.size() != 2)
        throw ShapeError("expects a sequence (steps x features) but gets " + shapeToString(in)
            + ": put it after an Embedding or a sequence layer");
    if (in[1] % m_heads != 0)
        throw ShapeError("has " + std::to_string(m_heads) + " heads, which must divide the " + std::to_string(in[1])
            + " features of its input");
    return in;
}

std::size_t MultiHeadAttention::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    const auto e = static_cast<std::size_t>(inputs[0][1]);
    return 4 * e * e + 4 * e; // in-projection [3e, e] and its bias, out-projection [e, e] and its bias
}

void MultiHeadAttention::build(const std::vector<Shape>& inputs)
{
    outputShape(inputs);
    m_steps = inputs[0][0];
    m_dim = inputs[0][1];
    const int e = m_dim;
    for (auto [p, shape] : { std::pair{ &m_inWeight, Shape{ 3 * e, e } }, { &m_inBias, Shape{ 3 * e } },
             { &m_outWeight, Shape{ e, e } }, { &m_outBias, Shape{ e } } }) {
        p->value.resize(shape);
        p->value.setZero();
        p->grad.resize(shape);
        p->grad.setZero();
    }
}

void MultiHeadAttention::initialize(Rng& rng)
{
    // As nn.MultiheadAttention._reset_parameters: Xavier-uniform in_proj, zero
    // biases, and out_proj as nn.Linear's default (uniform in +-1/sqrt(E)).
    initializeWeights(m_inWeight.value, WeightInit::XavierUniform, m_dim, 3 * m_dim, rng);
    m_inBias.value.setZero();
    const float k = 1.0f / std::sqrt(static_cast<float>(m_dim));
    for (std::size_t i = 0; i < m_outWeight.value.size(); ++i)
        m_outWeight.value[i] = rng.uniform(-k, k);
    m_outBias.value.setZero();
    m_key = rng.nextU64();
}

std::vector<Parameter*> MultiHeadAttention::parameters()
{
    return { &m_inWeight, &m_inBias, &m_outWeight, &m_outBias };
}

std::uint64_t MultiHeadAttention::stepKey(std::uint64_t step) const
{
    return m_key ^ splitMix64(step ^ 0x6A09E667F3BCC909ull);
}

void MultiHeadAttention::attendSample(int n, bool dropping, std::uint64_t key)
{
    const int t = m_steps;
    const int d = m_dim / m_heads;
    const int stride = 3 * m_dim;
    const float scale = 1.0f / std::sqrt(static_cast<float>(d));
    const float keep = 1.0f / (1.0f - m_dropout);
    const float* qkv = m_qkv.data() + static_cast<std::size_t>(n) * t * stride;
    for (int h = 0; h < m_heads; ++h) {
        const Block q(qkv + h * d, t, d, Eigen::OuterStride<>(stride));
        const Block k(qkv + m_dim + h * d, t, d, Eigen::OuterStride<>(stride));
        const Block v(qkv + 2 * m_dim + h * d, t, d, Eigen::OuterStride<>(stride));
        const std::size_t plane = (static_cast<std::size_t>(n) * m_heads + h) * t * t;
        MatrixMap a(m_attention.data() + plane, t, t);
        a.noalias() = (q * k.transpose()) * scale;
        for (int i = 0; i < t; ++i) {
            const int visible = m_causal ? i + 1 : t;
            const float top = a.row(i).head(visible).maxCoeff();
            float sum = 0.0f;
            for (int j = 0; j < visible; ++j)
                sum += a(i, j) = std::exp(a(i, j) - top);
            for (int j = 0; j < visible; ++j)
                a(i, j) /= sum;
            for (int j = visible; j < t; ++j)
                a(i, j) = 0.0f;
        }
        MutableBlock o(m_context.data() + static_cast<std::size_t>(n) * t * m_dim + h * d, t, d, Eigen::OuterStride<>(m_dim));
        if (!dropping) {
            o.noalias() = a * v;
            continue;
        }
        MatrixMap dropped(m_dropped.data() + plane, t, t);
        for (int i = 0; i < t; ++i)
            for (int j = 0; j < t; ++j)
                dropped(i, j) = hashUniform(key, plane + static_cast<std::size_t>(i) * t + j) >= m_dropout ? a(i, j) * keep : 0.0f;
        o.noalias() = dropped * v;
    }
}

void MultiHeadAttention::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    const int rows = batch * m_steps;
    const bool dropping = ctx.training && m_dropout > 0.0f;
    const std::uint64_t key = stepKey(ctx.step);
    m_qkv.resize({ rows, 3 * m_dim });
    m_attention.resize({ batch, m_heads, m_steps, m_steps });
    if (dropping)
        m_dropped.resize(m_attention.shape());
    m_context.resize({ rows, m_dim });
    project(*ctx.pool, x.data(), rows, m_dim, m_inWeight.value, m_inBias.value, m_qkv.data(), 3 * m_dim);
    const int parts = partsFor(static_cast<std::size_t>(batch), kSampleGrain);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(static_cast<std::size_t>(batch), parts, part);
        for (std::size_t n = r.begin; n < r.end; ++n)
            attendSample(static_cast<int>(n), dropping, key);
    });
    out.resize(x.shape());
    project(*ctx.pool, m_context.data(), rows, m_dim, m_outWeight.value, m_outBias.value, out.data(), m_dim);
}

void MultiHeadAttention::attendSampleBackward(
    int n, const Tensor& contextGrad, bool dropping, std::uint64_t key, RowMatrix& dA, RowMatrix& dS)
{
    const int t = m_steps;
    const int d = m_dim / m_heads;
    const int stride = 3 * m_dim;
    const float scale = 1.0f / std::sqrt(static_cast<float>(d));
    const float keep = 1.0f / (1.0f - m_dropout);
    const float* qkv = m_qkv.data() + static_cast<std::size_t>(n) * t * stride;
    float* dqkv = m_qkvGrad.data() + static_cast<std::size_t>(n) * t * stride;
    dA.resize(t, t);
    dS.resize(t, t);
    for (int h = 0; h < m_heads; ++h) {
        const Block q(qkv + h * d, t, d, Eigen::OuterStride<>(stride));
        const Block k(qkv + m_dim + h * d, t, d, Eigen::OuterStride<>(stride));
        const Block v(qkv + 2 * m_dim + h * d, t, d, Eigen::OuterStride<>(stride));
        const Block dO(contextGrad.data() + static_cast<std::size_t>(n) * t * m_dim + h * d, t, d, Eigen::OuterStride<>(m_dim));
        MutableBlock dq(dqkv + h * d, t, d, Eigen::OuterStride<>(stride));
        MutableBlock dk(dqkv + m_dim + h * d, t, d, Eigen::OuterStride<>(stride));
        MutableBlock dv(dqkv + 2 * m_dim + h * d, t, d, Eigen::OuterStride<>(stride));
        const std::size_t plane = (static_cast<std::size_t>(n) * m_heads + h) * t * t;
        const ConstMatrixMap a(m_attention.data() + plane, t, t);
        const ConstMatrixMap used(dropping ? m_dropped.data() + plane : m_attention.data() + plane, t, t);
        dv.noalias() = used.transpose() * dO;
        dA.noalias() = dO * v.transpose();
        if (dropping)
            for (int i = 0; i < t; ++i)
                for (int j = 0; j < t; ++j)
                    dA(i, j) = hashUniform(key, plane + static_cast<std::size_t>(i) * t + j) >= m_dropout ? dA(i, j) * keep : 0.0f;
        // Softmax backward per row: dS = A (dA - sum_j dA A); masked entries have A = 0.
        for (int i = 0; i < t; ++i) {
            const float dot = a.row(i).dot(dA.row(i));
            dS.row(i) = (a.row(i).array() * (dA.row(i).array() - dot)).matrix() * scale;
        }
        dq.noalias() = dS * k;
        dk.noalias() = dS.transpose() * q;
    }
}

void MultiHeadAttention::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    const int rows = batch * m_steps;
    const bool dropping = ctx.training && m_dropout > 0.0f;
    const std::uint64_t key = stepKey(ctx.step);
    m_contextGrad.resize({ rows, m_dim });
    inputGradient(*ctx.pool, outGrad, m_outWeight.value, rows, m_dim, m_dim, m_contextGrad.data());
    if (ctx.parameterGradients)
        weightGradients(*ctx.pool, outGrad, m_context, rows, m_dim, m_dim, m_outWeight.grad, m_outBias.grad);

    m_qkvGrad.resize({ rows, 3 * m_dim });
    const int parts = partsFor(static_cast<std::size_t>(batch), kSampleGrain);
    ctx.pool->parallelFor(parts, [&](int part) {
        const Range r = splitRange(static_cast<std::size_t>(batch), parts, part);
        RowMatrix dA;
        RowMatrix dS;
        for (std::size_t n = r.begin; n < r.end; ++n)
            attendSampleBackward(static_cast<int>(n), m_contextGrad, dropping, key, dA, dS);
    });
    if (ctx.parameterGradients)
        weightGradients(*ctx.pool, m_qkvGrad, x, rows, m_dim, 3 * m_dim, m_inWeight.grad, m_inBias.grad);
    if (Tensor* dx = inputGrads[0]) {
        dx->resize(x.shape());
        inputGradient(*ctx.pool, m_qkvGrad, m_inWeight.value, rows, m_dim, 3 * m_dim, dx->data());
    }
}

} // namespace nw
