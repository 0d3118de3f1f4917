#pragma once
// netwright_bench --torch: our engine and PyTorch on the same workloads, interleaved
// over several rounds in one session so both see the same load. Every measurement
// is a process of its own (this benchmark re-run with --child, or the PyTorch
// scripts), on 1 and on 2 threads; each side's faster setting counts for the round.
// Prints every measurement as it lands, then per workload the medians over the
// rounds, the ratio, both accuracies, GFLOP/s as a share of the machine's measured
// FMA peak, and both processes' peak resident memory.
#include <string>
#include <vector>

namespace nw {

struct SideBySideSettings {
    std::string self; // this benchmark's executable
    std::string torchScript; // bench/torch_bench.py
    std::string torchSequenceScript; // bench/torch_sequence_bench.py
    std::vector<std::string> models { "mlp", "cnn", "lstm", "transformer" };
    // Five, not three: on this shared host a stretch of seconds in which a vCPU is
    // taken away slows our two-thread runs to one thread's speed, and three rounds
    // can put two of them inside one such stretch.
    int rounds = 5;
};

int compareWithTorch(const SideBySideSettings& settings);

} // namespace nw
