#pragma once
// Standardises features to mean 0 and standard deviation 1, with statistics
// taken from the training split only: fitting on all samples would let the
// validation and test rows leak into what the model is trained on.
//
// Loaders keep features raw (CsvDataset); whoever splits the data fits a scaler
// on the training indices and applies it to the whole dataset (or to new data at
// prediction time, which is why mean() and scale() can be saved and a scaler
// rebuilt from them). Statistics are per feature element (every value of the
// sample shape), in double precision; the standard deviation is the population
// one (as scikit-learn's StandardScaler), and a constant feature gets 1 so it
// maps to 0 instead of dividing by zero.
#include "Dataset.h"

#include <cstddef>
#include <span>
#include <vector>

namespace nw {

class FeatureScaler {
public:
    FeatureScaler() = default;
    // A fitted scaler from saved statistics; throws DataError when the sizes
    // differ or a scale is not positive and finite.
    FeatureScaler(std::vector<float> mean, std::vector<float> scale);

    // Throws DataError for no indices or an index out of range. `scaleFeature`, when
    // not empty, has one entry per feature; features marked false pass through
    // unchanged (one-hot columns, see CsvReport::numericFeatures).
    void fit(
        const Dataset& dataset, std::span<const std::size_t> trainIndices, const std::vector<bool>& scaleFeature = {});

    // A float copy of `dataset` with (x - mean) / scale per feature; labels,
    // targets, class names and origins are kept. Throws DataError when not fitted
    // or when the sample size differs from the fitted one.
    Dataset apply(const Dataset& dataset) const;

    bool isFitted() const { return !m_mean.empty(); }
    const std::vector<float>& mean() const { return m_mean; }
    const std::vector<float>& scale() const { return m_scale; }

private:
    std::vector<float> m_mean;
    std::vector<float> m_scale;
};

} // namespace nw
