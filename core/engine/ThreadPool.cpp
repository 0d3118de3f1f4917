#include "ThreadPool.h"

#include <algorithm>
#include <chrono>

namespace nw {

namespace {
thread_local bool t_insideParallelLoop = false;
constexpr int kSpinIterations = 500; // the caller's wait for the last parts, before it yields
// How long an idle worker watches for the next loop before it sleeps. A training
// step runs several loops with a few hundred microseconds of serial work between
// them (the loss, the batch's assembly); a worker that slept through that would
// wake only after the caller had taken its parts, and those parts' data would
// then sit in the wrong core's cache.
constexpr auto kIdleSpin = std::chrono::microseconds(500);

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}
} // namespace

ThreadPool::Block ThreadPool::blockOf(int parts, int threads, int thread)
{
    const auto edge = [&](int t) { return static_cast<int>(static_cast<long long>(parts) * t / threads); };
    return { edge(thread), edge(thread + 1) };
}

int ThreadPool::hardwareThreads()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

ThreadPool::ThreadPool(int threads)
{
    if (threads <= 0)
        threads = hardwareThreads();
    m_blockClaims = std::make_unique<std::atomic<int>[]>(static_cast<std::size_t>(threads));
    try {
        // Thread 0 is whoever calls parallelFor(); workers are 1..threads-1.
        for (int i = 1; i < threads; ++i)
            m_workers.emplace_back([this, i] { workerLoop(i); });
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
            for (int t = 0; t < threadCount(); ++t)
                m_blockClaims[static_cast<std::size_t>(t)].store(0, std::memory_order_relaxed);
            m_pendingParts.store(parts, std::memory_order_relaxed);
            m_error = nullptr;
            m_generation.fetch_add(1, std::memory_order_release);
            break;
        }
        lock.unlock();
        cpuRelax();
    }
    m_wake.notify_all();

    runParts(0);
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

void ThreadPool::runParts(int self)
{
    t_insideParallelLoop = true;
    const int threads = threadCount();
    for (int k = 0; k < threads; ++k)
        while (runNextPartOfBlock((self + k) % threads)) { }
    t_insideParallelLoop = false;
}

// Claims and runs the next unclaimed part of `block`; false once the block is empty.
bool ThreadPool::runNextPartOfBlock(int block)
{
    const Block parts = blockOf(m_parts, threadCount(), block);
    const int claimed = m_blockClaims[static_cast<std::size_t>(block)].fetch_add(1, std::memory_order_relaxed);
    if (parts.begin + claimed >= parts.end)
        return false;
    try {
        m_trampoline(m_context, parts.begin + claimed);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = std::current_exception();
    }
    m_pendingParts.fetch_sub(1, std::memory_order_acq_rel);
    return true;
}

void ThreadPool::workerLoop(int self)
{
    std::uint64_t seen = 0;
    for (;;) {
        const auto spinUntil = std::chrono::steady_clock::now() + kIdleSpin;
        for (int spin = 1; m_generation.load(std::memory_order_acquire) == seen; ++spin) {
            cpuRelax();
            if (spin % 64 == 0 && std::chrono::steady_clock::now() > spinUntil)
                break;
        }
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_generation.load(std::memory_order_acquire) != seen; });
            seen = m_generation.load(std::memory_order_acquire);
            if (m_quit.load())
                return;
            m_busyWorkers.fetch_add(1, std::memory_order_acq_rel);
        }
        runParts(self);
        m_busyWorkers.fetch_sub(1, std::memory_order_acq_rel);
    }
}

} // namespace nw
