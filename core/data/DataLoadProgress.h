#pragma once
// How far a long load is, and a way to stop it, for whoever started it on another
// thread. The loader that reads many files (the image folder: 100,000 files take a
// while) reports files done of files found and stops when asked; the window's
// Dataset dock installs one with ScopedDataLoadProgress around its background load,
// polls it for its progress bar and sets `cancel` from its Cancel button.
//
// Thread-local rather than a parameter: the load runs through loadDataset(), the
// data kinds' table and the prepared-data cache, none of which need to know.
#include "DataError.h"

#include <atomic>
#include <cstddef>
#include <string>

namespace nw {

struct DataLoadProgress {
    std::atomic<std::size_t> done { 0 };
    std::atomic<std::size_t> total { 0 }; // 0 while still counting
    std::atomic<bool> cancel { false };
};

// A load stopped because `cancel` was set: "<what>: loading was cancelled".
class DataLoadCancelled : public DataError {
public:
    using DataError::DataError;
};

// Installs `progress` for loads on this thread for the scope's lifetime.
class ScopedDataLoadProgress {
public:
    explicit ScopedDataLoadProgress(DataLoadProgress* progress);
    ~ScopedDataLoadProgress();
    ScopedDataLoadProgress(const ScopedDataLoadProgress&) = delete;
    ScopedDataLoadProgress& operator=(const ScopedDataLoadProgress&) = delete;

private:
    DataLoadProgress* m_previous;
};

// For loaders: records `done` of `total` (when one is installed) and throws
// DataLoadCancelled naming `what` when the load was asked to stop.
void reportDataLoadProgress(std::size_t done, std::size_t total, const std::string& what);

} // namespace nw
