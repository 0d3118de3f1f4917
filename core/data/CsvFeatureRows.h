#pragma once
// Encodes the rows of a new CSV file exactly as the training table was encoded:
// what a prediction needs, since a network trained on "color=red" one-hot columns
// and raw numeric columns must be fed the same features in the same order.
//
// Columns are matched by the names the training table had (CsvReport::columns),
// in any order; the training target and columns the training table did not have
// are ignored. When the header names none of the training columns (a table
// written without the same names), the columns are taken by position instead:
// the feature columns in training order, optionally with the target column where
// it was in training. Numeric columns must hold numbers; categorical ones a
// category the training table had (one-hot encoded). Missing values are refused,
// since a prediction has no training statistics to impute them from.
#include "CsvDataset.h"

#include <cstddef>
#include <string>
#include <vector>

namespace nw {

struct CsvFeatureRows {
    std::size_t rows = 0;
    std::vector<float> features;             // rows x training.featureNames.size(), row-major
    std::vector<long long> lines;            // 1-based line each row starts on
    std::vector<std::string> ignoredColumns; // columns of the file not used (the target, unknown names)
};

// Throws DataError naming the file, and the line and column where there is one:
// an unreadable or malformed file, a training column that is missing, a value that
// is missing, not a number or not a known category, a file with no rows.
CsvFeatureRows readCsvFeatureRows(const std::string& path, const CsvReport& training, char delimiter = ',');

} // namespace nw
