#pragma once
// Runs a benchmark in a process of its own: a fresh heap and a peak resident set
// (from wait4) that belongs to that one run, which a run inside this process could
// not have.
#include <string>
#include <vector>

namespace nw {

struct ChildRun {
    bool ok = false; // started and exited with status 0
    std::string output; // its standard output (standard error is dropped)
    double peakMemoryMb = 0.0; // its peak resident set
};

// `environment` ("NAME=value") is added to this process's for the child.
ChildRun runChild(const std::vector<std::string>& argv, const std::vector<std::string>& environment = {});

} // namespace nw
