#include "TrainingControl.h"

namespace nw {

void TrainingControl::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
}

void TrainingControl::requestPause()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
    m_stepsGranted = 0;
}

void TrainingControl::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = false;
        m_stepsGranted = 0;
    }
    m_changed.notify_all();
}

void TrainingControl::requestStep(int batches)
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = true;
        m_stepsGranted += batches;
    }
    m_changed.notify_all();
}

bool TrainingControl::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

bool TrainingControl::waitForPermission()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop.load() || !m_paused || m_stepsGranted > 0; });
    if (m_stop.load())
        return false;
    if (m_paused)
        --m_stepsGranted;
    return true;
}

} // namespace nw
