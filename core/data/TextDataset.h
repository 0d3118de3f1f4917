#pragma once
// Text classification data: texts with one label each, read from a CSV table (a
// header row; one column holds the text, one the label) or from a text file of
// lines "LABEL<TAB>TEXT". The texts become token ids [T] (float32, as the engine
// takes them) through a Vocabulary.
//
// The vocabulary must come from the training split only, which a loader cannot
// know: loadTextDataset() encodes with a vocabulary of all its texts, so the data
// can be previewed and checked on its own, and whoever splits it (PreparedDataCache)
// fits the vocabulary on the training part and encodes again (encodeTexts()), as
// FeatureScaler does for tables. The texts stay with the dataset for that, and for
// the panels.
//
// Labels: class names are the distinct labels sorted (numerically when all are
// numbers). Each sample's origin is the file and its 1-based line. Errors name the
// file, the line and the problem: a file that is not UTF-8, a missing column, an
// empty label, a line without a tab.
#include "Dataset.h"
#include "Vocabulary.h"

#include <memory>
#include <string>
#include <vector>

namespace nw {

struct TextOptions {
    std::string column; // CSV: the text column; empty: the first column that is not the target
    std::string target; // CSV: the label column; empty: the last column
    char delimiter = ',';
    TextEncoding encoding;
};

// Texts and their labels as read, before any tokens.
struct LabelledTexts {
    std::vector<std::string> texts;
    std::vector<std::string> labels;
    std::vector<SampleOrigin> origins;
};

// Reads `path`: a .csv file as a table, anything else as lines "LABEL<TAB>TEXT"
// (blank lines skipped). Throws DataError naming the file, line and problem.
LabelledTexts readLabelledTexts(const std::string& path, const TextOptions& options);

// The texts of a file for prediction: a .csv file's `column` (or its only column,
// or a column named "text"), or every line of any other file (blank lines
// included, so line k is sample k-1). Throws DataError like readLabelledTexts().
LabelledTexts readTexts(const std::string& path, const std::string& column, char delimiter);

// A classification dataset of token sequences with a vocabulary fitted on all of
// its texts. `name` names it in messages.
Dataset makeTextDataset(std::string name, LabelledTexts texts, const TextEncoding& encoding);

Dataset loadTextDataset(const std::string& path, const TextOptions& options);

// `data` (a text dataset) with every text encoded by `vocabulary`, whose length
// must be the data's T. Throws DataError for data without texts.
Dataset encodeTexts(const Dataset& data, std::shared_ptr<const Vocabulary> vocabulary);

// Token ids [texts.size(), T] of `texts`, encoded by `vocabulary`.
std::vector<float> encodeAll(const Vocabulary& vocabulary, const std::vector<std::string>& texts);

} // namespace nw
