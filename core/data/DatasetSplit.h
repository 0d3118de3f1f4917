#pragma once
// Train / validation / test split of a Dataset, as sample indices (the trainer
// reads a Dataset by index, so a split costs no copy; Dataset::subset() makes one
// when a separate dataset is wanted).
//
// Classification splits are stratified by default: each class is divided in the
// same proportions, so a rare class still shows up in validation and test. Part
// sizes are round(N * fraction); within each class a part holds floor or ceil of
// its exact share (largest remainders get the extra samples), so every class is
// within one sample of the requested proportion. Regression, per-position labels (or stratified =
// false) is a plain seeded shuffle. Same dataset and seed: same split.
#include "Dataset.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nw {

struct DatasetSplit {
    std::vector<std::size_t> train, validation, test; // each sorted ascending
};

// Throws DataError when a fraction is outside [0, 1) or their sum is not below 1.
DatasetSplit splitDataset(
    const Dataset& dataset, float validationFraction, float testFraction, std::uint64_t seed, bool stratified = true);

} // namespace nw
