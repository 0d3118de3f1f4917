#pragma once
// The training split with augmentation: a view of another BatchSource whose
// training batches (fillTrainingBatch) are random variations of its images, drawn
// per (seed, epoch, sample), and whose evaluation batches (fillBatch) are the
// images as they are. The trainer assembles each batch through it on the run's
// thread pool, one part of the batch per worker; a sample's variation depends only
// on its key, so the weights a run ends with do not depend on the thread count.
//
// Owned by whoever runs the training (ProjectTraining); the wrapped source must
// outlive it.
#include "AugmentationSettings.h"
#include "engine/BatchSource.h"
#include "ImageAugmenter.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace nw {

class AugmentedBatchSource final : public BatchSource {
public:
    struct Options {
        // Pixel values outside this range are clamped after brightness, contrast and noise.
        std::optional<PixelRange> range;
        // Reconstruction data (the target is the input): targets get the same geometry
        // and pixel changes, without noise and cutout.
        bool augmentTargets = false;
    };

    // Throws DataError when the samples are not images ([C, H, W] or [H, W]) or a
    // setting is out of range.
    AugmentedBatchSource(const BatchSource& source, AugmentationSettings settings, std::uint64_t seed, Options options);

    std::size_t size() const override { return m_source.size(); }
    Shape sampleShape() const override { return m_source.sampleShape(); }
    Shape targetShape() const override { return m_source.targetShape(); }
    void fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const override;
    void fillBatchInParallel(
        std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const override;
    void fillTrainingBatch(std::span<const std::size_t> indices, const TrainingBatchContext& context, Tensor& inputs,
        Tensor& targets) const override;

    // Sample `sample`'s variation in `epoch`, for an image already in `image` ([C, H, W]):
    // what a training batch holds, for the dataset dock's preview and the tests.
    static void augmentOne(const AugmentationSettings& settings, std::uint64_t seed, int epoch, std::uint64_t sample,
        float* image, int channels, int height, int width, const std::optional<PixelRange>& range = std::nullopt);

private:
    const BatchSource& m_source;
    AugmentationSettings m_settings;
    std::uint64_t m_seed;
    Options m_options;
    int m_channels = 1, m_height = 0, m_width = 0;
    // One per part of a batch, reused: parts run at the same time on different threads.
    mutable std::vector<ImageAugmenter> m_augmenters;
};

} // namespace nw
