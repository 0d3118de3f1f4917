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

void TrainingControl::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_changed.notify_all();
}

void TrainingControl::runPosted()
{
    std::unique_lock lock(m_mutex);
    while (!m_tasks.empty()) {
        std::vector<std::function<void()>> tasks;
        tasks.swap(m_tasks);
        lock.unlock();
        for (auto& task : tasks)
            task();
        lock.lock();
    }
}

bool TrainingControl::waitForPermission()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Posted work runs without the lock, so the GUI can pause or post meanwhile.
        while (!m_tasks.empty()) {
            std::vector<std::function<void()>> tasks;
            tasks.swap(m_tasks);
            lock.unlock();
            for (auto& task : tasks)
                task();
            lock.lock();
        }
        if (m_stop.load() || !m_paused || m_stepsGranted > 0)
            break;
        m_changed.wait(lock);
    }
    if (m_stop.load())
        return false;
    if (m_paused)
        --m_stepsGranted;
    return true;
}

} // namespace nw
