#include "FeatureScaler.h"

#include <cmath>
#include <numeric>

namespace nw {

FeatureScaler::FeatureScaler(std::vector<float> mean, std::vector<float> scale)
    : m_mean(std::move(mean))
    , m_scale(std::move(scale))
{
    if (m_mean.size() != m_scale.size())
        throw DataError("feature scaler: " + std::to_string(m_mean.size()) + " means but "
            + std::to_string(m_scale.size()) + " scales");
    for (std::size_t j = 0; j < m_scale.size(); ++j)
        if (!std::isfinite(m_mean[j]) || !std::isfinite(m_scale[j]) || m_scale[j] <= 0.0f)
            throw DataError("feature scaler: feature " + std::to_string(j)
                + " has a mean or scale that is not a finite number (scales must be positive)");
}

void FeatureScaler::fit(
    const Dataset& dataset, std::span<const std::size_t> trainIndices, const std::vector<bool>& scaleFeature)
{
    if (trainIndices.empty())
        throw DataError("dataset '" + dataset.name() + "': cannot fit a feature scaler on an empty training split");
    const std::size_t features = shapeNumel(dataset.sampleShape());
    if (!scaleFeature.empty() && scaleFeature.size() != features)
        throw DataError("dataset '" + dataset.name() + "': feature scaler mask has "
            + std::to_string(scaleFeature.size()) + " entries for " + std::to_string(features) + " features");

    // Two passes in batches (mean, then squared deviations): numerically safer
    // than sum of squares, and never a float copy of the whole dataset.
    constexpr std::size_t kBatch = 1024;
    std::vector<double> sum(features, 0.0), squares(features, 0.0);
    Tensor inputs, targets;
    auto forEachBatch = [&](auto&& visit) {
        for (std::size_t begin = 0; begin < trainIndices.size(); begin += kBatch) {
            const auto part = trainIndices.subspan(begin, std::min(kBatch, trainIndices.size() - begin));
            dataset.fillBatch(part, inputs, targets);
            for (std::size_t k = 0; k < part.size(); ++k)
                visit(inputs.data() + k * features);
        }
    };
    forEachBatch([&](const float* x) {
        for (std::size_t j = 0; j < features; ++j)
            sum[j] += x[j];
    });
    const double n = static_cast<double>(trainIndices.size());
    std::vector<double> mean(features);
    for (std::size_t j = 0; j < features; ++j)
        mean[j] = sum[j] / n;
    forEachBatch([&](const float* x) {
        for (std::size_t j = 0; j < features; ++j)
            squares[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
    });

    m_mean.assign(features, 0.0f);
    m_scale.assign(features, 1.0f);
    for (std::size_t j = 0; j < features; ++j) {
        if (!scaleFeature.empty() && !scaleFeature[j])
            continue;
        const double sd = std::sqrt(squares[j] / n);
        m_mean[j] = static_cast<float>(mean[j]);
        m_scale[j] = sd > 0.0 && std::isfinite(static_cast<float>(sd)) ? static_cast<float>(sd) : 1.0f;
    }
}

Dataset FeatureScaler::apply(const Dataset& dataset) const
{
    if (!isFitted())
        throw DataError("dataset '" + dataset.name() + "': the feature scaler has not been fitted");
    const std::size_t features = shapeNumel(dataset.sampleShape());
    if (features != m_mean.size())
        throw DataError("dataset '" + dataset.name() + "': samples have " + std::to_string(features)
            + " features, the scaler was fitted on " + std::to_string(m_mean.size()));

    std::vector<std::size_t> all(dataset.size());
    std::iota(all.begin(), all.end(), std::size_t { 0 });
    Tensor inputs, targets;
    dataset.fillBatch(all, inputs, targets);
    std::vector<float> values(inputs.data(), inputs.data() + inputs.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::size_t j = i % features;
        values[i] = (values[i] - m_mean[j]) / m_scale[j];
    }

    Dataset out = dataset.task() == TaskKind::Classification
        ? Dataset::fromFloats(
            dataset.name(), dataset.sampleShape(), std::move(values), dataset.labels(), dataset.classNames())
        : Dataset::regression(dataset.name(), dataset.sampleShape(), std::move(values), dataset.targetShape(),
            std::vector<float>(targets.data(), targets.data() + targets.size()));
    std::vector<SampleOrigin> origins;
    origins.reserve(dataset.size());
    for (std::size_t i = 0; i < dataset.size(); ++i)
        origins.push_back(dataset.origin(i));
    out.setOrigins(std::move(origins));
    return out;
}

} // namespace nw
