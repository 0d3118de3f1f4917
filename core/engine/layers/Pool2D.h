#pragma once
// The shared geometry of MaxPool2D and AvgPool2D: a k x k window sliding by
// `stride` over each channel plane of an NCHW image, with `padding` on every side
// and the output size rounded down (PyTorch's defaults). Pools work plane by plane,
// so their parallel parts are groups of whole (sample, channel) planes.
#include "../Layer.h"
#include "ImageGeometry.h"

namespace nw {

class Pool2D : public Layer {
public:
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;

    int kernelSize() const { return m_kernel; }
    int stride() const { return m_stride; }
    int padding() const { return m_padding; }

protected:
    // stride 0 means "same as the kernel", the usual non-overlapping pool.
    Pool2D(const std::string& name, int kernelSize, int stride, int padding);

    // The clipped window [begin, end) along one axis for output index `o`. A value
    // type so loops hold it in registers: stores through int32 or float pointers
    // could otherwise alias members and force reloads per pixel.
    struct Window {
        int begin;
        int end;
    };
    struct WindowRule {
        int kernel;
        int stride;
        int padding;
        Window operator()(int o, int inputSize) const
        {
            const int start = o * stride - padding;
            return { start < 0 ? 0 : start, start + kernel > inputSize ? inputSize : start + kernel };
        }
    };
    WindowRule windowRule() const { return { m_kernel, m_stride, m_padding }; }

    // One pass's geometry as a value: the loops copy it into locals and keep it in
    // registers (int32 or float stores could otherwise alias members and force reloads).
    struct Planes {
        std::size_t count; // (sample, channel) planes in the batch
        std::size_t inPixels;
        std::size_t outPixels;
        int outH, outW, height, width;
        WindowRule window;
    };
    Planes planesOf(int batch) const;

    int m_kernel;
    int m_stride;
    int m_padding;
    ImageShape m_in;
    int m_outH = 0;
    int m_outW = 0;

private:
    std::string m_name;
};

} // namespace nw
