#pragma once
// How many bytes a network's values take: every parameter and buffer as float32,
// except what compression changed. A pruned weight tensor is stored sparse, as its
// kept values plus a bitmap of one bit per weight (the smallest exact encoding that
// needs no sorting); an int8 weight takes one byte per value plus 4 per scale, and
// each calibrated input scale 4. File headers and tensor names are not counted, so
// the figures compare models, not files (a safetensors file stores pruned weights
// dense: its zeros compress well but take their room).
#include "Int8Model.h"
#include "PruningMasks.h"

#include <cstddef>

namespace nw {

// Null masks: nothing pruned; null model: float32 weights.
std::size_t modelBytes(Graph& graph, const PruningMasks* masks = nullptr, const Int8Model* model = nullptr);

} // namespace nw
