#include "MapColouring.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nw {

namespace {

struct Stop {
    float at;
    QColor colour;
};

QColor interpolate(const Stop* stops, std::size_t count, float t)
{
    t = std::clamp(t, stops[0].at, stops[count - 1].at);
    for (std::size_t i = 1; i < count; ++i) {
        if (t <= stops[i].at) {
            const float f = (t - stops[i - 1].at) / std::max(1e-6f, stops[i].at - stops[i - 1].at);
            const QColor& a = stops[i - 1].colour;
            const QColor& b = stops[i].colour;
            return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                a.blueF() + (b.blueF() - a.blueF()) * f);
        }
    }
    return stops[count - 1].colour;
}

} // namespace

MapPlane mapPlane(const Tensor& map)
{
    MapPlane plane;
    if (map.rank() == 2) {
        plane.height = map.dim(0);
        plane.width = map.dim(1);
        plane.values.assign(map.data(), map.data() + map.size());
    } else if (map.rank() == 3) {
        plane.height = map.dim(1);
        plane.width = map.dim(2);
        const std::size_t size = static_cast<std::size_t>(plane.height) * static_cast<std::size_t>(plane.width);
        plane.values.assign(size, 0.0f);
        for (int c = 0; c < map.dim(0); ++c)
            for (std::size_t i = 0; i < size; ++i)
                plane.values[i] += map[static_cast<std::size_t>(c) * size + i];
    }
    return plane;
}

float mapScale(const std::vector<float>& values)
{
    std::vector<float> magnitudes;
    magnitudes.reserve(values.size());
    for (float v : values)
        if (std::isfinite(v))
            magnitudes.push_back(std::abs(v));
    if (magnitudes.empty())
        return 1.0f;
    const std::size_t at = std::min(magnitudes.size() - 1, magnitudes.size() * 99 / 100);
    std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<std::ptrdiff_t>(at), magnitudes.end());
    float scale = magnitudes[at];
    if (!(scale > 0.0f))
        scale = *std::max_element(magnitudes.begin(), magnitudes.end());
    return scale > 0.0f ? scale : 1.0f;
}

QColor divergingColour(float t)
{
    // ColorBrewer RdBu, blue for negative.
    static const std::array<Stop, 5> stops { { { -1.0f, QColor(0x21, 0x66, 0xac) }, { -0.5f, QColor(0x67, 0xa9, 0xcf) },
        { 0.0f, QColor(0xf7, 0xf7, 0xf7) }, { 0.5f, QColor(0xef, 0x8a, 0x62) }, { 1.0f, QColor(0xb2, 0x18, 0x2b) } } };
    return interpolate(stops.data(), stops.size(), t);
}

QColor sequentialColour(float t)
{
    // Close to matplotlib's inferno, without its near-black start (it must read over a dark image).
    static const std::array<Stop, 5> stops { { { 0.0f, QColor(0x42, 0x0a, 0x68) }, { 0.25f, QColor(0x93, 0x26, 0x67) },
        { 0.5f, QColor(0xdd, 0x51, 0x3a) }, { 0.75f, QColor(0xfc, 0xa5, 0x0a) }, { 1.0f, QColor(0xfc, 0xff, 0xa4) } } };
    return interpolate(stops.data(), stops.size(), t);
}

QImage colourPlane(const MapPlane& plane, bool signedMap, float scale, float opacity)
{
    if (plane.isEmpty())
        return {};
    QImage image(plane.width, plane.height, QImage::Format_ARGB32);
    const float inverse = 1.0f / std::max(scale, 1e-12f);
    for (int y = 0; y < plane.height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < plane.width; ++x) {
            float v = plane.values[static_cast<std::size_t>(y) * static_cast<std::size_t>(plane.width)
                + static_cast<std::size_t>(x)];
            if (!std::isfinite(v))
                v = 0.0f;
            const float t = std::clamp(v * inverse, signedMap ? -1.0f : 0.0f, 1.0f);
            // Signed: never paler than the scale's middle, so a weak value reads as red or
            // blue over a bright sample; how strong it is shows in the alpha. Magnitudes
            // keep a floor of colour everywhere, as heat maps are read.
            const QColor colour
                = signedMap ? divergingColour(t < 0.0f ? std::min(t, -0.5f) : std::max(t, 0.5f)) : sequentialColour(t);
            const float weight = signedMap ? std::abs(t) : 0.3f + 0.7f * t;
            const int alpha = static_cast<int>(std::clamp(opacity * weight, 0.0f, 1.0f) * 255.0f + 0.5f);
            line[x] = qRgba(colour.red(), colour.green(), colour.blue(), alpha);
        }
    }
    return image;
}

QImage colourBar(int width, int height, bool signedMap)
{
    QImage image(std::max(1, width), std::max(1, height), QImage::Format_RGB32);
    for (int x = 0; x < image.width(); ++x) {
        const float f = image.width() > 1 ? static_cast<float>(x) / static_cast<float>(image.width() - 1) : 0.0f;
        const QRgb rgb = (signedMap ? divergingColour(2.0f * f - 1.0f) : sequentialColour(f)).rgb();
        for (int y = 0; y < image.height(); ++y)
            image.setPixel(x, y, rgb);
    }
    return image;
}

} // namespace nw
