#pragma once
// Which parameters pruning and int8 quantization work on: the weight matrices and
// kernels of a network (Dense, Conv2D, recurrent and attention projections,
// embeddings), never biases, normalisation scales or buffers. The rule is a weight's
// role and rank: a trained Weight of rank 2 or more. BatchNorm's and LayerNorm's
// "weight" is a per-channel scale of rank 1, and zeroing it would switch a channel
// off rather than thin a connection.
#include "engine/Graph.h"

#include <vector>

namespace nw {

bool isCompressibleWeight(const Parameter& param);
// The compressible weights of a compiled graph, in Graph::namedParameters() order.
std::vector<NamedParameter> compressibleWeights(Graph& graph);

} // namespace nw
