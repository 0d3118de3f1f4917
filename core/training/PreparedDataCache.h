#pragma once
// The one owner of loaded and prepared data in a window: training, evaluation, the
// decision boundary and the dataset preview all ask it, so Fashion-MNIST's 60,000
// images are read once, not once per panel. A dataset is kept per canonical spec,
// base folder and file version (the files' modification time and size, so an edited
// CSV is read again; an image folder's time changes only when files come or go, so
// the dataset dock's Reload clears the cache); its split and scaler per split
// settings on top of that.
//
// Thread-safe: the panels ask from background-pool threads. Two threads asking for
// the same entry at once share one load (the second waits for the first). Failed
// loads are not kept. At most `capacity` entries of each kind are kept, the least
// recently used going first. Owned by MainWindow; the CLI uses a short-lived one.
#include "PreparedData.h"

#include "io/DatasetReference.h"

#include <atomic>
#include <memory>
#include <string>

namespace nw {

class PreparedDataCache {
public:
    explicit PreparedDataCache(std::size_t capacity = 4);
    ~PreparedDataCache();
    PreparedDataCache(const PreparedDataCache&) = delete;
    PreparedDataCache& operator=(const PreparedDataCache&) = delete;

    // The dataset `spec` names, relative paths resolved against `baseDirectory`.
    // Throws DataError as loadDataset() does.
    std::shared_ptr<const LoadedDataset> dataset(const DataSpec& spec, const std::string& baseDirectory);

    // `spec` (the project's dataset or an override) split and standardised as `reference`
    // says, with its separate test set when the reference names one. Throws DataError.
    std::shared_ptr<const PreparedData> prepared(
        const DataSpec& spec, const DatasetReference& reference, const std::string& baseDirectory);

    // Forgets every entry (Reload: "read the data again"); loads in flight still
    // finish for those who asked.
    void clear();

    // How many times a dataset file was actually read: diagnostics and tests.
    int datasetLoads() const { return m_datasetLoads.load(); }

private:
    template <typename T>
    class Memo;

    // The same with the key worked out already (it stats the spec's files).
    std::shared_ptr<const LoadedDataset> dataset(
        const DataSpec& spec, const std::string& baseDirectory, const std::string& key);

    std::unique_ptr<Memo<LoadedDataset>> m_datasets;
    std::unique_ptr<Memo<PreparedData>> m_prepared;
    std::atomic<int> m_datasetLoads { 0 };
};

} // namespace nw
