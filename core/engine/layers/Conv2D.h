#pragma once
// 2-D convolution over NCHW images with zero padding, the workhorse of image
// models. Weight is stored [outC, inC, k, k] and bias [outC], as in PyTorch, so
// weight files line up with torch.nn.Conv2d.
//
// Runs as im2col + one Eigen GEMM per chunk of samples: a chunk's columns are laid
// side by side so W [outC, inC*k*k] multiplies a matrix thousands of columns wide
// instead of one tiny GEMM per sample. With stride 1, im2col rows are whole
// contiguous runs of the padded image (output rows computed at the padded width,
// the extra k-1 columns dropped later): copies instead of gathers, at the price
// of a few wasted GEMM columns. Chunks and the parts that own them depend
// only on the problem size, and the weight gradient sums per-part partials in part
// order, so results are bit-identical on any thread count. Scratch buffers are
// members that keep their capacity, so steady-state batches allocate nothing.
//
// With stride 1 and few input channels (inC*k*k up to kDirectMaxRows) there is
// too little arithmetic per copied float for im2col to pay: those layers run the
// direct kernels of DirectConvolution on the same padded grid instead, as long as
// a sample's grids fit kDirectMaxGridFloats (the kernels keep one sample's whole
// output and gradient grids per part).
#include "../Layer.h"
#include "../WeightInit.h"
#include "DirectConvolution.h"
#include "ImageGeometry.h"

#include <optional>

namespace nw {

class Conv2D : public Layer {
public:
    Conv2D(int outChannels, int kernelSize, int stride = 1, int padding = 0, bool useBias = true,
        WeightInit init = WeightInit::HeUniform);

    std::string typeName() const override { return "Conv2D"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    int outChannels() const { return m_outChannels; }
    int kernelSize() const { return m_kernel; }
    int stride() const { return m_stride; }
    int padding() const { return m_padding; }
    Parameter& weight() { return m_weight; }
    Parameter& bias() { return m_bias; }

private:
    // Per-part working memory; a part only ever touches its own.
    struct Scratch {
        Tensor cols; // im2col of a chunk: [inC*k*k, chunk*outH*outW]
        Tensor product; // GEMM result or gathered output gradient: [outC, chunk*outH*outW]
        Tensor colGrad; // W^T dY for a chunk, before col2im
        Tensor padded; // one zero-padded sample [inC, H+2p, W+2p] (+ slack); its border stays zero
        Tensor paddedGrad; // col2im's accumulator, same layout as padded
        Tensor weightGrad;
        Tensor biasGrad;
        Tensor grid; // direct kernels: one sample's output on the grid, [outC, rounded grid]
        Tensor gridGrad; // direct kernels: one sample's dY with a zero margin and tail per channel
        Tensor weightGradLanes; // direct kernels: the part's dW and db before their lanes are added
    };

    int rows() const { return m_in.channels * m_kernel * m_kernel; } // im2col rows
    int outPlane() const { return m_outH * m_outW; }
    // Columns per output row in the GEMM: with stride 1 the padded input width (see
    // im2col), otherwise the output width.
    int gridWidth() const { return m_stride == 1 ? m_in.width + 2 * m_padding : m_outW; }
    int gridPlane() const { return m_outH * gridWidth(); }
    // The zero-padded image every path copies a sample into (padSample).
    int paddedWidth() const { return m_in.width + 2 * m_padding; }
    std::size_t paddedPlane() const { return static_cast<std::size_t>(m_in.height + 2 * m_padding) * paddedWidth(); }
    int partsForBatch(int batch) const;
    int chunkSamples() const;
    Scratch& scratch(int part);
    void im2col(const float* x, int samples, Scratch& s) const;
    void col2im(int samples, Scratch& s, float* dx) const;
    void padSample(const float* image, Scratch& s) const;
    std::size_t gradGridStride() const;
    void forwardDirect(const float* x, int samples, float* out, Scratch& s) const;
    void backwardDirect(const float* x, const float* dy, int samples, bool weightGradient, float* dx, Scratch& s) const;

    int m_outChannels;
    int m_kernel;
    int m_stride;
    int m_padding;
    bool m_useBias;
    WeightInit m_init;
    ImageShape m_in;
    int m_outH = 0;
    int m_outW = 0;
    Parameter m_weight { "weight", ParamRole::Weight, {}, {} };
    Parameter m_bias { "bias", ParamRole::Bias, {}, {} };
    std::vector<Scratch> m_scratch;
    std::optional<DirectConvolution> m_direct; // set by build() when the direct kernels fit
};

} // namespace nw
