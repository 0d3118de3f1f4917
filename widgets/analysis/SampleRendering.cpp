#include "SampleRendering.h"

#include "panels/DatasetPreview.h"

#include <QCoreApplication>

#include <algorithm>

namespace nw {

bool isImageDataset(const Dataset& dataset)
{
    return isViewableImageShape(dataset.sampleShape());
}

std::vector<float> sampleFeatures(const Dataset& dataset, std::size_t index)
{
    Tensor inputs, targets;
    const std::size_t indices[] = { index };
    dataset.fillBatch(indices, inputs, targets);
    return std::vector<float>(inputs.data(), inputs.data() + inputs.size());
}

void undoChannelNormalization(const Dataset& dataset, std::vector<float>& values)
{
    if (!dataset.hasChannelNormalization())
        return;
    const std::size_t channels = dataset.channelMean().size(), plane = values.size() / channels;
    for (std::size_t c = 0; c < channels; ++c)
        for (std::size_t j = c * plane; j < (c + 1) * plane; ++j)
            values[j] = values[j] * dataset.channelStd()[c] + dataset.channelMean()[c];
}

QImage renderSample(const Dataset& dataset, std::size_t index, int minSide)
{
    if (!isViewableImageShape(dataset.sampleShape()))
        return {};
    std::vector<float> values = sampleFeatures(dataset, index);
    undoChannelNormalization(dataset, values);
    return renderImage(dataset.sampleShape(), values, minSide);
}

QImage renderImage(const Shape& shape, const std::vector<float>& values, int minSide)
{
    if (!isViewableImageShape(shape) || values.size() != shapeNumel(shape))
        return {};
    const int channels = static_cast<int>(shape[0]);
    const int height = static_cast<int>(shape[1]);
    const int width = static_cast<int>(shape[2]);
    // Image loaders give values in [0, 1]; clamp so a stray value never wraps.
    const auto byte = [](float v) { return static_cast<uchar>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    const std::size_t plane = static_cast<std::size_t>(height) * static_cast<std::size_t>(width);
    QImage image(width, height, channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const std::size_t at
                = static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
            if (channels == 1)
                line[x] = byte(values[at]);
            else
                for (int c = 0; c < 3; ++c)
                    line[x * 3 + c] = byte(values[static_cast<std::size_t>(c) * plane + at]);
        }
    }
    const int side = std::max(width, height);
    if (side >= minSide)
        return image;
    const int factor = (minSide + side - 1) / side;
    return image.scaled(width * factor, height * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

bool isTokenDataset(const Dataset& dataset)
{
    return dataset.vocabulary() != nullptr;
}

QString sampleTokenText(const Dataset& dataset, std::size_t index)
{
    return QString::fromStdString(dataset.sampleText(index));
}

QString sampleTokenList(const Dataset& dataset, std::size_t index)
{
    if (!dataset.vocabulary())
        return {};
    const std::vector<float> ids = dataset.tokenIds(index);
    const std::vector<std::string> tokens = dataset.vocabulary()->decode(ids);
    QStringList items;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        // A space token would vanish between the separators: show it as the open box.
        const QString token = tokens[t] == " " ? QStringLiteral("␣") : QString::fromStdString(tokens[t]);
        items.append(token + QLatin1Char(' ') + QString::number(static_cast<double>(ids[t]), 'g', 8));
    }
    return items.join(QStringLiteral(" · "));
}

QString samplePositionLabels(const Dataset& dataset, std::size_t index)
{
    QStringList names;
    for (int label : dataset.positionLabels(index))
        names.append(QString::fromStdString(dataset.classNames()[static_cast<std::size_t>(label)]));
    return names.join(QLatin1Char(' '));
}

QString sampleFeatureText(const Dataset& dataset, std::size_t index, int maxLines)
{
    if (isTokenDataset(dataset))
        return sampleTokenText(dataset, index);
    const std::vector<float> values = sampleFeatures(dataset, index);
    QStringList lines;
    const int shown = std::min<int>(maxLines, static_cast<int>(values.size()));
    for (int i = 0; i < shown; ++i)
        lines.append(
            QStringLiteral("x%1 = %2").arg(i).arg(static_cast<double>(values[static_cast<std::size_t>(i)]), 0, 'g', 3));
    if (shown < static_cast<int>(values.size()))
        lines.append(QCoreApplication::translate(
            "nw::SampleRendering", "… %n more", nullptr, static_cast<int>(values.size()) - shown));
    return lines.join(QLatin1Char('\n'));
}

} // namespace nw
