#pragma once
// What one training sample gets in one epoch: the random values drawn from the
// AugmentationSettings for that (seed, epoch, sample), so the same run repeats
// exactly on any number of threads and a sample looks different every epoch.
// Each variation draws from its own stream, so switching one on or changing its
// range leaves the others' draws as they were (the dock's preview changes only in
// what was edited). ImageAugmenter applies a draw to an image.
#include "AugmentationSettings.h"

#include <array>
#include <cstdint>

namespace nw {

struct AugmentationDraw {
    // Geometry, applied in this order: crop (then resized back to full size),
    // mirror, rotation and zoom about the centre, shift.
    bool crop = false;
    float cropX = 0, cropY = 0, cropWidth = 0, cropHeight = 0; // pixels
    bool hflip = false;
    bool vflip = false;
    float angle = 0.0f; // degrees, counter-clockwise
    float scale = 1.0f;
    float shiftX = 0.0f, shiftY = 0.0f; // pixels, right and down

    // Pixel values, after the geometry.
    float brightness = 0.0f; // added
    float contrast = 1.0f; // distance from the image's mean multiplied by this
    float noiseStd = 0.0f;
    std::uint64_t noiseKey = 0;
    int cutoutX = 0, cutoutY = 0, cutoutWidth = 0, cutoutHeight = 0; // cutoutWidth 0: none

    // Whether anything moves pixels (a warp is needed).
    bool isGeometric() const;
    // Whether the geometry is only mirroring (done exactly, without interpolation).
    bool isFlipOnly() const;
    // The forward affine map from input to output pixel coordinates (pixel centres
    // at whole numbers), row-major 2x3, for an image of this size.
    std::array<double, 6> affine(int height, int width) const;
    // The same draw without noise and cutout: what an autoencoder's target gets, so
    // it learns to undo corruptions but sees the same geometry on both sides.
    AugmentationDraw withoutCorruptions() const;
};

// The key of one sample's draw in one epoch of a run with this seed.
std::uint64_t augmentationKey(std::uint64_t seed, int epoch, std::uint64_t sample);

// Draws every variation the settings switch on for an image of height x width.
// Settings must pass checkAugmentation().
AugmentationDraw drawAugmentation(const AugmentationSettings& settings, std::uint64_t key, int height, int width);

} // namespace nw
