#include "BackgroundPool.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace nw {

BackgroundPool::BackgroundPool(int threadCount)
{
    m_threads.reserve(std::max(1, threadCount));
    for (int i = 0; i < std::max(1, threadCount); ++i)
        m_threads.emplace_back([this] { work(); });
}

BackgroundPool::~BackgroundPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

void BackgroundPool::post(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void BackgroundPool::waitForDone()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && m_running == 0; });
}

int BackgroundPool::pendingJobs() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_jobs.size()) + m_running;
}

void BackgroundPool::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty())
            return; // stopping, and nothing left to run
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        ++m_running;
        lock.unlock();
        job();
        job = nullptr; // what it captured goes before the job counts as done
        lock.lock();
        --m_running;
        if (m_jobs.empty() && m_running == 0)
            m_idle.notify_all();
    }
}

namespace {
BackgroundPool* g_pool = nullptr;

void finishBackgroundJobs()
{
    if (g_pool)
        g_pool->waitForDone();
}
} // namespace

BackgroundPool& backgroundPool()
{
    static BackgroundPool* pool = [] {
        // Never deleted: a static destructor would run after QCoreApplication is
        // gone, and its threads only ever wait for work once the jobs are done.
        auto* p = new BackgroundPool(QThread::idealThreadCount());
        g_pool = p;
        qAddPostRoutine(finishBackgroundJobs);
        return p;
    }();
    return *pool;
}

} // namespace nw
