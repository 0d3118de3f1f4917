#pragma once
// Enlarges every channel plane of an NCHW image by a whole-number factor: the
// weight-free way up in the decoder half of an autoencoder (usually followed by a
// Conv2D that learns what to paint into the larger map). PyTorch semantics
// (nn.Upsample with scale_factor): "nearest" repeats each pixel factor x factor
// times; "bilinear" interpolates between the four nearest input pixels with
// align_corners=False, i.e. pixel centres line up and the border is clamped.
//
// Both modes are fixed linear maps, so backward sends each output gradient back
// along the same taps and weights. Work is split by whole (sample, channel)
// planes, each owned by one thread, so results never depend on the thread count.
#include "../Layer.h"
#include "ImageGeometry.h"

namespace nw {

enum class UpsampleMode { Nearest, Bilinear };

class Upsample2D : public Layer {
public:
    Upsample2D(int scaleFactor, UpsampleMode mode);

    std::string typeName() const override { return "Upsample2D"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

    int scaleFactor() const { return m_scale; }
    UpsampleMode mode() const { return m_mode; }

private:
    // Along one axis, where output index o reads from: taps `low` and `high` with
    // weights 1 - `frac` and `frac` (nearest: low == high, frac 0).
    struct Tap {
        int low;
        int high;
        float frac;
    };
    std::vector<Tap> taps(int input) const;

    int m_scale;
    UpsampleMode m_mode;
    ImageShape m_in;
    std::vector<Tap> m_rows; // one per output row
    std::vector<Tap> m_cols; // one per output column
};

// "nearest" / "bilinear", as in project files and PyTorch.
const char* upsampleModeName(UpsampleMode mode);

} // namespace nw
