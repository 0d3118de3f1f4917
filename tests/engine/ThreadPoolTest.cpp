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
