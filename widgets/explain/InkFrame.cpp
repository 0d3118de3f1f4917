#include "InkFrame.h"

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

struct Ink {
    int top = 0, left = 0, bottom = -1, right = -1; // inclusive box; empty when bottom < top
    double massX = 0.0, massY = 0.0; // centre of mass in pixels (pixel centres at +0.5)
    bool empty() const { return bottom < top; }
};

Ink findInk(const float* pixels, int height, int width)
{
    Ink ink;
    ink.top = height;
    ink.left = width;
    double mass = 0.0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const float v
                = pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
            if (v >= kInkThreshold) {
                ink.top = std::min(ink.top, y);
                ink.bottom = std::max(ink.bottom, y);
                ink.left = std::min(ink.left, x);
                ink.right = std::max(ink.right, x);
            }
            if (v > 0.0f) {
                mass += v;
                ink.massX += v * (x + 0.5);
                ink.massY += v * (y + 0.5);
            }
        }
    if (mass > 0.0) {
        ink.massX /= mass;
        ink.massY /= mass;
    }
    if (ink.empty()) {
        ink.top = 0;
        ink.left = 0;
    }
    return ink;
}

double median(std::vector<double> values, double fallback)
{
    if (values.empty())
        return fallback;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Bilinear sample of `pixels` at (x, y) in pixel units (centres at +0.5); 0 outside.
float sample(const std::vector<float>& pixels, int height, int width, double x, double y)
{
    x -= 0.5;
    y -= 0.5;
    const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
    const double fx = x - x0, fy = y - y0;
    const auto at = [&](int yy, int xx) -> double {
        if (yy < 0 || xx < 0 || yy >= height || xx >= width)
            return 0.0;
        return pixels[static_cast<std::size_t>(yy) * static_cast<std::size_t>(width) + static_cast<std::size_t>(xx)];
    };
    const double top = at(y0, x0) * (1 - fx) + at(y0, x0 + 1) * fx;
    const double bottom = at(y0 + 1, x0) * (1 - fx) + at(y0 + 1, x0 + 1) * fx;
    return static_cast<float>(top * (1 - fy) + bottom * fy);
}

} // namespace

InkFrame measureInkFrame(const Dataset& data, std::span<const std::size_t> indices)
{
    const Shape shape = data.sampleShape();
    if (shape.size() != 3 || shape[0] != 1 || indices.empty())
        return {};
    const int height = shape[1], width = shape[2];
    std::vector<double> extents, xs, ys;
    Tensor inputs, targets;
    constexpr std::size_t kChunk = 64;
    for (std::size_t first = 0; first < indices.size(); first += kChunk) {
        const std::span<const std::size_t> chunk = indices.subspan(first, std::min(kChunk, indices.size() - first));
        data.fillBatch(chunk, inputs, targets);
        for (std::size_t k = 0; k < chunk.size(); ++k) {
            const Ink ink = findInk(inputs.data() + k * static_cast<std::size_t>(height * width), height, width);
            if (ink.empty())
                continue;
            extents.push_back(static_cast<double>(std::max(ink.bottom - ink.top + 1, ink.right - ink.left + 1))
                / std::max(height, width));
            xs.push_back(ink.massX / width);
            ys.push_back(ink.massY / height);
        }
    }
    InkFrame frame;
    frame.extent = median(extents, 1.0);
    frame.centreX = median(xs, 0.5);
    frame.centreY = median(ys, 0.5);
    return frame;
}

std::vector<float> normaliseInk(const std::vector<float>& pixels, int height, int width, const InkFrame& frame)
{
    const Ink ink = findInk(pixels.data(), height, width);
    if (ink.empty() || height <= 0 || width <= 0)
        return pixels;
    const double boxW = ink.right - ink.left + 1, boxH = ink.bottom - ink.top + 1;
    const double target = std::clamp(frame.extent, 0.1, 1.0) * std::max(height, width);
    const double scale = target / std::max(boxW, boxH);
    // The ink's centre of mass, after scaling about the box's corner, goes to the frame's centre.
    const double massX = (ink.massX - ink.left) * scale, massY = (ink.massY - ink.top) * scale;
    double offsetX = frame.centreX * width - massX, offsetY = frame.centreY * height - massY;
    // Keep the box inside the image where it fits.
    offsetX = std::clamp(offsetX, std::min(0.0, width - boxW * scale), std::max(0.0, width - boxW * scale));
    offsetY = std::clamp(offsetY, std::min(0.0, height - boxH * scale), std::max(0.0, height - boxH * scale));
    std::vector<float> out(pixels.size(), 0.0f);
    // Downscaling averages a few samples per output pixel so thin strokes do not vanish.
    const int taps = scale < 1.0 ? static_cast<int>(std::ceil(1.0 / scale)) : 1;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            double sum = 0.0;
            for (int ty = 0; ty < taps; ++ty)
                for (int tx = 0; tx < taps; ++tx) {
                    const double ox = x + (tx + 0.5) / taps, oy = y + (ty + 0.5) / taps;
                    sum += sample(
                        pixels, height, width, ink.left + (ox - offsetX) / scale, ink.top + (oy - offsetY) / scale);
                }
            out[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]
                = std::clamp(static_cast<float>(sum / (taps * taps)), 0.0f, 1.0f);
        }
    return out;
}

} // namespace nw
