#include "ConvTranspose2D.h"

#include "../EngineError.h"
#include "../Partition.h"
#include "../ThreadPool.h"

#include <algorithm>
#include <utility>

namespace nw {

namespace {

// Multiply-adds a part should do at least, so tiny layers do not pay for many parts.
constexpr std::size_t kMinPartMacs = 64 * 1024;

} // namespace

ConvTranspose2D::ConvTranspose2D(
    int outChannels, int kernelSize, int stride, int padding, int outputPadding, bool useBias, WeightInit init)
    : m_outChannels(outChannels)
    , m_kernel(kernelSize)
    , m_stride(stride)
    , m_padding(padding)
    , m_outputPadding(outputPadding)
    , m_useBias(useBias)
    , m_init(init)
{
    if (outChannels <= 0)
        throw ShapeError(
            "ConvTranspose2D needs at least one output channel, got " + std::to_string(outChannels));
    if (kernelSize <= 0)
        throw ShapeError("ConvTranspose2D needs a kernel of at least 1, got " + std::to_string(kernelSize));
    if (stride <= 0)
        throw ShapeError("ConvTranspose2D needs a stride of at least 1, got " + std::to_string(stride));
    if (padding < 0)
        throw ShapeError("ConvTranspose2D padding cannot be negative, got " + std::to_string(padding));
    // As in PyTorch: a larger output_padding would add rows no input pixel reaches.
    if (outputPadding < 0 || outputPadding >= stride)
        throw ShapeError("ConvTranspose2D output_padding must be at least 0 and smaller than the stride "
            + std::to_string(stride) + ", got " + std::to_string(outputPadding));
}

int ConvTranspose2D::outputSize(int input) const
{
    return (input - 1) * m_stride - 2 * m_padding + m_kernel + m_outputPadding;
}

Shape ConvTranspose2D::outputShape(const std::vector<Shape>& inputs) const
{
    const ImageShape in = imageInput(inputs.at(0));
    const int outH = outputSize(in.height);
    const int outW = outputSize(in.width);
    if (outH <= 0 || outW <= 0)
        throw ShapeError("padding " + std::to_string(m_padding) + " crops away the whole " + std::to_string(outH
            + 2 * m_padding) + "x" + std::to_string(outW + 2 * m_padding)
            + " output: use less padding, a larger kernel or stride, or a larger input");
    return { m_outChannels, outH, outW };
}

std::size_t ConvTranspose2D::plannedParameterValues(const std::vector<Shape>& inputs) const
{
    const auto out = static_cast<std::size_t>(m_outChannels);
    const auto kernel = static_cast<std::size_t>(m_kernel);
    return static_cast<std::size_t>(imageInput(inputs[0]).channels) * out * kernel * kernel + (m_useBias ? out : 0);
}

void ConvTranspose2D::build(const std::vector<Shape>& inputs)
{
    const Shape out = outputShape(inputs);
    m_in = imageInput(inputs[0]);
    m_outH = out[1];
    m_outW = out[2];
    // Every tap lands in [0, (in-1)*stride + k); the cropped output reaches
    // out + padding, which output_padding may push past that.
    m_canvasH = std::max((m_in.height - 1) * m_stride + m_kernel, m_outH + m_padding);
    m_canvasW = std::max((m_in.width - 1) * m_stride + m_kernel, m_outW + m_padding);
    const Shape weightShape { m_in.channels, m_outChannels, m_kernel, m_kernel };
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
}

void ConvTranspose2D::initialize(Rng& rng)
{
    // An output pixel sums about inC * (k / stride)^2 taps, not inC * k^2: with the
    // true fan-in, He keeps the decoder's activations at the scale of its input.
    const int area = m_kernel * m_kernel;
    const int strideArea = m_stride * m_stride;
    const int fanIn = std::max(1, m_in.channels * area / strideArea);
    const int fanOut = std::max(1, m_outChannels * area / strideArea);
    initializeWeights(m_weight.value, m_init, fanIn, fanOut, rng);
    if (m_useBias)
        m_bias.value.setZero();
}

int ConvTranspose2D::partsForBatch(int batch) const
{
    const std::size_t macsPerSample = static_cast<std::size_t>(m_in.channels) * rows() * m_in.planeSize();
    const std::size_t grain = std::max<std::size_t>(1, kMinPartMacs / std::max<std::size_t>(1, macsPerSample));
    return partsFor(static_cast<std::size_t>(batch), grain);
}

ConvTranspose2D::Scratch& ConvTranspose2D::scratch(int part)
{
    return m_scratch[static_cast<std::size_t>(part)];
}

void ConvTranspose2D::scatter(Scratch& s) const
{
    const int plane = m_in.planeSize();
    const std::size_t canvasPlane = static_cast<std::size_t>(m_canvasH) * m_canvasW;
    s.canvas.resize({ m_outChannels, m_canvasH, m_canvasW });
    s.canvas.setZero();
    // Taps in a fixed order, so each output pixel's sum is formed the same way always.
    for (int oc = 0; oc < m_outChannels; ++oc) {
        for (int kh = 0; kh < m_kernel; ++kh) {
            for (int kw = 0; kw < m_kernel; ++kw) {
                const int row = (oc * m_kernel + kh) * m_kernel + kw;
                const float* from = s.cols.data() + static_cast<std::size_t>(row) * plane;
                float* to = s.canvas.data() + oc * canvasPlane + static_cast<std::size_t>(kh) * m_canvasW + kw;
                for (int ih = 0; ih < m_in.height; ++ih) {
                    float* line = to + static_cast<std::size_t>(ih) * m_stride * m_canvasW;
                    const float* src = from + static_cast<std::size_t>(ih) * m_in.width;
                    for (int iw = 0; iw < m_in.width; ++iw)
                        line[iw * m_stride] += src[iw];
                }
            }
        }
    }
}

void ConvTranspose2D::gather(Scratch& s) const
{
    const int plane = m_in.planeSize();
    const std::size_t canvasPlane = static_cast<std::size_t>(m_canvasH) * m_canvasW;
    s.cols.resize({ rows(), plane });
    for (int oc = 0; oc < m_outChannels; ++oc) {
        for (int kh = 0; kh < m_kernel; ++kh) {
            for (int kw = 0; kw < m_kernel; ++kw) {
                const int row = (oc * m_kernel + kh) * m_kernel + kw;
                float* to = s.cols.data() + static_cast<std::size_t>(row) * plane;
                const float* from
                    = s.canvas.data() + oc * canvasPlane + static_cast<std::size_t>(kh) * m_canvasW + kw;
                for (int ih = 0; ih < m_in.height; ++ih) {
                    const float* line = from + static_cast<std::size_t>(ih) * m_stride * m_canvasW;
                    float* dst = to + static_cast<std::size_t>(ih) * m_in.width;
                    for (int iw = 0; iw < m_in.width; ++iw)
                        dst[iw] = line[iw * m_stride];
                }
            }
        }
    }
}

void ConvTranspose2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    out.resize({ batch, m_outChannels, m_outH, m_outW });
    const int parts = partsForBatch(batch);
    if (m_scratch.size() < static_cast<std::size_t>(parts))
        m_scratch.resize(static_cast<std::size_t>(parts));
    const int plane = m_in.planeSize();
    const std::size_t outPlane = static_cast<std::size_t>(m_outH) * m_outW;
    const std::size_t canvasPlane = static_cast<std::size_t>(m_canvasH) * m_canvasW;
    // Stored [inC, outC*k*k]: W^T maps a pixel's channels to its stamp.
    const ConstMatrixMap w = std::as_const(m_weight.value).matrix(m_in.channels, rows());
    const float* bias = m_useBias ? m_bias.value.data() : nullptr;

    ctx.pool->parallelFor(parts, [&](int part) {
        Scratch& s = scratch(part);
        const Range r = splitRange(static_cast<std::size_t>(batch), parts, part);
        for (std::size_t n = r.begin; n < r.end; ++n) {
            const ConstMatrixMap xn(x.data() + n * static_cast<std::size_t>(m_in.size()), m_in.channels, plane);
            s.cols.resize({ rows(), plane });
            s.cols.matrix(rows(), plane).noalias() = w.transpose() * xn;
            scatter(s);
            for (int oc = 0; oc < m_outChannels; ++oc) {
                const float* src = s.canvas.data() + oc * canvasPlane
                    + static_cast<std::size_t>(m_padding) * m_canvasW + m_padding;
                float* dst = out.data() + (n * m_outChannels + oc) * outPlane;
                const float b = bias ? bias[oc] : 0.0f;
                for (int oh = 0; oh < m_outH; ++oh)
                    for (int ow = 0; ow < m_outW; ++ow)
                        dst[static_cast<std::size_t>(oh) * m_outW + ow]
                            = src[static_cast<std::size_t>(oh) * m_canvasW + ow] + b;
            }
        }
    });
}

void ConvTranspose2D::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    const int batch = x.dim(0);
    const int parts = partsForBatch(batch);
    if (m_scratch.size() < static_cast<std::size_t>(parts))
        m_scratch.resize(static_cast<std::size_t>(parts));
    const int plane = m_in.planeSize();
    const int k = rows();
    const std::size_t outPlane = static_cast<std::size_t>(m_outH) * m_outW;
    const std::size_t canvasPlane = static_cast<std::size_t>(m_canvasH) * m_canvasW;
    const ConstMatrixMap w = std::as_const(m_weight.value).matrix(m_in.channels, k);
    Tensor* dxTensor = inputGrads[0];
    if (dxTensor)
        dxTensor->resize(x.shape());

    ctx.pool->parallelFor(parts, [&](int part) {
        Scratch& s = scratch(part);
        s.weightGrad.resize({ m_in.channels, k });
        s.weightGrad.setZero();
        s.biasGrad.resize({ m_outChannels });
        s.biasGrad.setZero();
        MatrixMap dw = s.weightGrad.matrix(m_in.channels, k);
        const Range r = splitRange(static_cast<std::size_t>(batch), parts, part);
        for (std::size_t n = r.begin; n < r.end; ++n) {
            // dY placed back on the canvas (zero where padding cropped), then every
            // tap reads the pixels it wrote in forward.
            s.canvas.resize({ m_outChannels, m_canvasH, m_canvasW });
            s.canvas.setZero();
            for (int oc = 0; oc < m_outChannels; ++oc) {
                const float* src = outGrad.data() + (n * m_outChannels + oc) * outPlane;
                float* dst = s.canvas.data() + oc * canvasPlane + static_cast<std::size_t>(m_padding) * m_canvasW
                    + m_padding;
                double sum = 0.0;
                for (int oh = 0; oh < m_outH; ++oh)
                    for (int ow = 0; ow < m_outW; ++ow) {
                        const float g = src[static_cast<std::size_t>(oh) * m_outW + ow];
                        dst[static_cast<std::size_t>(oh) * m_canvasW + ow] = g;
                        sum += g;
                    }
                s.biasGrad[static_cast<std::size_t>(oc)] += static_cast<float>(sum);
            }
            gather(s);
            const ConstMatrixMap dcols = std::as_const(s.cols).matrix(k, plane);
            const ConstMatrixMap xn(x.data() + n * static_cast<std::size_t>(m_in.size()), m_in.channels, plane);
            if (ctx.parameterGradients)
                dw.noalias() += xn * dcols.transpose();
            if (dxTensor) {
                MatrixMap dxn(dxTensor->data() + n * static_cast<std::size_t>(m_in.size()), m_in.channels, plane);
                dxn.noalias() = w * dcols;
            }
        }
    });

    if (!ctx.parameterGradients)
        return;
    // Partials are added in part order, never in completion order.
    MatrixMap dw = m_weight.grad.matrix(m_in.channels, k);
    dw = std::as_const(m_scratch[0].weightGrad).matrix(m_in.channels, k);
    for (int part = 1; part < parts; ++part)
        dw += std::as_const(scratch(part).weightGrad).matrix(m_in.channels, k);
    if (m_useBias) {
        VectorMap db(m_bias.grad.data(), m_outChannels);
        db = ConstVectorMap(m_scratch[0].biasGrad.data(), m_outChannels);
        for (int part = 1; part < parts; ++part)
            db += ConstVectorMap(scratch(part).biasGrad.data(), m_outChannels);
    }
}

std::vector<Parameter*> ConvTranspose2D::parameters()
{
    if (m_useBias)
        return { &m_weight, &m_bias };
    return { &m_weight };
}

} // namespace nw
