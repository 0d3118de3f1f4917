#include "DatasetPreview.h"

#include "data/BundledDatasets.h"
#include "data/DataKind.h"
#include "training/PreparedDataCache.h"

#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace nw {

namespace {

constexpr int kThumbnailSide = 56; // small images are scaled up to about this
constexpr int kScatterSide = 220;
constexpr std::size_t kScatterPoints = 4000;

QImage sampleImage(const float* values, int channels, int height, int width)
{
    // Values are in [0, 1] for every image loader (bytes with scale 1/255, digits
    // 1/16); clamp so a stray float never wraps around.
    const auto byte = [](float v) { return static_cast<uchar>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    const std::size_t plane = static_cast<std::size_t>(height) * width;
    QImage image(width, height, channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const std::size_t at = static_cast<std::size_t>(y) * width + x;
            if (channels == 1) {
                line[x] = byte(values[at]);
            } else {
                for (int c = 0; c < 3; ++c)
                    line[x * 3 + c] = byte(values[c * plane + at]);
            }
        }
    }
    const int side = std::max(width, height);
    if (side < kThumbnailSide) {
        // Whole-number factors with nearest neighbour keep an 8x8 digit's pixels crisp.
        const int factor = std::max(1, kThumbnailSide / side);
        return image.scaled(width * factor, height * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    }
    if (side > 2 * kThumbnailSide)
        return image.scaled(2 * kThumbnailSide, 2 * kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QList<QImage> thumbnails(const Dataset& dataset)
{
    const Shape shape = dataset.sampleShape();
    const std::size_t count = std::min<std::size_t>(kPreviewThumbnails, dataset.size());
    std::vector<std::size_t> indices(count);
    std::iota(indices.begin(), indices.end(), std::size_t { 0 });
    Tensor inputs, targets;
    dataset.fillBatch(indices, inputs, targets);
    const std::size_t perSample = static_cast<std::size_t>(shape[0]) * shape[1] * shape[2];
    QList<QImage> images;
    for (std::size_t i = 0; i < count; ++i)
        images.append(sampleImage(inputs.data() + i * perSample, shape[0], shape[1], shape[2]));
    return images;
}

} // namespace

QImage renderDatasetScatter(const Dataset& dataset, ClassPalette::Scheme scheme)
{
    const std::size_t count = std::min(kScatterPoints, dataset.size());
    std::vector<std::size_t> indices(count);
    // Evenly spread over the dataset, so a sorted file still shows every class.
    for (std::size_t i = 0; i < count; ++i)
        indices[i] = i * dataset.size() / count;
    Tensor inputs, targets;
    dataset.fillBatch(indices, inputs, targets);
    float lo = 0.0f, hi = 0.0f, tlo = 0.0f, thi = 0.0f;
    for (std::size_t i = 0; i < count; ++i) {
        for (int d = 0; d < 2; ++d) {
            const float v = inputs[i * 2 + d];
            lo = i == 0 && d == 0 ? v : std::min(lo, v);
            hi = i == 0 && d == 0 ? v : std::max(hi, v);
        }
        tlo = i == 0 ? targets[i] : std::min(tlo, targets[i]);
        thi = i == 0 ? targets[i] : std::max(thi, targets[i]);
    }
    const float span = std::max(hi - lo, 1e-6f);
    QImage image(kScatterSide, kScatterSide, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0xdd, 0xdd, 0xdd));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawLine(kScatterSide / 2, 0, kScatterSide / 2, kScatterSide);
    painter.drawLine(0, kScatterSide / 2, kScatterSide, kScatterSide / 2);
    painter.setPen(Qt::NoPen);
    const double margin = 6.0, inner = kScatterSide - 2 * margin;
    const bool classes = dataset.task() == TaskKind::Classification;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = margin + (inputs[i * 2] - lo) / span * inner;
        const double y = margin + (1.0 - (inputs[i * 2 + 1] - lo) / span) * inner;
        QColor color;
        if (classes) {
            color = ClassPalette::colour(static_cast<int>(targets[i]), scheme);
        } else {
            const double t = (targets[i] - tlo) / std::max(thi - tlo, 1e-6f); // orange (low) to blue (high)
            color = QColor::fromRgbF(0.96 * (1 - t) + 0.03 * t, 0.58 * (1 - t) + 0.47 * t, 0.13 * (1 - t) + 0.74 * t);
        }
        color.setAlphaF(0.8f);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(x, y), 2.2, 2.2);
    }
    return image;
}

namespace {

QStringList featureNames(const DataSpec& spec, const QString& baseDirectory, const Dataset& dataset)
{
    QStringList names;
    if (isTabular(spec)) {
        const CsvReport report = tabularReport(spec, baseDirectory.toStdString());
        for (const std::string& name : report.featureNames)
            names.append(QString::fromStdString(name));
        return names;
    }
    const Shape shape = dataset.sampleShape();
    const int count = shape.size() == 1 ? shape[0] : 0;
    const DataKind* kind = DataKind::find(spec.kind);
    if (kind && !kind->featureNames.empty() && std::ssize(kind->featureNames) == count) {
        for (const std::string& name : kind->featureNames)
            names.append(QString::fromStdString(name));
        return names;
    }
    for (int i = 0; i < count; ++i)
        names.append(QStringLiteral("x%1").arg(i + 1));
    return names;
}

} // namespace

bool isViewableImageShape(const Shape& shape)
{
    return shape.size() == 3 && (shape[0] == 1 || shape[0] == 3) && shape[1] > 0 && shape[2] > 0;
}

DatasetPreview loadDatasetPreview(
    const DataSpec& spec, const QString& baseDirectory, PreparedDataCache& cache, ClassPalette::Scheme scheme)
{
    DatasetPreview preview;
    preview.specText = QString::fromStdString(toString(spec));
    QElapsedTimer timer;
    timer.start();
    try {
        const std::shared_ptr<const LoadedDataset> loaded = cache.dataset(spec, baseDirectory.toStdString());
        const std::shared_ptr<const Dataset> dataset = loaded->data;
        for (const std::string& note : loaded->report.notes)
            preview.notes.append(QString::fromStdString(note));
        const Shape shape = dataset->sampleShape();
        if (isViewableImageShape(shape))
            preview.thumbnails = thumbnails(*dataset);
        else
            preview.featureNames = featureNames(spec, baseDirectory, *dataset);
        if (shape.size() == 1 && shape[0] == 2 && dataset->size() > 0)
            preview.scatter = renderDatasetScatter(*dataset, scheme);
        preview.dataset = std::move(dataset);
    } catch (const std::exception& error) {
        preview.dataset.reset();
        preview.error = QString::fromStdString(error.what());
    }
    preview.seconds = timer.elapsed() / 1000.0;
    return preview;
}

} // namespace nw
