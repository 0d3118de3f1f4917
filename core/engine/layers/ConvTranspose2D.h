#pragma once
// Transposed 2-D convolution ("deconvolution") over NCHW images: the layer that
// grows feature maps back in the decoder half of an autoencoder. It is the
// gradient of a Conv2D with respect to its input, run forwards: every input pixel
// scatters a learned k x k stamp, scaled by its value, into the output at
// stride-spaced positions. PyTorch layout and semantics (nn.ConvTranspose2d):
// weight [inC, outC, k, k], bias [outC], output size
// (in - 1) * stride - 2 * padding + kernel + output_padding, where padding crops
// the full output on every side and output_padding adds rows and columns at the
// bottom and right (only the bias reaches them).
//
// Per sample one GEMM W^T X gives every tap's contribution ([outC*k*k, H*W]),
// col2im adds them into a zeroed buffer holding the uncropped output, and the
// crop is copied out with the bias. Backward is the mirror: im2col of the output
// gradient, then dX = W dCols and dW = X dCols^T. Samples are split into parts
// that depend only on the batch size, and dW sums per-part partials in part
// order, so results are bit-identical on any thread count.
#include "../Layer.h"
#include "../WeightInit.h"
#include "ImageGeometry.h"

namespace nw {

class ConvTranspose2D : public Layer {
public:
    ConvTranspose2D(int outChannels, int kernelSize, int stride = 1, int padding = 0, int outputPadding = 0,
        bool useBias = true, WeightInit init = WeightInit::HeUniform);

    std::string typeName() const override { return "ConvTranspose2D"; }
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
    int outputPadding() const { return m_outputPadding; }
    Parameter& weight() { return m_weight; }
    Parameter& bias() { return m_bias; }

private:
    // Per-part working memory; a part only ever touches its own.
    struct Scratch {
        Tensor cols; // W^T x, or im2col of dY: [outC*k*k, H*W]
        Tensor canvas; // the uncropped output of one sample: [outC, canvasH, canvasW]
        Tensor weightGrad; // [inC, outC*k*k]
        Tensor biasGrad;
    };

    int rows() const { return m_outChannels * m_kernel * m_kernel; }
    int outputSize(int input) const;
    int partsForBatch(int batch) const;
    Scratch& scratch(int part);
    // Adds s.cols into s.canvas at the taps' output positions (canvas zeroed first).
    void scatter(Scratch& s) const;
    // s.cols from the canvas: each tap's view of the (padded) output gradient.
    void gather(Scratch& s) const;

    int m_outChannels;
    int m_kernel;
    int m_stride;
    int m_padding;
    int m_outputPadding;
    bool m_useBias;
    WeightInit m_init;
    ImageShape m_in;
    int m_outH = 0;
    int m_outW = 0;
    int m_canvasH = 0; // rows of the uncropped output, bottom output_padding included
    int m_canvasW = 0;
    Parameter m_weight { "weight", ParamRole::Weight, {}, {} };
    Parameter m_bias { "bias", ParamRole::Bias, {}, {} };
    std::vector<Scratch> m_scratch;
};

} // namespace nw
