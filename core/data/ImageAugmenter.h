#pragma once
// Applies an AugmentationDraw to one image of float pixels, channel after channel
// ([C, H, W], as in a batch tensor), in place. The geometry is one affine warp
// (cv::warpAffine, bilinear, zeros outside the image) whatever the number of
// geometric variations, or an exact mirror when only mirroring was drawn; an
// image nothing was drawn for is not touched, bit for bit.
//
// Keeps its scratch image between calls, so augmenting a stream of samples
// allocates nothing after the first; one augmenter per thread.
#include "AugmentationDraw.h"

#include <optional>
#include <vector>

namespace nw {

// The values a pixel can take (8-bit images: 0 to 255 times their scale);
// brightness, contrast and noise are clamped to it. Absent: unbounded.
struct PixelRange {
    float min = 0.0f;
    float max = 1.0f;
};

class ImageAugmenter {
public:
    void apply(const AugmentationDraw& draw, float* image, int channels, int height, int width,
        const std::optional<PixelRange>& range = std::nullopt);

private:
    void warp(const AugmentationDraw& draw, float* image, int channels, int height, int width);

    std::vector<float> m_scratch;
};

} // namespace nw
