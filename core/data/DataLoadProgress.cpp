#include "DataLoadProgress.h"

namespace nw {

namespace {

thread_local DataLoadProgress* t_progress = nullptr;

} // namespace

ScopedDataLoadProgress::ScopedDataLoadProgress(DataLoadProgress* progress)
    : m_previous(t_progress)
{
    t_progress = progress;
}

ScopedDataLoadProgress::~ScopedDataLoadProgress()
{
    t_progress = m_previous;
}

void reportDataLoadProgress(std::size_t done, std::size_t total, const std::string& what)
{
    DataLoadProgress* progress = t_progress;
    if (!progress)
        return;
    progress->total.store(total, std::memory_order_relaxed);
    progress->done.store(done, std::memory_order_relaxed);
    if (progress->cancel.load(std::memory_order_relaxed))
        throw DataLoadCancelled(what + ": loading was cancelled");
}

} // namespace nw
