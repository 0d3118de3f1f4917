// A CSV table through the tabular pipeline as training sees it (load, encode,
// fit the scaler on the rows, standardise) and as `predict` sees new rows of it
// (readCsvFeatureRows against the training table's report). Every input is read
// under both missing-value policies, with the delimiter its first line suggests,
// so the seed files stay valid CSV and no option goes unexplored.
#include "FuzzInputFile.h"

#include "data/CsvDataset.h"
#include "data/CsvFeatureRows.h"
#include "data/DataError.h"
#include "data/FeatureScaler.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <vector>

namespace {

char likelyDelimiter(std::string_view text)
{
    const std::string_view firstLine = text.substr(0, text.find('\n'));
    return std::count(firstLine.begin(), firstLine.end(), ';') > std::count(firstLine.begin(), firstLine.end(), ',')
        ? ';'
        : ',';
}

void readAsTrainingAndPrediction(const std::string& path, const nw::CsvOptions& options)
{
    try {
        nw::CsvReport report;
        const nw::Dataset table = nw::loadCsvDataset(path, options, &report);
        std::vector<std::size_t> rows(table.size());
        std::iota(rows.begin(), rows.end(), std::size_t { 0 });
        nw::FeatureScaler scaler;
        scaler.fit(table, rows, report.numericFeatures);
        const nw::Dataset standardised = scaler.apply(table);
        const nw::CsvFeatureRows fresh = nw::readCsvFeatureRows(path, report, options.delimiter);
        (void)standardised;
        (void)fresh;
    } catch (const nw::DataError&) {
        // Refused with a message: what a bad file should get.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.csv", data, size);
    nw::CsvOptions options;
    options.delimiter = likelyDelimiter(std::string_view(reinterpret_cast<const char*>(data), size));
    options.missing = nw::MissingValues::Drop;
    readAsTrainingAndPrediction(path, options);
    options.missing = nw::MissingValues::MeanImpute;
    readAsTrainingAndPrediction(path, options);
    return 0;
}
