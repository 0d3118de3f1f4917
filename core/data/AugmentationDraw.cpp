#include "AugmentationDraw.h"

#include "engine/Rng.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nw {

namespace {

// One stream per variation (see the header): the salt names it.
enum Stream : std::uint64_t { Crop = 1, HFlip, VFlip, Rotate, Scale, Shift, Brightness, Contrast, Noise, Cutout };

Rng streamFor(std::uint64_t key, Stream stream)
{
    return Rng(splitMix64(key ^ splitMix64(stream)));
}

using Matrix3 = std::array<double, 9>;

Matrix3 multiply(const Matrix3& a, const Matrix3& b)
{
    Matrix3 c {};
    for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 3; ++k)
            for (int col = 0; col < 3; ++col)
                c[r * 3 + col] += a[r * 3 + k] * b[k * 3 + col];
    return c;
}

void drawCrop(AugmentationDraw& d, double crop, Rng rng, int height, int width)
{
    // torchvision's RandomResizedCrop: an area share in [1 - crop, 1] and a log-uniform
    // aspect ratio in [3/4, 4/3]; a box that does not fit is drawn again (10 tries),
    // then the whole image is kept.
    const double area = static_cast<double>(height) * width;
    const double logLow = std::log(3.0 / 4.0), logHigh = std::log(4.0 / 3.0);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double target = area * rng.uniform(static_cast<float>(1.0 - crop), 1.0f);
        const double ratio = std::exp(logLow + (logHigh - logLow) * rng.uniform());
        const double w = std::sqrt(target * ratio), h = std::sqrt(target / ratio);
        if (w <= width && h <= height) {
            d.crop = true;
            d.cropWidth = static_cast<float>(w);
            d.cropHeight = static_cast<float>(h);
            d.cropX = rng.uniform(0.0f, static_cast<float>(width - w));
            d.cropY = rng.uniform(0.0f, static_cast<float>(height - h));
            return;
        }
    }
}

} // namespace

bool AugmentationDraw::isGeometric() const
{
    return crop || hflip || vflip || angle != 0.0f || scale != 1.0f || shiftX != 0.0f || shiftY != 0.0f;
}

bool AugmentationDraw::isFlipOnly() const
{
    return (hflip || vflip) && !crop && angle == 0.0f && scale == 1.0f && shiftX == 0.0f && shiftY == 0.0f;
}

std::array<double, 6> AugmentationDraw::affine(int height, int width) const
{
    Matrix3 m { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
    if (crop) {
        // The crop box, pixel edges included, becomes the whole image.
        const double sx = width / static_cast<double>(cropWidth), sy = height / static_cast<double>(cropHeight);
        m = multiply(Matrix3 { sx, 0, (0.5 - cropX) * sx - 0.5, 0, sy, (0.5 - cropY) * sy - 0.5, 0, 0, 1 }, m);
    }
    if (hflip)
        m = multiply(Matrix3 { -1, 0, width - 1.0, 0, 1, 0, 0, 0, 1 }, m);
    if (vflip)
        m = multiply(Matrix3 { 1, 0, 0, 0, -1, height - 1.0, 0, 0, 1 }, m);
    if (angle != 0.0f || scale != 1.0f) {
        // As OpenCV's getRotationMatrix2D: counter-clockwise on screen (y points down).
        const double radians = angle * std::numbers::pi / 180.0;
        const double a = scale * std::cos(radians), b = scale * std::sin(radians);
        const double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0;
        m = multiply(Matrix3 { a, b, (1 - a) * cx - b * cy, -b, a, b * cx + (1 - a) * cy, 0, 0, 1 }, m);
    }
    m[2] += shiftX;
    m[5] += shiftY;
    return { m[0], m[1], m[2], m[3], m[4], m[5] };
}

AugmentationDraw AugmentationDraw::withoutCorruptions() const
{
    AugmentationDraw d = *this;
    d.noiseStd = 0.0f;
    d.cutoutWidth = d.cutoutHeight = 0;
    return d;
}

std::uint64_t augmentationKey(std::uint64_t seed, int epoch, std::uint64_t sample)
{
    const std::uint64_t run = splitMix64(seed ^ 0xA06E47A7105ull);
    return splitMix64(splitMix64(run + static_cast<std::uint64_t>(epoch)) ^ splitMix64(sample + 0x5A3Dull));
}

AugmentationDraw drawAugmentation(const AugmentationSettings& s, std::uint64_t key, int height, int width)
{
    AugmentationDraw d;
    if (s.crop > 0.0)
        drawCrop(d, s.crop, streamFor(key, Crop), height, width);
    if (s.hflip > 0.0)
        d.hflip = streamFor(key, HFlip).uniform() < s.hflip;
    if (s.vflip > 0.0)
        d.vflip = streamFor(key, VFlip).uniform() < s.vflip;
    if (s.rotate > 0.0)
        d.angle = streamFor(key, Rotate).uniform(static_cast<float>(-s.rotate), static_cast<float>(s.rotate));
    if (s.scale > 0.0)
        d.scale = streamFor(key, Scale).uniform(static_cast<float>(1.0 - s.scale), static_cast<float>(1.0 + s.scale));
    if (s.shift > 0.0) {
        Rng rng = streamFor(key, Shift);
        const float f = static_cast<float>(s.shift);
        d.shiftX = rng.uniform(-f, f) * static_cast<float>(width);
        d.shiftY = rng.uniform(-f, f) * static_cast<float>(height);
    }
    if (s.brightness > 0.0)
        d.brightness
            = streamFor(key, Brightness).uniform(static_cast<float>(-s.brightness), static_cast<float>(s.brightness));
    if (s.contrast > 0.0)
        d.contrast = streamFor(key, Contrast)
                         .uniform(static_cast<float>(1.0 - s.contrast), static_cast<float>(1.0 + s.contrast));
    if (s.noise > 0.0) {
        d.noiseStd = static_cast<float>(s.noise);
        d.noiseKey = splitMix64(key ^ splitMix64(Noise));
    }
    if (s.cutout > 0.0) {
        // A square of the stated share of each side (at least one pixel), wholly
        // inside the image, so it always hides the same amount.
        d.cutoutWidth = std::clamp(static_cast<int>(std::lround(s.cutout * width)), 1, width);
        d.cutoutHeight = std::clamp(static_cast<int>(std::lround(s.cutout * height)), 1, height);
        Rng rng = streamFor(key, Cutout);
        d.cutoutX = static_cast<int>(rng.below(static_cast<std::uint64_t>(width - d.cutoutWidth + 1)));
        d.cutoutY = static_cast<int>(rng.below(static_cast<std::uint64_t>(height - d.cutoutHeight + 1)));
    }
    return d;
}

} // namespace nw
