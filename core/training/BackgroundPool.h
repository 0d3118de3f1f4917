#pragma once
// The thread pool for the window's long background jobs: loading a dataset,
// preparing a project, evaluating a split, writing an export or an autosave.
//
// Never QThreadPool::globalInstance(): Qt's raster paint engine lends work to the
// global pool while it paints (image scaling and conversion, e.g. a group box's
// frame) and waits for it, so a global pool whose threads are all busy loading
// Fashion-MNIST freezes painting for the whole load (measured: 0.5 to 2.8 s on 2
// cores).
//
// And not a QThreadPool of our own either: its hand-off of a job to a thread, and
// QFutureWatcher's of the result back, are ordered by locks inside Qt Core, which a
// ThreadSanitizer build cannot see (Debian's Qt is not built with
// -fsanitize=thread), so every job was reported as a race and real races were
// buried. Here jobs and results pass through std primitives. Start jobs with
// BackgroundTask<T>::run and watch them from the GUI thread with BackgroundWatcher.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nw {

class BackgroundPool {
public:
    explicit BackgroundPool(int threadCount);
    // Runs the jobs still queued, then joins the threads.
    ~BackgroundPool();
    BackgroundPool(const BackgroundPool&) = delete;
    BackgroundPool& operator=(const BackgroundPool&) = delete;

    // Runs `job` on one of the pool's threads, jobs in the order posted. Any thread.
    void post(std::function<void()> job);
    // Blocks until no job is queued or running.
    void waitForDone();
    // Jobs queued or running now.
    int pendingJobs() const;
    int threadCount() const { return static_cast<int>(m_threads.size()); }

private:
    void work();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // a job was queued, or the pool stops
    std::condition_variable m_idle; // a job finished
    std::deque<std::function<void()>> m_jobs; // guarded by m_mutex
    int m_running = 0; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    std::vector<std::thread> m_threads;
};

// One per process, created on first use, as many threads as cores. The
// application's end (~QCoreApplication) waits for the jobs still running, as Qt
// does for its global pool: a job still loading data when the application ends
// finishes before the objects it reports to go.
BackgroundPool& backgroundPool();

} // namespace nw
