#pragma once
// Magnitude pruning (Han et al., 2015): the weights of smallest |w| are set to zero.
// Over all compressible weights at once (global: layers with many small weights lose
// more) or each weight tensor on its own (per layer: every layer loses the same
// share), by a fraction or below a threshold. A fraction f prunes exactly
// round(f * n) values of the n it ranks (ties in |w| broken by tensor and position, so
// the result is the same on every machine); a threshold prunes every |w| < t.
#include "PruningMasks.h"

namespace nw {

enum class PruningScope { Global, PerLayer };
enum class PruningCriterion { Fraction, Threshold };

struct PruningSettings {
    PruningScope scope = PruningScope::Global;
    PruningCriterion criterion = PruningCriterion::Fraction;
    double amount = 0.0; // the fraction in [0, 1), or the threshold (>= 0)
};

// Zeroes the pruned weights of a compiled graph and returns their masks (one per
// compressible weight). Weights that are already zero count as pruned first.
// Throws EngineError, changing nothing, for a fraction outside [0, 1) or a negative
// or non-finite threshold.
PruningMasks pruneByMagnitude(Graph& graph, const PruningSettings& settings);

} // namespace nw
