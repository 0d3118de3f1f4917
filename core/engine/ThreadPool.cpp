#include "ThreadPool.h"

#include <algorithm>

namespace nw {

namespace {
thread_local bool t_insideParallelLoop = false;
constexpr int kSpinIterations = 500;

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}
} // namespace

int ThreadPool::hardwareThreads()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

ThreadPool::ThreadPool(int threads)
{
    if (threads <= 0)
        threads = hardwareThreads();
    try {
        for (int i = 1; i < threads; ++i)
            m_workers.emplace_back([this] { workerLoop(); });
    } catch (...) {
        // The system refused a thread: stop the ones already started before the
        // members they wait on are destroyed, then report the failure.
        shutDown();
        throw;
    }
}

ThreadPool::~ThreadPool()
{
    shutDown();
}

void ThreadPool::shutDown()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_generation.fetch_add(1);
    }
    m_wake.notify_all();
    for (auto& t : m_workers)
        t.join();
    m_workers.clear();
}

void ThreadPool::run(int parts, Trampoline trampoline, void* context)
{
    if (parts <= 0)
        return;
    if (parts == 1 || m_workers.empty() || t_insideParallelLoop) {
        for (int p = 0; p < parts; ++p)
            trampoline(context, p);
        return;
    }
    // A worker registers for a loop under the mutex; so once no worker is registered
    // while we hold the mutex, none can read the loop slots while we rewrite them.
    for (;;) {
        std::unique_lock lock(m_mutex);
        if (m_busyWorkers.load(std::memory_order_acquire) == 0) {
            m_trampoline = trampoline;
            m_context = context;
            m_parts = parts;
            m_nextPart.store(0, std::memory_order_relaxed);
            m_pendingParts.store(parts, std::memory_order_relaxed);
            m_error = nullptr;
            m_generation.fetch_add(1, std::memory_order_release);
            break;
        }
        lock.unlock();
        cpuRelax();
    }
    m_wake.notify_all();

    runParts();
    // A worker may still be finishing a part. Spin first (parts take microseconds),
    // then yield so a descheduled worker on a busy machine gets the core back.
    for (int spin = 0; m_pendingParts.load(std::memory_order_acquire) != 0; ++spin) {
        if (spin < kSpinIterations)
            cpuRelax();
        else
            std::this_thread::yield();
    }

    std::exception_ptr error;
    {
        std::lock_guard lock(m_mutex);
        error = m_error;
    }
    if (error)
        std::rethrow_exception(error);
}

void ThreadPool::runParts()
{
    t_insideParallelLoop = true;
    for (;;) {
        const int part = m_nextPart.fetch_add(1, std::memory_order_relaxed);
        if (part >= m_parts)
            break;
        try {
            m_trampoline(m_context, part);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
        }
        m_pendingParts.fetch_sub(1, std::memory_order_acq_rel);
    }
    t_insideParallelLoop = false;
}

void ThreadPool::workerLoop()
{
    std::uint64_t seen = 0;
    for (;;) {
        std::uint64_t gen = m_generation.load(std::memory_order_acquire);
        for (int spin = 0; gen == seen && spin < kSpinIterations; ++spin) {
            cpuRelax();
            gen = m_generation.load(std::memory_order_acquire);
        }
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_generation.load(std::memory_order_acquire) != seen; });
            seen = m_generation.load(std::memory_order_acquire);
            if (m_quit.load())
                return;
            m_busyWorkers.fetch_add(1, std::memory_order_acq_rel);
        }
        runParts();
        m_busyWorkers.fetch_sub(1, std::memory_order_acq_rel);
    }
}

} // namespace nw
