#include "BundledDatasets.h"

#include "CsvDataset.h"
#include "CsvTable.h"

#include <charconv>
#include <cstdlib>
#include <filesystem>

#ifndef NETWRIGHT_RESOURCE_DIR
#error "netwright_data needs the compile definition NETWRIGHT_RESOURCE_DIR"
#endif

namespace nw {

namespace {

constexpr int kDigitSide = 8;
constexpr int kDigitMax = 16; // each pixel counts the set pixels of a 4x4 block

std::string datasetFile(const std::string& file)
{
    return resourceDirectory() + "/datasets/" + file;
}

Dataset loadIris(CsvReport* report = nullptr)
{
    CsvOptions options;
    options.targetColumn = "species";
    options.task = TaskKind::Classification;
    Dataset d = loadCsvDataset(datasetFile("iris.csv"), options, report);
    return d;
}

Dataset loadDigits()
{
    const std::string path = datasetFile("digits.csv");
    const CsvTable table = readCsvTable(path, ',');
    constexpr std::size_t pixels = kDigitSide * kDigitSide;
    if (table.header.size() != pixels + 1 || table.header.back() != "digit")
        throw DataError(path
            + ": expected 64 pixel columns and a 'digit' column; regenerate it with "
              "resources/datasets/make_bundled.py");
    std::vector<std::uint8_t> bytes;
    std::vector<int> labels;
    std::vector<SampleOrigin> origins;
    bytes.reserve(table.rows.size() * pixels);
    for (const CsvRecord& row : table.rows) {
        for (std::size_t c = 0; c <= pixels; ++c) {
            const std::string& f = row.fields[c];
            int v = -1;
            const auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
            const int max = c < pixels ? kDigitMax : 9;
            if (ec != std::errc() || end != f.data() + f.size() || v < 0 || v > max)
                throw DataError(path + ":" + std::to_string(row.line) + ": column '" + table.header[c] + "': '" + f
                    + "' is not a whole number 0.." + std::to_string(max));
            if (c < pixels)
                bytes.push_back(static_cast<std::uint8_t>(v));
            else
                labels.push_back(v);
        }
        origins.push_back({ path, row.line });
    }
    std::vector<std::string> classNames;
    for (int c = 0; c <= 9; ++c)
        classNames.push_back(std::to_string(c));
    Dataset d = Dataset::fromBytes("digits", { 1, kDigitSide, kDigitSide }, std::move(bytes), 1.0f / kDigitMax,
        std::move(labels), std::move(classNames));
    d.setOrigins(std::move(origins));
    return d;
}

} // namespace

std::string resourceDirectory()
{
    if (const char* env = std::getenv("NETWRIGHT_RESOURCES"); env && *env)
        return env;
    // An installed copy (<prefix>/bin/netwright beside <prefix>/share/netwright) finds its
    // data from where the executable is, so any prefix works; a build tree has no such folder.
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto installed = (executable.parent_path() / NETWRIGHT_BIN_TO_DATA).lexically_normal();
        if (std::filesystem::is_directory(installed / "datasets", error))
            return installed.string();
    }
    return NETWRIGHT_RESOURCE_DIR;
}

std::vector<std::string> bundledDatasetNames()
{
    return { "digits", "iris" };
}

Dataset loadBundledDataset(const std::string& name)
{
    if (name == "iris")
        return loadIris();
    if (name == "digits")
        return loadDigits();
    std::string known;
    for (const auto& n : bundledDatasetNames())
        known += (known.empty() ? "" : ", ") + n;
    throw DataError("no bundled dataset named '" + name + "' (bundled datasets: " + known + ")");
}

bool isBundledTable(const std::string& name)
{
    return name == "iris";
}

CsvReport bundledTableReport(const std::string& name)
{
    if (!isBundledTable(name))
        throw DataError("the bundled dataset '" + name + "' is not a table");
    CsvReport report;
    loadIris(&report);
    return report;
}

} // namespace nw
