#include "Pool2D.h"

#include "../EngineError.h"

#include <algorithm>

namespace nw {

Pool2D::Pool2D(const std::string& name, int kernelSize, int stride, int padding)
    : m_kernel(kernelSize)
    , m_stride(stride == 0 ? kernelSize : stride)
    , m_padding(padding)
    , m_name(name)
{
    if (kernelSize <= 0)
        throw ShapeError(name + " needs a kernel of at least 1, got " + std::to_string(kernelSize));
    if (stride < 0)
        throw ShapeError(
            name + " needs a positive stride (or 0 for \"same as the kernel\"), got " + std::to_string(stride));
    if (padding < 0)
        throw ShapeError(name + " padding cannot be negative, got " + std::to_string(padding));
    // Like PyTorch: more padding than half the kernel would let a window see only padding.
    if (padding > kernelSize / 2)
        throw ShapeError(name + " padding " + std::to_string(padding) + " is more than half the kernel "
            + std::to_string(kernelSize) + ": use padding " + std::to_string(kernelSize / 2) + " or less");
}

Shape Pool2D::outputShape(const std::vector<Shape>& inputs) const
{
    const ImageShape in = imageInput(inputs.at(0));
    const int outH = slidingOutputSize(in, in.height, m_kernel, m_stride, m_padding);
    const int outW = slidingOutputSize(in, in.width, m_kernel, m_stride, m_padding);
    return { in.channels, outH, outW };
}

void Pool2D::build(const std::vector<Shape>& inputs)
{
    const Shape out = outputShape(inputs);
    m_in = imageInput(inputs[0]);
    m_outH = out[1];
    m_outW = out[2];
}

Pool2D::Planes Pool2D::planesOf(int batch) const
{
    return { static_cast<std::size_t>(batch) * static_cast<std::size_t>(m_in.channels),
        static_cast<std::size_t>(m_in.planeSize()), static_cast<std::size_t>(m_outH) * static_cast<std::size_t>(m_outW),
        m_outH, m_outW, m_in.height, m_in.width, windowRule() };
}

} // namespace nw
