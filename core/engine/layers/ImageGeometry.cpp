#include "ImageGeometry.h"

#include "../EngineError.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace nw {

namespace {

// The side of a square image holding n pixels, or 0 when n is not a square.
int squareSide(int n)
{
    const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(n))));
    return side > 0 && side * side == n ? side : 0;
}

// The reshape a student most likely wants for a flat or 2-D input.
std::string reshapeAdvice(const Shape& sample)
{
    if (sample.size() == 2)
        return "use a Reshape to 1x" + shapeToString(sample) + " first";
    if (sample.size() == 1) {
        const int n = sample[0];
        if (const int side = squareSide(n))
            return "use a Reshape to 1x" + std::to_string(side) + "x" + std::to_string(side) + " first";
        if (n % 3 == 0) {
            if (const int side = squareSide(n / 3))
                return "use a Reshape to 3x" + std::to_string(side) + "x" + std::to_string(side) + " first";
        }
    }
    return "use a Reshape to channels x height x width first";
}

} // namespace

ImageShape imageInput(const Shape& sample)
{
    if (sample.size() != 3)
        throw ShapeError("expects an image input (channels x height x width) but gets " + shapeToString(sample) + ": "
            + reshapeAdvice(sample));
    for (int d : sample) {
        if (d <= 0)
            throw ShapeError("expects an image input with no empty dimension but gets " + shapeToString(sample));
    }
    return { sample[0], sample[1], sample[2] };
}

int slidingOutputSize(const ImageShape& in, int input, int kernel, int stride, int padding)
{
    const int padded = input + 2 * padding;
    if (kernel > padded) {
        const std::string paddedShape
            = std::to_string(in.height + 2 * padding) + "x" + std::to_string(in.width + 2 * padding);
        throw ShapeError("kernel " + std::to_string(kernel) + " is larger than the padded input " + paddedShape
            + ": use a smaller kernel, more padding, or a larger input");
    }
    return (padded - kernel) / stride + 1;
}

OutputRange validOutputs(int outputs, int input, int stride, int padding, int offset)
{
    const int shift = padding - offset; // input index = o*stride - shift
    const int first = std::min(outputs, shift > 0 ? (shift + stride - 1) / stride : 0);
    const int reach = input - 1 + shift; // o*stride <= reach
    const int last = reach < 0 ? 0 : std::min(outputs, reach / stride + 1);
    return { first, std::max(first, last) };
}

} // namespace nw
