#pragma once
// A job on backgroundPool() and its result: the window's futures, on std
// primitives (see BackgroundPool.h for why not QFuture). Copies share the job.
//
//   BackgroundTask<Prepared> task = BackgroundTask<Prepared>::run([...] { return prepare(...); });
//   watcher.setTask(task); // BackgroundWatcher: `finished` on the GUI thread
#include "BackgroundPool.h"
#include "BackgroundTaskState.h"

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace nw {

template <class T>
class BackgroundTask {
public:
    BackgroundTask() = default;

    // Runs `job` (callable with no arguments, returning T) on backgroundPool().
    template <class Job>
    static BackgroundTask run(Job job)
    {
        BackgroundTask task;
        task.m_state = std::make_shared<State>();
        backgroundPool().post([state = task.m_state, job = std::move(job)]() mutable {
            std::exception_ptr error;
            try {
                state->value.emplace(job());
            } catch (...) {
                error = std::current_exception();
            }
            state->finish(std::move(error)); // orders the value before every reader
        });
        return task;
    }

    // False for a default-made task, which never runs.
    bool isValid() const { return m_state != nullptr; }
    bool isFinished() const { return m_state && m_state->isFinished(); }
    void waitForFinished() const
    {
        if (m_state)
            m_state->waitForFinished();
    }
    // Waits for the job; rethrows what it threw.
    const T& result() const
    {
        m_state->waitForFinished();
        m_state->rethrowError();
        return *m_state->value;
    }
    BackgroundTaskState* state() const { return m_state.get(); }

private:
    struct State : BackgroundTaskState {
        std::optional<T> value; // written by the job's thread before finish()
    };
    std::shared_ptr<State> m_state;
};

// The task's type from the job's: runInBackground([] { return 1; }) is a BackgroundTask<int>.
template <class Job>
BackgroundTask<std::invoke_result_t<Job&>> runInBackground(Job job)
{
    return BackgroundTask<std::invoke_result_t<Job&>>::run(std::move(job));
}

} // namespace nw
