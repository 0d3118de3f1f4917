#pragma once
// The small datasets that ship in resources/datasets/ (see the README there for
// sources and licences), so a classroom can train without downloading anything:
//
// - "iris": 150 flowers, 4 numeric features, 3 species (50 each). Loaded from
//   iris.csv as a CSV classification dataset with raw features; standardise them
//   with a FeatureScaler fitted on the training split.
// - "digits": 1,797 handwritten digits as 8x8 images, values 0..16 stored as
//   bytes with scale 1/16 (sample shape [1, 8, 8]), classes "0".."9".
#include "CsvDataset.h"
#include "Dataset.h"

#include <string>
#include <vector>

namespace nw {

// $NETWRIGHT_RESOURCES when set and not empty; else, for an installed copy, the data
// folder beside the executable (<prefix>/share/netwright for <prefix>/bin); else the
// source tree's resources/ folder (the compile definition NETWRIGHT_RESOURCE_DIR).
std::string resourceDirectory();

// "digits", "iris" (sorted).
std::vector<std::string> bundledDatasetNames();

// Throws DataError for an unknown name (listing the known ones) or a bundled file
// that is missing or damaged.
Dataset loadBundledDataset(const std::string& name);

// Whether the bundled dataset is a table of raw measurements (iris), not images.
bool isBundledTable(const std::string& name);

// How the loader read a bundled table (iris): its columns and feature names, so
// that new rows can be encoded like the training rows. Throws DataError for a
// bundled dataset that is not a table.
CsvReport bundledTableReport(const std::string& name);

} // namespace nw
