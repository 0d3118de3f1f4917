#pragma once
// Stride-1 convolution computed straight from a zero-padded image, for layers with
// few input channels. im2col + GEMM copies the image k*k times and hands the GEMM a
// matrix only inC*k*k rows deep (9 for a grey image): the copying costs more than
// the arithmetic. Here the output is computed in blocks of positions held in vector
// registers, several output channels at once, each tap read straight from the
// padded image at its offset.
//
// Layouts, per sample: the padded input is `channels` planes of paddedH x paddedW
// floats, `stride` floats apart. Output positions live on a "grid": outH rows of
// paddedW columns (p = y * paddedW + x), so a tap (kh, kw) is the input at
// p + kh * paddedW + kw for every p; the k-1 columns past outW are computed and
// ignored. Buffers are read up to blockLength() floats past their last position,
// so callers give them that much slack. Every sum runs over channels and taps in a
// fixed order, whatever the blocking, so results are the same on any thread count.
#include <cstddef>
#include <vector>

namespace nw {

class DirectConvolution {
public:
    // A k x k kernel over images whose padded rows are paddedWidth floats.
    DirectConvolution(int kernel, int paddedWidth);

    // Positions computed together (fewer in a last block), and the buffer length
    // a run of positions is rounded up to: every kernel reads and writes whole vectors.
    static constexpr int blockLength() { return 64; }
    static std::size_t roundedLength(std::size_t positions);

    // out[o][p] = bias[o] + sum over c, taps of w[o][c][tap] * in[c][p + offset(tap)]
    // for p in [0, positions) (rounded up to whole blocks). w is [outChannels][inChannels][k*k];
    // bias may be null.
    void forward(const float* in, std::size_t inStride, int inChannels, const float* w, const float* bias,
        float* out, std::size_t outStride, int outChannels, std::size_t positions) const;

    // Weight and bias gradients are summed in vector lanes: dwLanes holds lanes() floats
    // per weight ([outC][inC][k*k][lanes]), dbLanes lanes() per output channel, and
    // addLanes() folds them into the gradient once a run of samples is done (folding
    // per sample would cost as much as the sums themselves on small images).
    static constexpr int lanes() { return 16; }
    static void addLanes(const float* lanes, std::size_t values, float* to);

    // dW[o][c][tap] += sum over p of dy[o][p] * in[c][p + offset(tap)], into dwLanes. dy
    // must be zero at the grid's ignored columns and up to the rounded length.
    void accumulateWeightGradient(const float* dy, std::size_t dyStride, int outChannels, const float* in,
        std::size_t inStride, int inChannels, std::size_t positions, float* dwLanes) const;
    // db[o] += sum over p of dy[o][p], into dbLanes; dy as above.
    static void accumulateBiasGradient(
        const float* dy, std::size_t dyStride, int outChannels, std::size_t positions, float* dbLanes);

    // The margin of zeros the output gradient needs before its first position so that
    // inputGradient() can read every tap's source without a bounds test.
    std::size_t gradientMargin() const;

    // dIn[c][q] = sum over o, taps of w[o][c][tap] * dy[o][q - offset(tap)] for q in
    // [0, paddedPositions) (rounded up): the gradient of the padded input. dyWithMargin
    // points gradientMargin() zeros before each plane's first grid position (planes
    // dyStride apart), and each plane must be zero past its grid up to
    // gradientMargin() + rounded length.
    void inputGradient(const float* dyWithMargin, std::size_t dyStride, int outChannels, const float* w,
        float* dIn, std::size_t dInStride, int inChannels, std::size_t paddedPositions) const;

private:
    int m_kernel;
    int m_paddedWidth;
    std::vector<int> m_offsets; // tap (kh, kw) -> kh * paddedWidth + kw
    std::vector<int> m_gradientOffsets; // tap -> margin - offset(tap)
};

} // namespace nw
