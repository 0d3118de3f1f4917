#include "Conv2D.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../ThreadPool.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace nw {

namespace {

// Floats of im2col columns one chunk may hold: ~256 KB, so a chunk's columns stay
// in L2 between being written and being read by the GEMM.
constexpr std::size_t kColumnBudget = 64 * 1024;
// Multiply-adds a part should do at least, so tiny layers do not pay for many parts.
constexpr std::size_t kMinPartMacs = 64 * 1024;
// The deepest im2col (inC*k*k rows) that still runs on the direct kernels: up to
// here a GEMM spends more on copying and packing than on multiplying.
constexpr int kDirectMaxRows = 128;
// The direct kernels hold one sample's whole output grid (and its gradient) per part;
// layers whose grids are larger than this (big images, many channels) use im2col in
// chunks instead, so scratch memory stays bounded.
constexpr std::size_t kDirectMaxGridFloats = 256 * 1024;

// Views of a window of rows inside a wider image (rows `OuterStride` apart), and of
// every stride-th pixel of every stride-th row.
using StridedMap = Eigen::Map<RowMatrix, 0, Eigen::OuterStride<>>;
using ConstStridedMap = Eigen::Map<const RowMatrix, 0, Eigen::OuterStride<>>;
using SteppedStride = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;
using SteppedMap = Eigen::Map<RowMatrix, 0, SteppedStride>;
using ConstSteppedMap = Eigen::Map<const RowMatrix, 0, SteppedStride>;

} // namespace

Conv2D::Conv2D(int outChannels, int kernelSize, int stride, int padding, bool useBias, WeightInit init)
    : m_outChannels(outChannels)
    , m_kernel(kernelSize)
    , m_stride(stride)
    , m_padding(padding)
    , m_useBias(useBias)
    , m_init(init)
{
    if (outChannels <= 0)
        throw ShapeError("Conv2D needs at least one output channel, got " + std::to_string(outChannels));
    if (kernelSize <= 0)
        throw ShapeError("Conv2D needs a kernel of at least 1, got " + std::to_string(kernelSize));
    if (stride <= 0)
        throw ShapeError("Conv2D needs a stride of at least 1, got " + std::to_string(stride));
    if (padding < 0)
        throw ShapeError("Conv2D padding cannot be negative, got " + std::to_string(padding));
}

Shape Conv2D::outputShape(const std::vector<Shape>& inputs) const
{
    const ImageShape in = imageInput(inputs.at(0));
    const int outH = slidingOutputSize(in, in.height, m_kernel, m_stride, m_padding);
    const int outW = slidingOutputSize(in, in.width, m_kernel, m_stride, m_padding);
    return { m_outChannels, outH, outW };
}

std::size_t Conv2D::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    const auto out = static_cast<std::size_t>(m_outChannels);
    const auto kernel = static_cast<std::size_t>(m_kernel);
    return out * static_cast<std::size_t>(imageInput(inputs[0]).channels) * kernel * kernel + (m_useBias ? out : 0);
}

void Conv2D::build(const std::vector<Shape>& inputs)
{
    const Shape out = outputShape(inputs);
    m_in = imageInput(inputs[0]);
    m_outH = out[1];
    m_outW = out[2];
    const Shape weightShape { m_outChannels, m_in.channels, m_kernel, m_kernel };
    m_weight.value.resize(weightShape);
    m_weight.value.setZero();
    m_weight.grad.resize(weightShape);
    m_weight.grad.setZero();
    if (m_useBias) {
        m_bias.value.resize({ m_outChannels });
        m_bias.value.setZero();
        m_bias.grad.resize({ m_outChannels });
        m_bias.grad.setZero();
    }
    m_direct.reset();
    const std::size_t gridFloats
        = static_cast<std::size_t>(std::max(m_outChannels, m_in.channels)) * (paddedPlane() + 2 * paddedWidth() * m_kernel);
    if (m_stride == 1 && rows() <= kDirectMaxRows && gridFloats <= kDirectMaxGridFloats)
        m_direct.emplace(m_kernel, gridWidth());
}

void Conv2D::initialize(Rng& rng)
{
    const int area = m_kernel * m_kernel;
    initializeWeights(m_weight.value, m_init, m_in.channels * area, m_outChannels * area, rng);
    if (m_useBias)
        m_bias.value.setZero();
}

int Conv2D::partsForBatch(int batch) const
{
    const std::size_t macsPerSample = static_cast<std::size_t>(m_outChannels) * rows() * outPlane();
    const std::size_t grain = std::max<std::size_t>(1, kMinPartMacs / std::max<std::size_t>(1, macsPerSample));
    return partsFor(static_cast<std::size_t>(batch), grain);
}

int Conv2D::chunkSamples() const
{
    // At least one sample, however large: a single huge image is still one chunk.
    const std::size_t perSample = static_cast<std::size_t>(rows()) * gridPlane();
    return static_cast<int>(std::max<std::size_t>(1, kColumnBudget / std::max<std::size_t>(1, perSample)));
}

Conv2D::Scratch& Conv2D::scratch(int part)
{
    return m_scratch[static_cast<std::size_t>(part)];
}

// Copies one sample into the interior of the zero-bordered buffer. The border, and
// slack past the last plane for reads that run over (an im2col run, a direct
// kernel's last block), are zeroed once, when the buffer is first sized.
void Conv2D::padSample(const float* image, Scratch& s) const
{
    const int paddedW = paddedWidth();
    const std::size_t paddedPlane = this->paddedPlane();
    const std::size_t slack = static_cast<std::size_t>(DirectConvolution::blockLength() + (m_kernel + 1) * paddedW);
    const Shape paddedShape { static_cast<int>(m_in.channels * paddedPlane + slack) };
    if (s.padded.shape() != paddedShape) {
        s.padded.resize(paddedShape);
        s.padded.setZero();
    }
    for (int c = 0; c < m_in.channels; ++c) {
        float* interior = s.padded.data() + c * paddedPlane + m_padding * paddedW + m_padding;
        StridedMap(interior, m_in.height, m_in.width, Eigen::OuterStride<>(paddedW))
            = ConstMatrixMap(image + static_cast<std::size_t>(c) * m_in.planeSize(), m_in.height, m_in.width);
    }
}

void Conv2D::im2col(const float* x, int samples, Scratch& s) const
{
    const int plane = gridPlane();
    const int width = samples * plane;
    const int paddedW = paddedWidth();
    const std::size_t paddedPlane = this->paddedPlane();
    s.cols.resize({ rows(), width });
    for (int n = 0; n < samples; ++n) {
        // The sample goes into a zero-bordered buffer first, so no tap needs a bounds
        // test: with stride 1 a tap's im2col row is one contiguous run of the buffer.
        const float* image = x + static_cast<std::size_t>(n) * m_in.size();
        if (m_padding > 0 || m_stride == 1) {
            padSample(image, s);
            image = s.padded.data();
        }
        for (int c = 0; c < m_in.channels; ++c) {
            for (int kh = 0; kh < m_kernel; ++kh) {
                for (int kw = 0; kw < m_kernel; ++kw) {
                    const int row = (c * m_kernel + kh) * m_kernel + kw;
                    const float* from = image + c * paddedPlane + kh * paddedW + kw;
                    float* to
                        = s.cols.data() + static_cast<std::size_t>(row) * width + static_cast<std::size_t>(n) * plane;
                    if (m_stride == 1)
                        std::memcpy(to, from, sizeof(float) * static_cast<std::size_t>(plane));
                    else
                        MatrixMap(to, m_outH, m_outW)
                            = ConstSteppedMap(from, m_outH, m_outW, SteppedStride(m_stride * paddedW, m_stride));
                }
            }
        }
    }
}

void Conv2D::col2im(int samples, Scratch& s, float* dx) const
{
    const int plane = gridPlane();
    const int width = samples * plane;
    const int paddedW = paddedWidth();
    const std::size_t paddedPlane = this->paddedPlane();
    const bool viaBuffer = m_padding > 0 || m_stride == 1;
    s.paddedGrad.resize({ static_cast<int>(m_in.channels * paddedPlane) + m_kernel });
    // Sample by sample, taps in a fixed order: each input gradient is summed the same
    // way whatever the chunking. Sums land in the padded buffer, whose border (the
    // gradient of padding) is dropped. The dropped grid columns carry exact zeros
    // (their dY was zeroed), so their runs add nothing.
    for (int n = 0; n < samples; ++n) {
        float* sampleGrad = dx + static_cast<std::size_t>(n) * m_in.size();
        float* target = viaBuffer ? s.paddedGrad.data() : sampleGrad;
        std::fill(target, target + (viaBuffer ? s.paddedGrad.size() : static_cast<std::size_t>(m_in.size())), 0.0f);
        for (int c = 0; c < m_in.channels; ++c) {
            for (int kh = 0; kh < m_kernel; ++kh) {
                for (int kw = 0; kw < m_kernel; ++kw) {
                    const int row = (c * m_kernel + kh) * m_kernel + kw;
                    float* to = target + c * paddedPlane + kh * paddedW + kw;
                    const float* from = s.colGrad.data() + static_cast<std::size_t>(row) * width
                        + static_cast<std::size_t>(n) * plane;
                    if (m_stride == 1)
                        ArrayMap(to, plane) += ConstArrayMap(from, plane);
                    else
                        SteppedMap(to, m_outH, m_outW, SteppedStride(m_stride * paddedW, m_stride))
                            += ConstMatrixMap(from, m_outH, m_outW);
                }
            }
        }
        if (viaBuffer) {
            for (int c = 0; c < m_in.channels; ++c) {
                const float* interior = s.paddedGrad.data() + c * paddedPlane + m_padding * paddedW + m_padding;
                MatrixMap(sampleGrad + static_cast<std::size_t>(c) * m_in.planeSize(), m_in.height, m_in.width)
                    = ConstStridedMap(interior, m_in.height, m_in.width, Eigen::OuterStride<>(paddedW));
            }
        }
    }
}

std::size_t Conv2D::gradGridStride() const
{
    return m_direct->gradientMargin() + DirectConvolution::roundedLength(paddedPlane());
}

void Conv2D::forwardDirect(const float* x, int samples, float* out, Scratch& s) const
{
    const std::size_t paddedPlane = this->paddedPlane();
    const auto grid = static_cast<std::size_t>(gridPlane());
    const std::size_t gridStride = DirectConvolution::roundedLength(grid);
    s.grid.resize({ m_outChannels, static_cast<int>(gridStride) });
    const float* bias = m_useBias ? m_bias.value.data() : nullptr;
    for (int n = 0; n < samples; ++n) {
        padSample(x + static_cast<std::size_t>(n) * m_in.size(), s);
        m_direct->forward(s.padded.data(), paddedPlane, m_in.channels, m_weight.value.data(), bias, s.grid.data(),
            gridStride, m_outChannels, grid);
        // Drop the grid's extra columns: [outC, outH, gridW] -> [outC, outH, outW].
        for (int oc = 0; oc < m_outChannels; ++oc)
            MatrixMap(out + (static_cast<std::size_t>(n) * m_outChannels + oc) * outPlane(), m_outH, m_outW)
                = ConstStridedMap(s.grid.data() + oc * gridStride, m_outH, m_outW, Eigen::OuterStride<>(gridWidth()));
    }
}

// One part's samples. Weight and bias gradients add into the part's partials.
void Conv2D::backwardDirect(
    const float* x, const float* dy, int samples, bool weightGradient, float* dx, Scratch& s) const
{
    const int gridW = gridWidth();
    constexpr auto kLanes = static_cast<std::size_t>(DirectConvolution::lanes());
    const std::size_t paddedPlane = this->paddedPlane(); // stride 1: rows are gridW wide
    // dX is computed for the padded image's interior rows only (the border's gradient
    // is dropped); their last vector may run up to a vector past the rows, which the
    // planes' strides and the buffers' slack leave room for.
    const std::size_t interiorStart = static_cast<std::size_t>(m_padding) * gridW;
    const std::size_t interiorPositions = static_cast<std::size_t>(m_in.height) * gridW;
    const std::size_t paddedStride = DirectConvolution::roundedLength(paddedPlane) + kLanes;
    const auto grid = static_cast<std::size_t>(gridPlane());
    const std::size_t margin = m_direct->gradientMargin();
    const std::size_t stride = gradGridStride();
    // Only the grid's real positions are ever written, so the margins, the extra
    // columns and the tails keep the zeros they get here, when the buffer is sized.
    const Shape gradShape { static_cast<int>(static_cast<std::size_t>(m_outChannels) * stride + kLanes) };
    if (s.gridGrad.shape() != gradShape) {
        s.gridGrad.resize(gradShape);
        s.gridGrad.setZero();
    }
    if (dx)
        s.paddedGrad.resize({ static_cast<int>(static_cast<std::size_t>(m_in.channels) * paddedStride) });
    const auto weights = static_cast<std::size_t>(m_weight.value.size());
    if (weightGradient) {
        s.weightGradLanes.resize({ static_cast<int>((weights + static_cast<std::size_t>(m_outChannels)) * kLanes) });
        s.weightGradLanes.setZero();
    }
    float* dwLanes = s.weightGradLanes.data();
    float* dbLanes = dwLanes + weights * kLanes;
    for (int n = 0; n < samples; ++n) {
        for (int oc = 0; oc < m_outChannels; ++oc) {
            const float* src = dy + (static_cast<std::size_t>(n) * m_outChannels + oc) * outPlane();
            StridedMap(s.gridGrad.data() + oc * stride + margin, m_outH, m_outW, Eigen::OuterStride<>(gridW))
                = ConstMatrixMap(src, m_outH, m_outW);
        }
        if (weightGradient) {
            padSample(x + static_cast<std::size_t>(n) * m_in.size(), s);
            m_direct->accumulateWeightGradient(s.gridGrad.data() + margin, stride, m_outChannels, s.padded.data(),
                paddedPlane, m_in.channels, grid, dwLanes);
            if (m_useBias)
                DirectConvolution::accumulateBiasGradient(
                    s.gridGrad.data() + margin, stride, m_outChannels, grid, dbLanes);
        }
        if (dx) {
            m_direct->inputGradient(s.gridGrad.data() + interiorStart, stride, m_outChannels, m_weight.value.data(),
                s.paddedGrad.data() + interiorStart, paddedStride, m_in.channels, interiorPositions);
            // The gradient of the padding is dropped.
            for (int c = 0; c < m_in.channels; ++c)
                MatrixMap(dx + (static_cast<std::size_t>(n) * m_in.channels + c) * m_in.planeSize(), m_in.height,
                    m_in.width)
                    = ConstStridedMap(s.paddedGrad.data() + c * paddedStride + m_padding * gridW + m_padding,
                        m_in.height, m_in.width, Eigen::OuterStride<>(gridW));
        }
    }
    if (weightGradient) {
        DirectConvolution::addLanes(dwLanes, weights, s.weightGrad.data());
        if (m_useBias)
            DirectConvolution::addLanes(dbLanes, static_cast<std::size_t>(m_outChannels), s.biasGrad.data());
    }
}

void Conv2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    out.resize({ batch, m_outChannels, m_outH, m_outW });
    const int parts = partsForBatch(batch);
    if (m_scratch.size() < static_cast<std::size_t>(parts))
        m_scratch.resize(static_cast<std::size_t>(parts));
    const int chunk = chunkSamples();
    const int plane = outPlane();
    const int grid = gridPlane();
    const int gridW = gridWidth();
    const ConstMatrixMap w = std::as_const(m_weight.value).matrix(m_outChannels, rows());
    const float* bias = m_useBias ? m_bias.value.data() : nullptr;

    ctx.pool->parallelFor(parts, [&](int part) {
        Scratch& s = scratch(part);
        const Range r = splitRange(static_cast<std::size_t>(batch), parts, part);
        if (m_direct) {
            forwardDirect(x.data() + r.begin * static_cast<std::size_t>(m_in.size()), static_cast<int>(r.size()),
                out.data() + r.begin * static_cast<std::size_t>(m_outChannels) * plane, s);
            return;
        }
        for (std::size_t first = r.begin; first < r.end; first += static_cast<std::size_t>(chunk)) {
            const int n = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(chunk), r.end - first));
            const int width = n * grid;
            im2col(x.data() + first * static_cast<std::size_t>(m_in.size()), n, s);
            s.product.resize({ m_outChannels, width });
            s.product.matrix(m_outChannels, width).noalias() = w * std::as_const(s.cols).matrix(rows(), width);
            // The GEMM result is [outC, sample, row, grid column]; the output wants
            // [sample, outC, row, column] without the extra grid columns.
            for (int i = 0; i < n; ++i) {
                for (int oc = 0; oc < m_outChannels; ++oc) {
                    const float* src
                        = s.product.data() + static_cast<std::size_t>(oc) * width + static_cast<std::size_t>(i) * grid;
                    float* dst = out.data() + ((first + i) * m_outChannels + oc) * plane;
                    const float b = bias ? bias[oc] : 0.0f;
                    MatrixMap(dst, m_outH, m_outW)
                        = (ConstStridedMap(src, m_outH, m_outW, Eigen::OuterStride<>(gridW)).array() + b).matrix();
                }
            }
        }
    });
}

void Conv2D::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    const int parts = partsForBatch(batch);
    if (m_scratch.size() < static_cast<std::size_t>(parts))
        m_scratch.resize(static_cast<std::size_t>(parts));
    const int chunk = chunkSamples();
    const int plane = outPlane();
    const int grid = gridPlane();
    const int gridW = gridWidth();
    const int k = rows();
    const ConstMatrixMap w = std::as_const(m_weight.value).matrix(m_outChannels, k);
    Tensor* dxTensor = inputGrads[0];
    if (dxTensor)
        dxTensor->resize(x.shape());

    ctx.pool->parallelFor(parts, [&](int part) {
        Scratch& s = scratch(part);
        s.weightGrad.resize({ m_outChannels, k });
        s.weightGrad.setZero();
        s.biasGrad.resize({ m_outChannels });
        s.biasGrad.setZero();
        MatrixMap dw = s.weightGrad.matrix(m_outChannels, k);
        VectorMap db(s.biasGrad.data(), m_outChannels);
        const Range r = splitRange(static_cast<std::size_t>(batch), parts, part);
        if (m_direct) {
            backwardDirect(x.data() + r.begin * static_cast<std::size_t>(m_in.size()),
                outGrad.data() + r.begin * static_cast<std::size_t>(m_outChannels) * plane, static_cast<int>(r.size()),
                ctx.parameterGradients, dxTensor ? dxTensor->data() + r.begin * static_cast<std::size_t>(m_in.size()) : nullptr,
                s);
            return;
        }
        for (std::size_t first = r.begin; first < r.end; first += static_cast<std::size_t>(chunk)) {
            const int n = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(chunk), r.end - first));
            const int width = n * grid;
            // Recomputing the columns here (instead of keeping the whole batch's from
            // forward) keeps them hot in cache and leaves no stale state between calls.
            // Only the weight gradient reads them.
            if (ctx.parameterGradients)
                im2col(x.data() + first * static_cast<std::size_t>(m_in.size()), n, s);
            // dY laid out like the forward GEMM result, zero in the extra grid columns
            // so they add nothing to dW, db or dX.
            s.product.resize({ m_outChannels, width });
            for (int i = 0; i < n; ++i) {
                for (int oc = 0; oc < m_outChannels; ++oc) {
                    const float* src = outGrad.data() + ((first + i) * m_outChannels + oc) * plane;
                    float* dst
                        = s.product.data() + static_cast<std::size_t>(oc) * width + static_cast<std::size_t>(i) * grid;
                    if (gridW == m_outW) {
                        std::memcpy(dst, src, sizeof(float) * static_cast<std::size_t>(plane));
                        continue;
                    }
                    for (int oh = 0; oh < m_outH; ++oh, dst += gridW, src += m_outW) {
                        for (int ow = 0; ow < m_outW; ++ow)
                            dst[ow] = src[ow];
                        for (int ow = m_outW; ow < gridW; ++ow)
                            dst[ow] = 0.0f;
                    }
                }
            }
            const ConstMatrixMap dy = std::as_const(s.product).matrix(m_outChannels, width);
            if (ctx.parameterGradients) {
                dw.noalias() += dy * std::as_const(s.cols).matrix(k, width).transpose();
                if (m_useBias)
                    db += dy.rowwise().sum();
            }
            if (dxTensor) {
                s.colGrad.resize({ k, width });
                s.colGrad.matrix(k, width).noalias() = w.transpose() * dy;
                col2im(n, s, dxTensor->data() + first * static_cast<std::size_t>(m_in.size()));
            }
        }
    });

    if (!ctx.parameterGradients)
        return;
    // Partials are added in part order, never in completion order.
    MatrixMap dw = m_weight.grad.matrix(m_outChannels, k);
    dw = std::as_const(m_scratch[0].weightGrad).matrix(m_outChannels, k);
    for (int part = 1; part < parts; ++part)
        dw += std::as_const(scratch(part).weightGrad).matrix(m_outChannels, k);
    if (m_useBias) {
        VectorMap db(m_bias.grad.data(), m_outChannels);
        db = ConstVectorMap(m_scratch[0].biasGrad.data(), m_outChannels);
        for (int part = 1; part < parts; ++part)
            db += ConstVectorMap(scratch(part).biasGrad.data(), m_outChannels);
    }
}

std::vector<Parameter*> Conv2D::parameters()
{
    if (m_useBias)
        return { &m_weight, &m_bias };
    return { &m_weight };
}

} // namespace nw
