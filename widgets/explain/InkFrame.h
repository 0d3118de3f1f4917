#pragma once
// Drawn input made to look like the training images: how large the ink of a
// training image is (its bounding box's longer side, as a share of the image) and
// where its centre of mass sits, measured on the training split; a drawing is then
// cropped to its ink, scaled to that size and moved to that centre (MNIST's own
// recipe: digits in a 20x20 box, centred by mass in 28x28). Plain functions over
// one-channel images with values in [0, 1]; no Qt.
#include "data/Dataset.h"

#include <span>
#include <vector>

namespace nw {

struct InkFrame {
    double extent = 1.0; // longer side of the ink's box / the image's longer side
    double centreX = 0.5; // centre of mass, as a share of the width
    double centreY = 0.5; // ... and of the height
};

// Pixels at or above this count as ink when finding the box.
inline constexpr float kInkThreshold = 0.2f;

// The median frame of these samples (one-channel images); the default frame when
// there are none or the data are not one-channel images.
InkFrame measureInkFrame(const Dataset& data, std::span<const std::size_t> indices);

// `pixels` (height x width, row-major) cropped, scaled and centred as `frame` says.
// A drawing without ink comes back unchanged.
std::vector<float> normaliseInk(const std::vector<float>& pixels, int height, int width, const InkFrame& frame);

} // namespace nw
