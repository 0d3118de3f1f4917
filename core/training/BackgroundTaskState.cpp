#include "BackgroundTaskState.h"

namespace nw {

bool BackgroundTaskState::isFinished() const
{
    const std::lock_guard lock(m_mutex);
    return m_finished;
}

void BackgroundTaskState::waitForFinished() const
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_finished; });
}

void BackgroundTaskState::rethrowError() const
{
    if (m_error)
        std::rethrow_exception(m_error);
}

void BackgroundTaskState::finish(std::exception_ptr error)
{
    const std::lock_guard lock(m_mutex);
    m_error = std::move(error);
    m_finished = true;
    m_done.notify_all();
    if (m_notify)
        m_notify();
}

void BackgroundTaskState::setOnFinished(std::function<void()> notify)
{
    const std::lock_guard lock(m_mutex);
    m_notify = std::move(notify);
    if (m_finished && m_notify)
        m_notify();
}

} // namespace nw
