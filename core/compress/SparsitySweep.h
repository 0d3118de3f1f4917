#pragma once
// Accuracy against sparsity: the network pruned by magnitude to each fraction in
// turn, always from the weights it came with (not pruning a pruned network again),
// and measured by the caller's evaluation. The weights are put back afterwards, also
// when the evaluation throws or the sweep is cancelled. Runs on the calling thread;
// the window calls it on the background pool with a graph of its own.
#include "MagnitudePruning.h"

#include "engine/TrainingReports.h"

#include <functional>
#include <span>
#include <vector>

namespace nw {

struct SweepPoint {
    double fraction = 0.0; // asked
    double sparsity = 0.0; // pruned share of the compressible weights, zeros already there included
    Evaluation evaluation;
};

// 0, 10, ..., 90 and 95 %: where accuracy starts to fall, and how steeply.
std::vector<double> defaultSweepFractions();

// `cancelled` (may be empty) is asked before each point; a cancelled sweep returns
// the points measured so far.
std::vector<SweepPoint> sparsitySweep(Graph& graph, std::span<const double> fractions, PruningScope scope,
    const std::function<Evaluation(Graph&)>& evaluate, const std::function<bool()>& cancelled = {});

} // namespace nw
