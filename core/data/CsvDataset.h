#pragma once
// Loads a table from a CSV file (RFC 4180, header row required) as a Dataset:
// one column is the target, the others become features.
//
// Column kinds are decided from the values, over all rows:
// - numeric: every present value is a number. Kept raw; standardise with a
//   FeatureScaler fitted on the training split (never here: that would leak
//   the test rows' statistics into training).
// - categorical: mostly non-numbers and at most 50 distinct values. One-hot
//   encoded, one feature per value, named "color=red", values sorted.
// - text: non-numeric with more than 50 distinct values: refused (for more than
//   half the rows "free text", else "too many categories"), unless it is the
//   target. A column that is mostly numbers with a few non-numbers is an error
//   naming the first bad line, not silently categorical.
// Missing values are empty fields and NA, N/A, NaN, null, None, ? (any case).
// A row with a missing target is always dropped; missing features drop the row
// (MissingValues::Drop) or are imputed (MeanImpute: the column mean over the
// kept rows; the most frequent value for categorical columns).
//
// The target decides the task unless `task` is given: a non-numeric target, or
// integers with at most 20 distinct values, is classification (class names:
// the sorted distinct values, numbers sorted numerically); anything else is
// regression with one value per sample. Each sample's origin is the file and the
// 1-based line its row starts on.
#include "Dataset.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nw {

enum class MissingValues { Drop, MeanImpute };

struct CsvOptions {
    std::string targetColumn {}; // column name; empty: the last column
    std::optional<TaskKind> task {}; // nullopt: decided from the target's values
    MissingValues missing = MissingValues::Drop;
    char delimiter = ',';
};

enum class CsvColumnKind { Numeric, Categorical, Target };

struct CsvColumnReport {
    std::string name;
    CsvColumnKind kind = CsvColumnKind::Numeric;
    std::size_t missing = 0; // missing values in the file (before dropping rows)
    std::vector<std::string> categories; // categorical: the one-hot values, sorted
};

// What the loader did, for the data panel and `netwright-cli validate`.
struct CsvReport {
    std::size_t rowsRead = 0; // data rows in the file
    std::size_t rowsDropped = 0; // rows with a missing target, or any missing value under Drop
    std::size_t valuesImputed = 0;
    TaskKind task = TaskKind::Classification;
    std::string targetColumn;
    std::vector<CsvColumnReport> columns; // in file order
    std::vector<std::string> featureNames; // one per feature, after one-hot encoding
    std::vector<bool> numericFeatures; // per feature: true for numeric, false for one-hot
};

// Throws DataError naming the file, and the line and column where there is one.
Dataset loadCsvDataset(const std::string& path, const CsvOptions& options, CsvReport* report = nullptr);

// Whether `field` counts as a missing value (see above).
bool isMissingCsvValue(const std::string& field);

} // namespace nw
