#include "DirectConvolution.h"

#include "FloatVector.h"

namespace nw {

namespace {

constexpr int kLanes = DirectConvolution::lanes();
static_assert(kLanes == kFloatVectorLanes, "the kernels' lanes are one FloatVector");
using Vec = FloatVector;
constexpr int kVecsPerBlock = DirectConvolution::blockLength() / kLanes;

// Weights of output channel o, input channel c and tap t are at
// w[o * outStep + c * inStep + t]: the forward layout, or its transpose for dX.
struct WeightView {
    const float* w;
    std::size_t outStep;
    std::size_t inStep;
};

// One block of Vecs x 16 positions for `Outs` output channels starting at o0: the
// block's sums stay in registers (Outs x Vecs vectors) over every channel and tap.
template <int Outs, int Vecs>
void convolveBlock(const float* in, std::size_t inStride, int inChannels, WeightView w, int o0,
    const int* offsets, int taps, const float* bias, float* out, std::size_t outStride, std::size_t p0)
{
    Vec acc[Outs][Vecs];
    for (int o = 0; o < Outs; ++o) {
        const float b = bias ? bias[o0 + o] : 0.0f;
        for (int v = 0; v < Vecs; ++v)
            acc[o][v] = Vec {} + b;
    }
    for (int c = 0; c < inChannels; ++c) {
        const float* plane = in + static_cast<std::size_t>(c) * inStride + p0;
        const float* wc = w.w + static_cast<std::size_t>(o0) * w.outStep + static_cast<std::size_t>(c) * w.inStep;
        for (int t = 0; t < taps; ++t) {
            const float* src = plane + offsets[t];
            Vec x[Vecs];
            for (int v = 0; v < Vecs; ++v)
                x[v] = loadFloats(src + v * kLanes);
            for (int o = 0; o < Outs; ++o) {
                const float weight = wc[static_cast<std::size_t>(o) * w.outStep + static_cast<std::size_t>(t)];
                for (int v = 0; v < Vecs; ++v)
                    acc[o][v] += x[v] * weight;
            }
        }
    }
    for (int o = 0; o < Outs; ++o)
        for (int v = 0; v < Vecs; ++v)
            storeFloats(out + static_cast<std::size_t>(o0 + o) * outStride + p0 + v * kLanes, acc[o][v]);
}

template <int Vecs>
void convolveChannels(const float* in, std::size_t inStride, int inChannels, WeightView w, int outChannels,
    const int* offsets, int taps, const float* bias, float* out, std::size_t outStride, std::size_t p0)
{
    constexpr int kOuts = 4;
    int o = 0;
    for (; o + kOuts <= outChannels; o += kOuts)
        convolveBlock<kOuts, Vecs>(in, inStride, inChannels, w, o, offsets, taps, bias, out, outStride, p0);
    for (; o < outChannels; ++o)
        convolveBlock<1, Vecs>(in, inStride, inChannels, w, o, offsets, taps, bias, out, outStride, p0);
}

// Every output channel over `positions` (rounded up to whole vectors): blocks of
// four vectors, then a last block of two and of one, so a 14 x 16 grid computes
// 224 positions rather than 256.
void convolve(const float* in, std::size_t inStride, int inChannels, WeightView w, int outChannels,
    const int* offsets, int taps, const float* bias, float* out, std::size_t outStride, std::size_t positions)
{
    const std::size_t length = DirectConvolution::roundedLength(positions);
    constexpr std::size_t kBlock = DirectConvolution::blockLength();
    std::size_t p0 = 0;
    for (; p0 + kBlock <= length; p0 += kBlock)
        convolveChannels<kVecsPerBlock>(in, inStride, inChannels, w, outChannels, offsets, taps, bias, out, outStride, p0);
    if (p0 + 2 * kLanes <= length) {
        convolveChannels<2>(in, inStride, inChannels, w, outChannels, offsets, taps, bias, out, outStride, p0);
        p0 += 2 * kLanes;
    }
    for (; p0 < length; p0 += kLanes)
        convolveChannels<1>(in, inStride, inChannels, w, outChannels, offsets, taps, bias, out, outStride, p0);
}

// dW lanes for `Outs` output channels from o0, one input channel and `Taps` taps from t0.
template <int Outs, int Taps>
void correlateBlock(const float* dy, std::size_t dyStride, int o0, const float* plane, const int* offsets, int t0,
    std::size_t length, float* dwLanes, std::size_t dwOutStep)
{
    const auto lanesOf = [&](int o, int t) {
        return dwLanes + (static_cast<std::size_t>(o0 + o) * dwOutStep + static_cast<std::size_t>(t0 + t)) * kLanes;
    };
    Vec acc[Outs][Taps];
    for (int o = 0; o < Outs; ++o)
        for (int t = 0; t < Taps; ++t)
            acc[o][t] = loadFloats(lanesOf(o, t));
    for (std::size_t p = 0; p < length; p += kLanes) {
        Vec g[Outs];
        for (int o = 0; o < Outs; ++o)
            g[o] = loadFloats(dy + static_cast<std::size_t>(o0 + o) * dyStride + p);
        for (int t = 0; t < Taps; ++t) {
            const Vec x = loadFloats(plane + p + offsets[t0 + t]);
            for (int o = 0; o < Outs; ++o)
                acc[o][t] += g[o] * x;
        }
    }
    for (int o = 0; o < Outs; ++o)
        for (int t = 0; t < Taps; ++t)
            storeFloats(lanesOf(o, t), acc[o][t]);
}

template <int Outs>
void correlateChannels(const float* dy, std::size_t dyStride, int o0, const float* plane, const int* offsets, int taps,
    std::size_t length, float* dwLanes, std::size_t dwOutStep)
{
    constexpr int kTaps = 3;
    int t = 0;
    for (; t + kTaps <= taps; t += kTaps)
        correlateBlock<Outs, kTaps>(dy, dyStride, o0, plane, offsets, t, length, dwLanes, dwOutStep);
    for (; t < taps; ++t)
        correlateBlock<Outs, 1>(dy, dyStride, o0, plane, offsets, t, length, dwLanes, dwOutStep);
}

} // namespace

DirectConvolution::DirectConvolution(int kernel, int paddedWidth)
    : m_kernel(kernel)
    , m_paddedWidth(paddedWidth)
{
    const int margin = static_cast<int>(gradientMargin());
    for (int kh = 0; kh < kernel; ++kh)
        for (int kw = 0; kw < kernel; ++kw) {
            m_offsets.push_back(kh * paddedWidth + kw);
            m_gradientOffsets.push_back(margin - m_offsets.back());
        }
}

void DirectConvolution::addLanes(const float* lanes, std::size_t values, float* to)
{
    for (std::size_t i = 0; i < values; ++i) {
        const float* l = lanes + i * kLanes;
        float sum = 0.0f;
        for (int j = 0; j < kLanes; ++j)
            sum += l[j];
        to[i] += sum;
    }
}

void DirectConvolution::accumulateBiasGradient(
    const float* dy, std::size_t dyStride, int outChannels, std::size_t positions, float* dbLanes)
{
    const std::size_t length = roundedLength(positions);
    for (int o = 0; o < outChannels; ++o) {
        const float* plane = dy + static_cast<std::size_t>(o) * dyStride;
        Vec acc = loadFloats(dbLanes + static_cast<std::size_t>(o) * kLanes);
        for (std::size_t p = 0; p < length; p += kLanes)
            acc += loadFloats(plane + p);
        storeFloats(dbLanes + static_cast<std::size_t>(o) * kLanes, acc);
    }
}

std::size_t DirectConvolution::roundedLength(std::size_t positions)
{
    constexpr auto lanes = static_cast<std::size_t>(kLanes);
    return (positions + lanes - 1) / lanes * lanes;
}

std::size_t DirectConvolution::gradientMargin() const
{
    return static_cast<std::size_t>((m_kernel - 1) * m_paddedWidth + (m_kernel - 1));
}

void DirectConvolution::forward(const float* in, std::size_t inStride, int inChannels, const float* w,
    const float* bias, float* out, std::size_t outStride, int outChannels, std::size_t positions) const
{
    const int taps = m_kernel * m_kernel;
    const WeightView view { w, static_cast<std::size_t>(inChannels) * taps, static_cast<std::size_t>(taps) };
    convolve(in, inStride, inChannels, view, outChannels, m_offsets.data(), taps, bias, out, outStride, positions);
}

void DirectConvolution::accumulateWeightGradient(const float* dy, std::size_t dyStride, int outChannels,
    const float* in, std::size_t inStride, int inChannels, std::size_t positions, float* dwLanes) const
{
    constexpr int kOuts = 4;
    const int taps = m_kernel * m_kernel;
    const std::size_t length = roundedLength(positions);
    const std::size_t outStep = static_cast<std::size_t>(inChannels) * taps;
    for (int c = 0; c < inChannels; ++c) {
        const float* plane = in + static_cast<std::size_t>(c) * inStride;
        float* dwc = dwLanes + static_cast<std::size_t>(c) * taps * kLanes;
        int o = 0;
        for (; o + kOuts <= outChannels; o += kOuts)
            correlateChannels<kOuts>(dy, dyStride, o, plane, m_offsets.data(), taps, length, dwc, outStep);
        for (; o < outChannels; ++o)
            correlateChannels<1>(dy, dyStride, o, plane, m_offsets.data(), taps, length, dwc, outStep);
    }
}

void DirectConvolution::inputGradient(const float* dyWithMargin, std::size_t dyStride, int outChannels,
    const float* w, float* dIn, std::size_t dInStride, int inChannels, std::size_t paddedPositions) const
{
    const int taps = m_kernel * m_kernel;
    // Roles swap: the layer's input channels are this pass's outputs.
    const WeightView view { w, static_cast<std::size_t>(taps), static_cast<std::size_t>(inChannels) * taps };
    convolve(dyWithMargin, dyStride, outChannels, view, inChannels, m_gradientOffsets.data(), taps, nullptr, dIn,
        dInStride, paddedPositions);
}

} // namespace nw
