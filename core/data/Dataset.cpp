#include "Dataset.h"

#include "engine/Partition.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace nw {

namespace {

// Whether `values` is a whole number of samples of `perSample` values.
bool dividesExactly(std::size_t values, std::size_t perSample)
{
    return perSample != 0 && values % perSample == 0;
}

// The hot loop of every epoch. Kept free of aliasing doubts (restrict) and of
// branches so the compiler turns it into widen-convert-multiply SIMD.
void bytesToFloats(const std::uint8_t* __restrict src, float* __restrict dst, std::size_t n, float scale)
{
    for (std::size_t j = 0; j < n; ++j)
        dst[j] = static_cast<float>(src[j]) * scale;
}

} // namespace

Dataset Dataset::fromBytes(std::string name, Shape sampleShape, std::vector<std::uint8_t> features, float scale,
    std::vector<int> labels, std::vector<std::string> classNames)
{
    Dataset d;
    d.m_name = std::move(name);
    d.m_task = TaskKind::Classification;
    d.m_sampleShape = std::move(sampleShape);
    d.m_byteStorage = true;
    d.m_bytes = std::move(features);
    d.m_scale = scale;
    d.m_labels = std::move(labels);
    d.m_classNames = std::move(classNames);
    d.m_sampleCount = d.m_labels.size();
    d.validate();
    return d;
}

Dataset Dataset::fromFloats(std::string name, Shape sampleShape, std::vector<float> features, std::vector<int> labels,
    std::vector<std::string> classNames)
{
    Dataset d;
    d.m_name = std::move(name);
    d.m_task = TaskKind::Classification;
    d.m_sampleShape = std::move(sampleShape);
    d.m_floats = std::move(features);
    d.m_labels = std::move(labels);
    d.m_classNames = std::move(classNames);
    d.m_sampleCount = d.m_labels.size();
    d.validate();
    return d;
}

Dataset Dataset::perPosition(std::string name, Shape sampleShape, std::vector<float> features, int positions,
    std::vector<int> labels, std::vector<std::string> classNames)
{
    Dataset d;
    d.m_name = std::move(name);
    d.m_task = TaskKind::Classification;
    d.m_sampleShape = std::move(sampleShape);
    d.m_targetShape = { positions };
    d.m_floats = std::move(features);
    d.m_labels = std::move(labels);
    d.m_classNames = std::move(classNames);
    if (positions <= 0)
        d.fail("per-position labels need at least one position, got " + std::to_string(positions));
    if (!dividesExactly(d.m_labels.size(), static_cast<std::size_t>(positions)))
        d.fail(std::to_string(d.m_labels.size()) + " labels are not a whole number of samples of "
            + std::to_string(positions) + " positions");
    d.m_sampleCount = d.m_labels.size() / static_cast<std::size_t>(positions);
    d.validate();
    return d;
}

Dataset Dataset::regression(
    std::string name, Shape sampleShape, std::vector<float> features, Shape targetShape, std::vector<float> targets)
{
    Dataset d;
    d.m_name = std::move(name);
    d.m_task = TaskKind::Regression;
    d.m_sampleShape = std::move(sampleShape);
    d.m_targetShape = std::move(targetShape);
    d.m_floats = std::move(features);
    d.m_targets = std::move(targets);
    if (d.m_targetShape.empty())
        d.fail("a regression target shape needs at least one dimension (use [1] for one value per sample)");
    for (int dim : d.m_targetShape)
        if (dim <= 0)
            d.fail("target shape " + shapeToString(d.m_targetShape) + " has a dimension that is not positive");
    const std::size_t targetSize = shapeNumel(d.m_targetShape);
    if (!dividesExactly(d.m_targets.size(), targetSize))
        d.fail(std::to_string(d.m_targets.size()) + " target values are not a whole number of "
            + shapeToString(d.m_targetShape) + " targets");
    d.m_sampleCount = d.m_targets.size() / targetSize;
    d.validate();
    return d;
}

Dataset Dataset::reconstruction(Dataset source, float noiseStd, std::uint64_t noiseSeed)
{
    Dataset d = std::move(source);
    if (d.m_reconstruction)
        return d;
    if (d.m_vocabulary || d.hasPositionLabels())
        d.fail("task=reconstruction needs images or numeric features, not token sequences");
    if (!std::isfinite(noiseStd) || noiseStd < 0.0f)
        d.fail("the noise level must be a finite number of at least 0, got " + std::to_string(noiseStd));
    if (d.m_task == TaskKind::Classification) {
        d.m_originalLabels = std::move(d.m_labels);
        d.m_originalClassNames = std::move(d.m_classNames);
    }
    d.m_labels.clear();
    d.m_classNames.clear();
    d.m_targets.clear();
    d.m_task = TaskKind::Regression;
    d.m_targetShape = d.m_sampleShape;
    d.m_reconstruction = true;
    d.m_noiseStd = noiseStd;
    d.m_noiseSeed = noiseSeed;
    return d;
}

int Dataset::originalLabel(std::size_t i) const
{
    checkIndex(i);
    return m_originalLabels.empty() ? -1 : m_originalLabels[i];
}

void Dataset::fail(const std::string& problem) const
{
    throw DataError("dataset '" + m_name + "': " + problem);
}

void Dataset::validate() const
{
    if (m_sampleShape.empty())
        fail("the sample shape needs at least one dimension");
    for (int dim : m_sampleShape)
        if (dim <= 0)
            fail("sample shape " + shapeToString(m_sampleShape) + " has a dimension that is not positive");
    const std::size_t sampleSize = shapeNumel(m_sampleShape);
    const std::size_t featureCount = m_byteStorage ? m_bytes.size() : m_floats.size();
    if (featureCount != m_sampleCount * sampleSize)
        fail(std::to_string(featureCount) + " feature values do not match " + std::to_string(m_sampleCount)
            + " samples of shape " + shapeToString(m_sampleShape) + " (" + std::to_string(m_sampleCount * sampleSize)
            + " values)");
    if (m_byteStorage && !std::isfinite(m_scale))
        fail("the byte scale factor is not a finite number");
    if (!m_byteStorage) {
        const auto bad = std::find_if(m_floats.begin(), m_floats.end(), [](float v) { return !std::isfinite(v); });
        if (bad != m_floats.end()) {
            const auto at = static_cast<std::size_t>(bad - m_floats.begin());
            fail("feature " + std::to_string(at % sampleSize) + " of sample " + std::to_string(at / sampleSize)
                + " is not a finite number");
        }
    }

    if (m_reconstruction)
        return; // the targets are the features checked above
    if (m_task == TaskKind::Regression) {
        const std::size_t targetSize = shapeNumel(m_targetShape);
        const auto bad = std::find_if(m_targets.begin(), m_targets.end(), [](float v) { return !std::isfinite(v); });
        if (bad != m_targets.end())
            fail("the target of sample "
                + std::to_string(static_cast<std::size_t>(bad - m_targets.begin()) / targetSize)
                + " is not a finite number");
        return;
    }

    if (m_classNames.empty())
        fail("a classification dataset needs at least one class name");
    std::unordered_set<std::string> seen;
    for (const std::string& className : m_classNames) {
        if (className.empty())
            fail("class names must not be empty");
        if (!seen.insert(className).second)
            fail("class name '" + className + "' appears more than once");
    }
    const int classes = classCount();
    const auto positions = static_cast<std::size_t>(positionCount());
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        if (m_labels[i] < 0 || m_labels[i] >= classes)
            fail("label " + std::to_string(m_labels[i]) + " of sample " + std::to_string(i / positions)
                + (positions > 1 ? " at position " + std::to_string(i % positions) : std::string()) + " is outside the "
                + std::to_string(classes) + " classes (0.." + std::to_string(classes - 1) + ")");
}

void Dataset::relabel(std::vector<int> labels, std::vector<std::string> classNames)
{
    if (m_task != TaskKind::Classification || hasPositionLabels())
        fail("only single-label classification data can be relabelled");
    if (labels.size() != m_sampleCount)
        fail(std::to_string(labels.size()) + " new labels for " + std::to_string(m_sampleCount) + " samples");
    std::swap(labels, m_labels);
    std::swap(classNames, m_classNames);
    try {
        validate();
    } catch (...) {
        m_labels = std::move(labels);
        m_classNames = std::move(classNames);
        throw;
    }
}

void Dataset::checkIndex(std::size_t i) const
{
    if (i >= m_sampleCount)
        fail("sample index " + std::to_string(i) + " is out of range (" + std::to_string(m_sampleCount) + " samples)");
}

// A shuffled batch reads its samples from random places in a store far larger than
// the caches. Asking for every cache line of the batch up front lets the memory
// system fetch them all at once; reading sample after sample would wait for each
// in turn (about half of the batch's assembly time on Fashion-MNIST).
void Dataset::prefetchSamples(std::span<const std::size_t> indices) const
{
    constexpr std::size_t kCacheLine = 64;
    const std::size_t sampleBytes = shapeNumel(m_sampleShape);
    for (const std::size_t i : indices) {
        const std::uint8_t* sample = m_bytes.data() + i * sampleBytes;
        for (std::size_t at = 0; at < sampleBytes; at += kCacheLine)
            __builtin_prefetch(sample + at);
    }
}

void Dataset::fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const
{
    fillBatchInParallel(indices, nullptr, inputs, targets);
}

void Dataset::fillInputs(std::span<const std::size_t> indices, float* in) const
{
    const std::size_t sampleSize = shapeNumel(m_sampleShape);
    if (m_byteStorage)
        prefetchSamples(indices);
    for (std::size_t k = 0; k < indices.size(); ++k) {
        const std::size_t i = indices[k];
        if (m_byteStorage) {
            bytesToFloats(m_bytes.data() + i * sampleSize, in + k * sampleSize, sampleSize, m_scale);
            if (!m_channelMean.empty()) {
                const std::size_t plane = sampleSize / m_channelMean.size();
                float* x = in + k * sampleSize;
                for (std::size_t c = 0; c < m_channelMean.size(); ++c) {
                    const float mean = m_channelMean[c], inverse = 1.0f / m_channelStd[c];
                    for (std::size_t j = c * plane; j < (c + 1) * plane; ++j)
                        x[j] = (x[j] - mean) * inverse;
                }
            }
        }
        else
            std::copy_n(m_floats.data() + i * sampleSize, sampleSize, in + k * sampleSize);
    }
}

void Dataset::fillBatchInParallel(
    std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const
{
    const std::size_t n = indices.size();
    const std::size_t sampleSize = shapeNumel(m_sampleShape);
    inputs.resize(withBatch(static_cast<int>(n), m_sampleShape));
    targets.resize(withBatch(static_cast<int>(n), m_targetShape));
    float* in = inputs.data();
    float* out = targets.data();

    for (std::size_t k = 0; k < n; ++k)
        checkIndex(indices[k]);
    // Whole samples per part, each part a few thousand values: a table of two
    // features per sample stays on the calling thread. Every value depends on its
    // sample alone, so the split never changes a result.
    constexpr std::size_t kValuesPerPart = 8192;
    if (!pool || n < 2) {
        fillInputs(indices, in);
    } else {
        const int parts = std::min(partsFor(n * sampleSize, kValuesPerPart), static_cast<int>(n));
        pool->parallelFor(parts, [&](int part) {
            const Range r = splitRange(n, parts, part);
            fillInputs(indices.subspan(r.begin, r.size()), in + r.begin * sampleSize);
        });
    }

    if (m_reconstruction) {
        std::copy_n(in, n * sampleSize, out);
        if (m_noiseStd > 0.0f)
            for (std::size_t k = 0; k < n; ++k) {
                const std::size_t i = indices[k];
                Rng rng(splitMix64(m_noiseSeed ^ splitMix64(m_noiseKeys.empty() ? i : m_noiseKeys[i])));
                float* x = in + k * sampleSize;
                for (std::size_t j = 0; j < sampleSize; ++j)
                    x[j] += rng.normal(0.0f, m_noiseStd);
            }
    } else if (m_task == TaskKind::Classification) {
        const auto positions = static_cast<std::size_t>(positionCount());
        for (std::size_t k = 0; k < n; ++k)
            for (std::size_t t = 0; t < positions; ++t)
                out[k * positions + t] = static_cast<float>(m_labels[indices[k] * positions + t]);
    } else {
        const std::size_t targetSize = shapeNumel(m_targetShape);
        for (std::size_t k = 0; k < n; ++k)
            std::copy_n(m_targets.data() + indices[k] * targetSize, targetSize, out + k * targetSize);
    }
}

void Dataset::setChannelNormalization(std::vector<float> mean, std::vector<float> stddev)
{
    if (!m_byteStorage || m_sampleShape.size() != 3)
        fail("per-channel normalisation needs images stored as bytes [channels, height, width]");
    const auto channels = static_cast<std::size_t>(m_sampleShape[0]);
    for (std::vector<float>* v : { &mean, &stddev }) {
        if (v->size() == 1)
            v->assign(channels, v->front());
        if (v->size() != channels)
            fail("normalisation needs one value or " + std::to_string(channels) + " (one per channel), got "
                + std::to_string(v->size()));
    }
    for (std::size_t c = 0; c < channels; ++c)
        if (!std::isfinite(mean[c]) || !std::isfinite(stddev[c]) || !(stddev[c] > 0.0f))
            fail("normalisation of channel " + std::to_string(c) + " needs a finite mean and a standard deviation "
                "above 0, got " + std::to_string(mean[c]) + " and " + std::to_string(stddev[c]));
    m_channelMean = std::move(mean);
    m_channelStd = std::move(stddev);
}

void Dataset::channelStatistics(
    std::span<const std::size_t> indices, std::vector<float>& mean, std::vector<float>& stddev) const
{
    if (!m_byteStorage || m_sampleShape.size() != 3)
        fail("channel statistics need images stored as bytes [channels, height, width]");
    if (indices.empty())
        fail("channel statistics need at least one sample");
    const auto channels = static_cast<std::size_t>(m_sampleShape[0]);
    const std::size_t sampleSize = shapeNumel(m_sampleShape), plane = sampleSize / channels;
    // Exact integer sums of bytes and their squares: no rounding, whatever the order.
    std::vector<unsigned long long> sum(channels, 0), squares(channels, 0);
    for (std::size_t i : indices) {
        checkIndex(i);
        const std::uint8_t* x = m_bytes.data() + i * sampleSize;
        for (std::size_t c = 0; c < channels; ++c)
            for (std::size_t j = c * plane; j < (c + 1) * plane; ++j) {
                sum[c] += x[j];
                squares[c] += static_cast<unsigned long long>(x[j]) * x[j];
            }
    }
    const double n = static_cast<double>(indices.size()) * static_cast<double>(plane);
    mean.assign(channels, 0.0f);
    stddev.assign(channels, 0.0f);
    for (std::size_t c = 0; c < channels; ++c) {
        const double m = static_cast<double>(sum[c]) / n;
        const double variance = std::max(0.0, static_cast<double>(squares[c]) / n - m * m);
        mean[c] = static_cast<float>(m * m_scale);
        stddev[c] = static_cast<float>(std::sqrt(variance) * m_scale);
    }
}

int Dataset::label(std::size_t i) const
{
    if (m_task != TaskKind::Classification)
        fail("a regression dataset has no class labels");
    if (hasPositionLabels())
        fail("samples have one label per position, not one label each");
    checkIndex(i);
    return m_labels[i];
}

std::span<const int> Dataset::positionLabels(std::size_t i) const
{
    if (m_task != TaskKind::Classification)
        fail("a regression dataset has no class labels");
    checkIndex(i);
    const auto positions = static_cast<std::size_t>(positionCount());
    return std::span<const int>(m_labels).subspan(i * positions, positions);
}

void Dataset::setVocabulary(std::shared_ptr<const Vocabulary> vocabulary)
{
    if (vocabulary
        && (m_sampleShape.size() != 1 || m_sampleShape[0] != vocabulary->encoding().maxLength))
        fail("token sequences of length " + std::to_string(vocabulary->encoding().maxLength)
            + " do not match samples of shape " + shapeToString(m_sampleShape));
    m_vocabulary = std::move(vocabulary);
}

void Dataset::replaceFeatures(std::vector<float> features)
{
    std::swap(features, m_floats);
    const bool wasBytes = m_byteStorage;
    m_byteStorage = false;
    try {
        validate();
    } catch (...) {
        std::swap(features, m_floats);
        m_byteStorage = wasBytes;
        throw;
    }
    m_bytes.clear();
}

void Dataset::setTexts(std::vector<std::string> texts)
{
    if (!texts.empty() && texts.size() != m_sampleCount)
        fail(std::to_string(texts.size()) + " texts given for " + std::to_string(m_sampleCount) + " samples");
    m_texts = std::move(texts);
}

std::span<const std::uint8_t> Dataset::sampleBytes(std::size_t i) const
{
    checkIndex(i);
    if (!m_byteStorage)
        return {};
    const std::size_t numel = shapeNumel(m_sampleShape);
    return std::span<const std::uint8_t>(m_bytes).subspan(i * numel, numel);
}

std::vector<float> Dataset::tokenIds(std::size_t i) const
{
    checkIndex(i);
    if (m_sampleShape.size() != 1)
        return {};
    const std::size_t length = static_cast<std::size_t>(m_sampleShape[0]);
    std::vector<float> ids(length);
    for (std::size_t t = 0; t < length; ++t)
        ids[t] = m_byteStorage ? static_cast<float>(m_bytes[i * length + t]) * m_scale : m_floats[i * length + t];
    return ids;
}

std::string Dataset::sampleText(std::size_t i) const
{
    checkIndex(i);
    if (!m_texts.empty())
        return m_texts[i];
    if (!m_vocabulary)
        return {};
    return m_vocabulary->text(tokenIds(i));
}

void Dataset::setOriginFile(std::string file)
{
    m_originFiles = { std::move(file) };
    m_originFileIds.clear();
    m_originIndices.clear();
}

void Dataset::setOrigins(std::vector<SampleOrigin> origins)
{
    if (origins.size() != m_sampleCount)
        fail(
            std::to_string(origins.size()) + " sample origins given for " + std::to_string(m_sampleCount) + " samples");
    std::vector<std::string> files;
    std::unordered_map<std::string, std::uint32_t> fileIds;
    std::vector<std::uint32_t> ids(origins.size());
    std::vector<long long> indices(origins.size());
    for (std::size_t i = 0; i < origins.size(); ++i) {
        auto [it, inserted] = fileIds.try_emplace(origins[i].file, static_cast<std::uint32_t>(files.size()));
        if (inserted)
            files.push_back(std::move(origins[i].file));
        ids[i] = it->second;
        indices[i] = origins[i].index;
    }
    m_originFiles = std::move(files);
    m_originFileIds = std::move(ids);
    m_originIndices = std::move(indices);
}

SampleOrigin Dataset::origin(std::size_t i) const
{
    checkIndex(i);
    SampleOrigin o;
    if (!m_originFiles.empty())
        o.file = m_originFiles[m_originFileIds.empty() ? 0 : m_originFileIds[i]];
    o.index = m_originIndices.empty() ? static_cast<long long>(i) : m_originIndices[i];
    return o;
}

Dataset Dataset::subset(std::span<const std::size_t> indices) const
{
    for (std::size_t i : indices)
        checkIndex(i);
    const std::size_t sampleSize = shapeNumel(m_sampleShape);
    const std::size_t targetSize = shapeNumel(m_targetShape);

    Dataset d;
    d.m_name = m_name;
    d.m_task = m_task;
    d.m_sampleShape = m_sampleShape;
    d.m_targetShape = m_targetShape;
    d.m_sampleCount = indices.size();
    d.m_byteStorage = m_byteStorage;
    d.m_scale = m_scale;
    d.m_channelMean = m_channelMean;
    d.m_channelStd = m_channelStd;
    d.m_classNames = m_classNames;
    d.m_originFiles = m_originFiles;
    d.m_vocabulary = m_vocabulary;
    if (!m_texts.empty()) {
        d.m_texts.reserve(indices.size());
        for (std::size_t i : indices)
            d.m_texts.push_back(m_texts[i]);
    }

    if (m_byteStorage) {
        d.m_bytes.resize(indices.size() * sampleSize);
        for (std::size_t k = 0; k < indices.size(); ++k)
            std::copy_n(m_bytes.data() + indices[k] * sampleSize, sampleSize, d.m_bytes.data() + k * sampleSize);
    } else {
        d.m_floats.resize(indices.size() * sampleSize);
        for (std::size_t k = 0; k < indices.size(); ++k)
            std::copy_n(m_floats.data() + indices[k] * sampleSize, sampleSize, d.m_floats.data() + k * sampleSize);
    }
    if (m_task == TaskKind::Classification) {
        const auto positions = static_cast<std::size_t>(positionCount());
        d.m_labels.reserve(indices.size() * positions);
        for (std::size_t i : indices)
            d.m_labels.insert(d.m_labels.end(), m_labels.begin() + static_cast<std::ptrdiff_t>(i * positions),
                m_labels.begin() + static_cast<std::ptrdiff_t>((i + 1) * positions));
    } else if (m_reconstruction) {
        d.m_reconstruction = true;
        d.m_noiseStd = m_noiseStd;
        d.m_noiseSeed = m_noiseSeed;
        d.m_noiseKeys.reserve(indices.size());
        for (std::size_t i : indices)
            d.m_noiseKeys.push_back(m_noiseKeys.empty() ? i : m_noiseKeys[i]);
        d.m_originalClassNames = m_originalClassNames;
        if (!m_originalLabels.empty())
            for (std::size_t i : indices)
                d.m_originalLabels.push_back(m_originalLabels[i]);
    } else {
        d.m_targets.resize(indices.size() * targetSize);
        for (std::size_t k = 0; k < indices.size(); ++k)
            std::copy_n(m_targets.data() + indices[k] * targetSize, targetSize, d.m_targets.data() + k * targetSize);
    }

    // A subset's sample k keeps the origin of the sample it was taken from, so the
    // index always points back into the original file.
    if (!m_originFileIds.empty()) {
        d.m_originFileIds.reserve(indices.size());
        for (std::size_t i : indices)
            d.m_originFileIds.push_back(m_originFileIds[i]);
    }
    d.m_originIndices.reserve(indices.size());
    for (std::size_t i : indices)
        d.m_originIndices.push_back(m_originIndices.empty() ? static_cast<long long>(i) : m_originIndices[i]);
    return d;
}

std::vector<std::size_t> Dataset::classCounts() const
{
    std::vector<std::size_t> counts(m_classNames.size(), 0);
    for (int l : m_labels)
        ++counts[static_cast<std::size_t>(l)];
    return counts;
}

std::vector<std::size_t> Dataset::classCounts(std::span<const std::size_t> indices) const
{
    if (m_task != TaskKind::Classification)
        return {};
    std::vector<std::size_t> counts(m_classNames.size(), 0);
    for (std::size_t i : indices)
        for (int l : positionLabels(i))
            ++counts[static_cast<std::size_t>(l)];
    return counts;
}

} // namespace nw
