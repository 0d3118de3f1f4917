#include "PeakFlops.h"

#include <chrono>
#include <thread>
#include <vector>

namespace nw {

namespace {

constexpr int kLanes = 16;
using Vec = float __attribute__((vector_size(kLanes * sizeof(float))));
// Enough independent chains to hide the FMA latency on two FMA ports.
constexpr int kChains = 12;
constexpr long kIterations = 100'000'000;

float fmaChains()
{
    Vec acc[kChains];
    for (int i = 0; i < kChains; ++i)
        acc[i] = Vec {} + static_cast<float>(i);
    Vec scale = Vec {} + 0.999999f;
    const Vec add = Vec {} + 1e-7f;
    for (long k = 0; k < kIterations; ++k) {
        for (int i = 0; i < kChains; ++i)
            acc[i] = acc[i] * scale + add;
        asm volatile("" : "+v"(scale)); // keeps the loop from being folded away
    }
    float sum = 0.0f;
    for (int i = 0; i < kChains; ++i)
        for (int l = 0; l < kLanes; ++l)
            sum += acc[i][l];
    return sum;
}

} // namespace

double measurePeakGflops(int threads)
{
    std::vector<float> sinks(static_cast<std::size_t>(threads));
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&sinks, t] { sinks[static_cast<std::size_t>(t)] = fmaChains(); });
    for (auto& w : workers)
        w.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double flops = 2.0 * kLanes * kChains * static_cast<double>(kIterations) * threads;
    volatile float keep = sinks[0];
    (void)keep;
    return flops / seconds / 1e9;
}

} // namespace nw
