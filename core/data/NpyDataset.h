#pragma once
// Builds a Dataset from two .npy files, features [N, ...] and targets [N] or
// [N, ...] (what `np.save` gives a Python user in two lines).
//
// Task, unless given: integer or bool targets are classification (class ids
// 0..K-1 with K = largest id + 1, names "0".."K-1", as for IDX files); float
// targets are regression, target shape [1] for [N] targets, else the shape after
// N. Classification needs targets [N] (or [N, 1]) holding whole numbers >= 0.
// Features: a sample is everything after N ([1] for a 1-D array). uint8
// features are treated as pixels and scaled by 1/255, bools become 0/1, other
// types are used as they are (standardise with FeatureScaler). Each sample's
// origin is the features file and its row.
#include "Dataset.h"

#include <optional>
#include <string>

namespace nw {

// Throws DataError naming the file and the problem.
Dataset loadNpyDataset(
    const std::string& featuresPath, const std::string& targetsPath, std::optional<TaskKind> task = std::nullopt);

} // namespace nw
