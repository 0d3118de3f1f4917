#pragma once
// The part of a BackgroundTask<T> that does not depend on T: whether the job has
// finished, the exception it ended with, and who to tell. Shared by the task's
// handles and the pool thread running the job; everything in it is guarded by its
// own std::mutex, which ThreadSanitizer sees.
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>

namespace nw {

class BackgroundTaskState {
public:
    bool isFinished() const;
    void waitForFinished() const;
    // Rethrows the exception the job ended with, if any. Only once finished.
    void rethrowError() const;

    // Called once by the pool thread, after the result is stored.
    void finish(std::exception_ptr error);

    // `notify` is called once the job finishes (right away if it has), on the
    // finishing thread and under this state's lock: it must only post. An empty
    // function detaches; once that returns, the old one is never called again.
    void setOnFinished(std::function<void()> notify);

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_done;
    bool m_finished = false; // guarded by m_mutex
    std::exception_ptr m_error; // written before m_finished is set
    std::function<void()> m_notify; // guarded by m_mutex
};

} // namespace nw
