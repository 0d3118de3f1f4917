#pragma once
// A fixed set of worker threads that run the parts of one parallel loop at a time.
// The calling thread takes parts too, and parallelFor() returns when every part is
// done. Idle workers watch for the next loop for a while (500 us) before sleeping:
// the engine issues many short loops per batch, and a condition-variable wake costs
// more than a small GEMM and arrives after the caller has taken the worker's parts.
//
// Parts are dealt out in contiguous blocks, one per thread, and a thread takes
// from its own block first: part p of a loop lands on the same thread in every
// loop of the same size, so a layer's slice of its weights, their gradient and the
// optimizer's state stay in that core's cache from forward to update. A thread
// whose block is done takes the remaining parts of the others, so a descheduled
// worker slows nobody down. Which thread runs a part never changes a result.
//
// Owned by whoever runs the engine (Trainer, CLI, a GUI worker); layers reach it
// through ExecutionContext. Eigen is built without its own threads
// (EIGEN_DONT_PARALLELIZE), so this pool is the only source of parallelism.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace nw {

class ThreadPool {
public:
    // threads <= 0 means one per hardware core.
    explicit ThreadPool(int threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int threadCount() const { return static_cast<int>(m_workers.size()) + 1; }

    // Runs fn(part) for part in [0, parts). Nested calls run inline.
    template <typename Fn>
    void parallelFor(int parts, Fn&& fn)
    {
        run(parts, &invoke<std::remove_reference_t<Fn>>, &fn);
    }

    static int hardwareThreads();

    // The parts [begin, end) of a `parts`-part loop dealt to thread `thread` of
    // `threads` (0 is the caller): contiguous blocks in thread order, sizes within one.
    struct Block {
        int begin;
        int end;
    };
    static Block blockOf(int parts, int threads, int thread);

private:
    using Trampoline = void (*)(void* context, int part);
    template <typename Fn>
    static void invoke(void* context, int part)
    {
        (*static_cast<Fn*>(context))(part);
    }

    void run(int parts, Trampoline trampoline, void* context);
    void shutDown();
    void workerLoop(int self);
    void runParts(int self);
    bool runNextPartOfBlock(int block);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<std::uint64_t> m_generation{0};
    std::atomic<bool> m_quit{false};

    // The current loop; written by run() before the generation bump.
    Trampoline m_trampoline = nullptr;
    void* m_context = nullptr;
    int m_parts = 0;
    // Per thread's block: how many of its parts have been claimed (by anyone).
    std::unique_ptr<std::atomic<int>[]> m_blockClaims;
    std::atomic<int> m_pendingParts{0};
    std::atomic<int> m_busyWorkers{0};
    std::exception_ptr m_error; // guarded by m_mutex
};

} // namespace nw
