#pragma once
// Shape arithmetic shared by the spatial layers (Conv2D and the pools): reading a
// [channels, height, width] sample shape and sizing a sliding window over it. Kept
// in one place so every spatial layer words its shape errors the same way.
#include "../Shape.h"

namespace nw {

struct ImageShape {
    int channels = 0;
    int height = 0;
    int width = 0;

    int planeSize() const { return height * width; }
    int size() const { return channels * height * width; }
};

// Reads a sample shape as an image, or throws ShapeError advising the Reshape that
// turns, say, a flat 784 into 1x28x28.
ImageShape imageInput(const Shape& sample);

// Output length of a window of `kernel` sliding by `stride` over `input` with
// `padding` on both sides, rounding down (PyTorch's ceil_mode=False). Throws
// ShapeError when the window does not fit the padded input even once.
int slidingOutputSize(const ImageShape& in, int input, int kernel, int stride, int padding);

// For a window sliding along one axis, the output indices [first, last) whose tap at
// `offset` (0..kernel-1) lands inside [0, input); taps outside read the padding.
// Lets inner loops run branch-free over exactly the valid outputs.
struct OutputRange {
    int first;
    int last;
};
OutputRange validOutputs(int outputs, int input, int stride, int padding, int offset);

} // namespace nw
