#include "AugmentedBatchSource.h"

#include "DataError.h"
#include "engine/Partition.h"
#include "engine/ThreadPool.h"

namespace nw {

AugmentedBatchSource::AugmentedBatchSource(
    const BatchSource& source, AugmentationSettings settings, std::uint64_t seed, Options options)
    : m_source(source)
    , m_settings(settings)
    , m_seed(seed)
    , m_options(options)
    , m_augmenters(kMaxParts)
{
    const Shape shape = source.sampleShape();
    if (shape.size() == 3) {
        m_channels = shape[0];
        m_height = shape[1];
        m_width = shape[2];
    } else if (shape.size() == 2) {
        m_height = shape[0];
        m_width = shape[1];
    } else {
        throw DataError(
            "dataset.augmentation: works on images (channels x height x width), but these samples have shape "
            + shapeToString(shape));
    }
    if (const std::string problem = checkAugmentation(m_settings); !problem.empty())
        throw DataError("dataset.augmentation." + problem);
    if (m_options.augmentTargets && source.targetShape() != shape)
        throw DataError("dataset.augmentation: the targets of these samples are not images of their shape");
}

void AugmentedBatchSource::fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const
{
    m_source.fillBatch(indices, inputs, targets);
}

void AugmentedBatchSource::fillBatchInParallel(
    std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const
{
    m_source.fillBatchInParallel(indices, pool, inputs, targets);
}

void AugmentedBatchSource::augmentOne(const AugmentationSettings& settings, std::uint64_t seed, int epoch,
    std::uint64_t sample, float* image, int channels, int height, int width, const std::optional<PixelRange>& range)
{
    ImageAugmenter augmenter;
    augmenter.apply(drawAugmentation(settings, augmentationKey(seed, epoch, sample), height, width), image, channels,
        height, width, range);
}

void AugmentedBatchSource::fillTrainingBatch(
    std::span<const std::size_t> indices, const TrainingBatchContext& context, Tensor& inputs, Tensor& targets) const
{
    m_source.fillBatchInParallel(indices, context.pool, inputs, targets);
    const std::size_t n = indices.size();
    const std::size_t sampleSize = static_cast<std::size_t>(m_channels) * m_height * m_width;
    // A few samples per part: each costs a warp of a whole image.
    const int parts = partsFor(n, 4);
    auto work = [&](int part) {
        ImageAugmenter& augmenter = m_augmenters[static_cast<std::size_t>(part)];
        const Range r = splitRange(n, parts, part);
        for (std::size_t k = r.begin; k < r.end; ++k) {
            const AugmentationDraw draw
                = drawAugmentation(m_settings, augmentationKey(m_seed, context.epoch, indices[k]), m_height, m_width);
            augmenter.apply(draw, inputs.data() + k * sampleSize, m_channels, m_height, m_width, m_options.range);
            if (m_options.augmentTargets)
                augmenter.apply(draw.withoutCorruptions(), targets.data() + k * sampleSize, m_channels, m_height,
                    m_width, m_options.range);
        }
    };
    if (context.pool)
        context.pool->parallelFor(parts, work);
    else
        for (int part = 0; part < parts; ++part)
            work(part);
}

} // namespace nw
