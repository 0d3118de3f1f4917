#pragma once
// Watches a BackgroundTask<T> from the GUI thread: `finished` when its job is done,
// then result(). The window's QFutureWatcher, on std primitives (see BackgroundPool.h).
#include "BackgroundTask.h"
#include "BackgroundWatcherBase.h"

namespace nw {

template <class T>
class BackgroundWatcher : public BackgroundWatcherBase {
public:
    explicit BackgroundWatcher(QObject* parent = nullptr)
        : BackgroundWatcherBase(parent)
    {
    }
    ~BackgroundWatcher() override { watch(nullptr); }

    // Watches `task` instead; the task watched so far runs on unreported.
    void setTask(BackgroundTask<T> task)
    {
        watch(task.state());
        m_task = std::move(task);
    }
    const BackgroundTask<T>& task() const { return m_task; }
    // Waits for the job if it has not finished; rethrows what it threw.
    const T& result() const { return m_task.result(); }

private:
    BackgroundTask<T> m_task;
};

} // namespace nw
