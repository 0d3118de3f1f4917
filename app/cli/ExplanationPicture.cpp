#include "ExplanationPicture.h"

#include "explain/MapColouring.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace nw::cli {

namespace {

constexpr int kPictureSide = 280;
constexpr int kBarHeight = 12;
constexpr float kOpacity = 0.7f;

// A [C, H, W] sample (C = 1 or 3) as an image; values outside [0, 1] are
// stretched to its own range. Null for anything else.
QImage sampleImage(const Tensor& sample)
{
    if (sample.rank() != 3 || (sample.dim(0) != 1 && sample.dim(0) != 3))
        return {};
    const int c = sample.dim(0);
    const int h = sample.dim(1);
    const int w = sample.dim(2);
    auto [lo, hi] = std::minmax_element(sample.data(), sample.data() + sample.size());
    float low = std::min(0.0f, *lo);
    float high = std::max(1.0f, *hi);
    QImage image(w, h, QImage::Format_RGB32);
    auto level = [&](int channel, int y, int x) {
        const float v = sample[(static_cast<std::size_t>(channel) * h + y) * w + x];
        return std::clamp(static_cast<int>(std::lround(255.0f * (v - low) / (high - low))), 0, 255);
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int r = level(0, y, x);
            image.setPixel(x, y, c == 1 ? qRgb(r, r, r) : qRgb(r, level(1, y, x), level(2, y, x)));
        }
    return image;
}

QImage overlayPicture(const Explanation& e, const Tensor& sample, const MapPlane& plane)
{
    const QImage base = sampleImage(sample);
    const int side = std::max(1, kPictureSide / std::max(plane.width, plane.height)) * std::max(plane.width, plane.height);
    const QSize size = base.isNull() ? QSize(side * plane.width / std::max(plane.width, plane.height),
                                           side * plane.height / std::max(plane.width, plane.height))
                                     : base.size().scaled(kPictureSide, kPictureSide, Qt::KeepAspectRatio);
    const QSize whole = base.isNull() ? size : base.size() * std::max(1, kPictureSide / std::max(base.width(), base.height()));
    QImage out(whole.width(), whole.height() + kBarHeight + 4, QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    const QRect picture(0, 0, whole.width(), whole.height());
    painter.fillRect(picture, Qt::black);
    if (!base.isNull())
        painter.drawImage(picture, base.scaled(whole, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    const float scale = mapScale(plane.values);
    const QImage colours = colourPlane(plane, e.signedMap, scale, base.isNull() ? 1.0f : kOpacity);
    const bool coarser = !base.isNull() && (plane.width < base.width() || plane.height < base.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, coarser);
    painter.drawImage(picture, colours);
    painter.drawImage(QRect(0, whole.height() + 4, whole.width(), kBarHeight), colourBar(whole.width(), 1, e.signedMap));
    return out;
}

// Per-feature values (a table's LIME or SHAP, or a flat map) as horizontal bars,
// positive to the right in red, negative to the left in blue.
QImage barsPicture(const std::vector<float>& values)
{
    const int rowHeight = 14;
    const int width = 400;
    QImage out(width, std::max<int>(1, static_cast<int>(values.size())) * rowHeight + 4, QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    float top = 0.0f;
    for (float v : values)
        top = std::max(top, std::abs(v));
    if (top <= 0.0f)
        top = 1.0f;
    const int middle = width / 2;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int length = static_cast<int>(std::lround((width / 2 - 4) * std::abs(values[i]) / top));
        const QRect bar = values[i] >= 0 ? QRect(middle, 2 + static_cast<int>(i) * rowHeight, length, rowHeight - 3)
                                         : QRect(middle - length, 2 + static_cast<int>(i) * rowHeight, length, rowHeight - 3);
        painter.fillRect(bar, divergingColour(values[i] >= 0 ? 0.8f : -0.8f));
    }
    painter.setPen(Qt::gray);
    painter.drawLine(middle, 0, middle, out.height());
    return out;
}

QImage scatterPicture(const Tensor& points)
{
    const int side = 400;
    QImage out(side, side, QImage::Format_ARGB32);
    out.fill(Qt::white);
    const int n = points.dim(0);
    float minX = points[0], maxX = points[0], minY = points[1], maxY = points[1];
    for (int i = 0; i < n; ++i) {
        minX = std::min(minX, points[static_cast<std::size_t>(2 * i)]);
        maxX = std::max(maxX, points[static_cast<std::size_t>(2 * i)]);
        minY = std::min(minY, points[static_cast<std::size_t>(2 * i + 1)]);
        maxY = std::max(maxY, points[static_cast<std::size_t>(2 * i + 1)]);
    }
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(40, 90, 160, 160));
    const float spanX = maxX > minX ? maxX - minX : 1.0f;
    const float spanY = maxY > minY ? maxY - minY : 1.0f;
    for (int i = 0; i < n; ++i) {
        const double x = 10 + (side - 20) * (points[static_cast<std::size_t>(2 * i)] - minX) / spanX;
        const double y = side - 10 - (side - 20) * (points[static_cast<std::size_t>(2 * i + 1)] - minY) / spanY;
        painter.drawEllipse(QPointF(x, y), 2.5, 2.5);
    }
    return out;
}

} // namespace

QImage explanationPicture(const Explanation& e, const Tensor& sample)
{
    if (e.method == ExplainMethod::Projection)
        return scatterPicture(e.map);
    const MapPlane plane = mapPlane(e.map);
    if (!plane.isEmpty())
        return overlayPicture(e, sample, plane);
    if (!e.featureValues.empty())
        return barsPicture(e.featureValues);
    return barsPicture(std::vector<float>(e.map.data(), e.map.data() + e.map.size()));
}

bool writeExplanationPng(const QString& path, const Explanation& explanation, const Tensor& sample, QString* error)
{
    const QImage image = explanationPicture(explanation, sample);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        *error = path + QStringLiteral(": cannot draw the map as PNG");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = path + QStringLiteral(": cannot write (") + file.errorString() + QLatin1Char(')');
        return false;
    }
    return true;
}

} // namespace nw::cli
