#include "engine/Partition.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <numeric>
#include <stdexcept>
#include <vector>

using namespace nw;

TEST(Partition, SplitRangeCoversEverythingOnce)
{
    for (std::size_t n : {0u, 1u, 7u, 64u, 1000u})
        for (int parts : {1, 3, 16}) {
            std::size_t covered = 0, expectedBegin = 0;
            for (int p = 0; p < parts; ++p) {
                const Range r = splitRange(n, parts, p);
                EXPECT_EQ(r.begin, expectedBegin);
                expectedBegin = r.end;
                covered += r.size();
            }
            EXPECT_EQ(covered, n);
        }
}

TEST(Partition, PartsDependOnlyOnWork)
{
    EXPECT_EQ(partsFor(64, 16), 4);
    EXPECT_EQ(partsFor(3, 16), 1);
    EXPECT_EQ(partsFor(1u << 20, 1), kMaxParts);
}

TEST(ThreadPool, RunsEveryPartExactlyOnce)
{
    ThreadPool pool(3);
    EXPECT_EQ(pool.threadCount(), 3);
    for (int round = 0; round < 200; ++round) {
        std::vector<std::atomic<int>> hits(37);
        pool.parallelFor(37, [&](int p) { hits[static_cast<std::size_t>(p)]++; });
        for (auto& h : hits)
            ASSERT_EQ(h.load(), 1);
    }
}

TEST(ThreadPool, RunsEveryPartWhenThereAreFewerPartsThanThreads)
{
    ThreadPool pool(4); // blocks of 0 or 1 parts
    for (int parts : {2, 3, 5}) {
        std::vector<std::atomic<int>> hits(static_cast<std::size_t>(parts));
        pool.parallelFor(parts, [&](int p) { hits[static_cast<std::size_t>(p)]++; });
        for (auto& h : hits)
            ASSERT_EQ(h.load(), 1) << parts << " parts";
    }
}

// Parts are dealt in contiguous blocks, the caller's first, so a loop of the same size
// gives each thread the same slice of the data again. (Which thread actually runs a
// part also depends on the scheduler: a thread done early takes others' parts.)
TEST(ThreadPool, DealsEachThreadTheSameContiguousBlockForTheSameLoopSize)
{
    for (int threads : {1, 2, 3, 8})
        for (int parts : {1, 2, 4, 7, 12, 16}) {
            int next = 0;
            for (int t = 0; t < threads; ++t) {
                const ThreadPool::Block b = ThreadPool::blockOf(parts, threads, t);
                EXPECT_EQ(b.begin, next) << parts << " parts, thread " << t << " of " << threads;
                EXPECT_LE(b.end - b.begin, (parts + threads - 1) / threads);
                EXPECT_GE(b.end - b.begin, parts / threads);
                next = b.end;
            }
            EXPECT_EQ(next, parts);
        }
    // Two threads: the caller takes the first half, as the layers' slices expect.
    EXPECT_EQ(ThreadPool::blockOf(4, 2, 0).end, 2);
    EXPECT_EQ(ThreadPool::blockOf(12, 2, 1).begin, 6);
}

TEST(ThreadPool, NestedLoopsRunInline)
{
    ThreadPool pool(2);
    std::atomic<int> total{0};
    pool.parallelFor(4, [&](int) { pool.parallelFor(5, [&](int) { total++; }); });
    EXPECT_EQ(total.load(), 20);
}

TEST(ThreadPool, PropagatesExceptionsToCaller)
{
    ThreadPool pool(2);
    EXPECT_THROW(pool.parallelFor(8, [](int p) {
        if (p == 5)
            throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    // The pool is still usable afterwards.
    std::atomic<int> n{0};
    pool.parallelFor(8, [&](int) { n++; });
    EXPECT_EQ(n.load(), 8);
}
