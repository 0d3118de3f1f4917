#include "MaxPool2D.h"

#include "PlaneLoop.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace nw {

namespace {

// Keeps (best, at) or takes (v, index) when v is larger or NaN (NaN wins, as in
// PyTorch, so a diverging net shows it). Bit masks rather than a branch or ?:,
// which compilers keep as a branch that random data mispredicts half the time.
inline void keepMax(float& best, std::int32_t& at, float v, std::int32_t index)
{
    const std::int32_t take = -static_cast<std::int32_t>((v > best) | (v != v));
    best = std::bit_cast<float>((std::bit_cast<std::int32_t>(v) & take) | (std::bit_cast<std::int32_t>(best) & ~take));
    at = (index & take) | (at & ~take);
}

// Sixteen lanes: one AVX-512 register (the compiler splits it on narrower machines).
constexpr int kLanes = 16;
using Vec = float __attribute__((vector_size(kLanes * sizeof(float))));
using IntVec = std::int32_t __attribute__((vector_size(kLanes * sizeof(std::int32_t))));

// Every second lane of the 32 lanes of (a, b), from lane First (0: the even lanes,
// 1: the odd ones). GCC and Clang name the same shuffle differently; Clang builds
// the fuzzers (scripts/fuzz.sh).
template <int First> Vec everySecondLane(Vec a, Vec b)
{
#if defined(__clang__)
    return __builtin_shufflevector(a, b, First, First + 2, First + 4, First + 6, First + 8, First + 10, First + 12,
        First + 14, First + 16, First + 18, First + 20, First + 22, First + 24, First + 26, First + 28, First + 30);
#else
    constexpr IntVec kEven { 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30 };
    return __builtin_shuffle(a, b, kEven + First);
#endif
}

template <typename V, typename T> V loadLanes(const T* p)
{
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <typename V, typename T> void storeLanes(T* p, V v)
{
    std::memcpy(p, &v, sizeof v);
}

// The maximum of each horizontal pair (src[2i], src[2i+1]) for i < pairs, and where it
// is (2i or 2i+1, plus `base`): the right one wins only if larger or NaN, as keepMax.
void pairMaxima(const float* src, std::size_t pairs, std::int32_t base, float* best, std::int32_t* at)
{
    constexpr IntVec kEven { 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30 };
    std::size_t i = 0;
    for (; i + kLanes <= pairs; i += kLanes) {
        const Vec a = loadLanes<Vec>(src + 2 * i);
        const Vec b = loadLanes<Vec>(src + 2 * i + kLanes);
        const Vec left = everySecondLane<0>(a, b);
        const Vec right = everySecondLane<1>(a, b);
        const IntVec take = (right > left) | (right != right);
        storeLanes(best + i, take ? right : left);
        storeLanes(at + i, (base + 2 * static_cast<std::int32_t>(i)) + kEven + (take & 1));
    }
    for (; i < pairs; ++i) {
        float b = src[2 * i];
        std::int32_t a = base + 2 * static_cast<std::int32_t>(i);
        keepMax(b, a, src[2 * i + 1], a + 1);
        best[i] = b;
        at[i] = a;
    }
}

// The common 2x2, stride 2, unpadded pool over an even width: every window is whole.
// First the maximum of each horizontal pair over whole rows at once (vectorised),
// then of each vertical pair of those: the same winner as keepMax over the window in
// row-major order (ties to the first, the last NaN).
void maxPool2x2(const float* src, float* dst, std::int32_t* arg, int outH, int outW, int width)
{
    // Rows are taken a few at a time so the pair maxima stay on the stack.
    constexpr int kPairBudget = 2048;
    const int rowPairs = std::max(1, kPairBudget / width);
    float pairBest[kPairBudget + kLanes];
    std::int32_t pairAt[kPairBudget + kLanes];
    for (int oh0 = 0; oh0 < outH; oh0 += rowPairs) {
        const int rows = std::min(rowPairs, outH - oh0);
        // 2 * rows input rows hold rows * width pairs: row r's pairs start at r * outW.
        const std::size_t pairs = static_cast<std::size_t>(rows) * static_cast<std::size_t>(width);
        if (pairs > static_cast<std::size_t>(kPairBudget)) { // a single very wide row
            for (int oh = oh0; oh < oh0 + rows; ++oh)
                for (int ow = 0; ow < outW; ++ow) {
                    const std::int32_t i = 2 * oh * width + 2 * ow;
                    float b = src[i];
                    std::int32_t a = i;
                    keepMax(b, a, src[i + 1], i + 1);
                    keepMax(b, a, src[i + width], i + width);
                    keepMax(b, a, src[i + width + 1], i + width + 1);
                    dst[oh * outW + ow] = b;
                    arg[oh * outW + ow] = a;
                }
            continue;
        }
        pairMaxima(src + static_cast<std::size_t>(2 * oh0) * width, pairs, 2 * oh0 * width, pairBest, pairAt);
        for (int r = 0; r < rows; ++r) {
            const float* topBest = pairBest + static_cast<std::size_t>(2 * r) * outW;
            const std::int32_t* topAt = pairAt + static_cast<std::size_t>(2 * r) * outW;
            float* best = dst + static_cast<std::size_t>(oh0 + r) * outW;
            std::int32_t* at = arg + static_cast<std::size_t>(oh0 + r) * outW;
            for (int ow = 0; ow < outW; ++ow) {
                float b = topBest[ow];
                std::int32_t a = topAt[ow];
                keepMax(b, a, topBest[outW + ow], topAt[outW + ow]);
                best[ow] = b;
                at[ow] = a;
            }
        }
    }
}

} // namespace

MaxPool2D::MaxPool2D(int kernelSize, int stride, int padding)
    : Pool2D("MaxPool2D", kernelSize, stride, padding)
{
}

void MaxPool2D::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize({ x.dim(0), m_in.channels, m_outH, m_outW });
    const Planes planes = planesOf(x.dim(0));
    m_argmax.resize(planes.count * planes.outPixels);
    std::int32_t* argmax = m_argmax.data();
    const int kernel = m_kernel;
    const int stride = m_stride;
    const int padding = m_padding;
    // The common whole-window 2x2 pool over even planes: a part's planes, one on top
    // of the other, are one tall image whose row pairs never straddle two planes, so
    // they are pooled in one go (small planes would otherwise pay the pool's setup
    // per plane). Its indices count from the part's first plane; each plane's are
    // then made its own.
    if (kernel == 2 && stride == 2 && padding == 0 && m_in.width % 2 == 0 && m_in.height % 2 == 0) {
        forEachPlaneRange(*ctx.pool, planes.count, m_in.planeSize(), [&x, &out, argmax, planes](std::size_t first, std::size_t end) {
            const Planes g = planes;
            constexpr auto kMaxIndex = static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max());
            const std::size_t stacked = std::max<std::size_t>(1, kMaxIndex / g.inPixels);
            for (std::size_t from = first; from < end; from += stacked) {
                const std::size_t count = std::min(stacked, end - from);
                std::int32_t* arg = argmax + from * g.outPixels;
                maxPool2x2(x.data() + from * g.inPixels, out.data() + from * g.outPixels, arg,
                    static_cast<int>(count) * g.outH, g.outW, g.width);
                for (std::size_t p = 1; p < count; ++p) {
                    const auto base = static_cast<std::int32_t>(p * g.inPixels);
                    std::int32_t* planeArg = arg + p * g.outPixels;
                    for (std::size_t i = 0; i < g.outPixels; ++i)
                        planeArg[i] -= base;
                }
            }
        });
        return;
    }
    forEachPlane(*ctx.pool, planes.count, m_in.planeSize(),
        [&x, &out, argmax, planes, kernel, stride, padding](std::size_t p) {
            // Locals, not members, in the loop: argmax stores are int32 and could alias
            // an int member, which would force a reload of every member per pixel.
            const Planes g = planes;
            const float* src = x.data() + p * g.inPixels;
            float* dst = out.data() + p * g.outPixels;
            std::int32_t* arg = argmax + p * g.outPixels;
            if (kernel == 2 && stride == 2 && padding == 0 && g.width % 2 == 0) { // odd heights
                maxPool2x2(src, dst, arg, g.outH, g.outW, g.width);
                return;
            }
            // Taps in row-major window order, outputs innermost: the first maximum
            // wins ties, and the inner loop runs over exactly the unclipped outputs.
            for (int oh = 0; oh < g.outH; ++oh) {
                float* best = dst + oh * g.outW;
                std::int32_t* bestAt = arg + oh * g.outW;
                const Window wh = g.window(oh, g.height);
                // Start from -inf at the window's first real pixel (padding is -inf
                // and at most half the kernel, so every window holds one).
                for (int ow = 0; ow < g.outW; ++ow) {
                    best[ow] = -std::numeric_limits<float>::infinity();
                    bestAt[ow] = wh.begin * g.width + g.window(ow, g.width).begin;
                }
                for (int ih = wh.begin; ih < wh.end; ++ih) {
                    const float* line = src + ih * g.width;
                    for (int kw = 0; kw < kernel; ++kw) {
                        const auto [first, last] = validOutputs(g.outW, g.width, stride, padding, kw);
                        for (int ow = first; ow < last; ++ow) {
                            const int iw = ow * stride - padding + kw;
                            keepMax(best[ow], bestAt[ow], line[iw], ih * g.width + iw);
                        }
                    }
                }
            }
        });
}

void MaxPool2D::backward(
    LayerInputs inputs, const Tensor&, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dx = inputGrads[0];
    if (!dx)
        return;
    const Tensor& x = *inputs[0];
    dx->resize(x.shape());
    const Planes planes = planesOf(x.dim(0));
    const std::int32_t* argmax = m_argmax.data();
    forEachPlane(*ctx.pool, planes.count, m_in.planeSize(), [dx, &outGrad, argmax, planes](std::size_t p) {
        float* grad = dx->data() + p * planes.inPixels;
        const float* dy = outGrad.data() + p * planes.outPixels;
        const std::int32_t* arg = argmax + p * planes.outPixels;
        std::fill(grad, grad + planes.inPixels, 0.0f);
        // Overlapping windows may share a maximum; their gradients add up.
        for (std::size_t o = 0; o < planes.outPixels; ++o)
            grad[arg[o]] += dy[o];
    });
}

} // namespace nw
