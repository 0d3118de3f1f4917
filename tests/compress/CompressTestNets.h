#pragma once
// Small networks and data for the compression tests: a CNN with a BatchNorm (whose
// scale must never be pruned) and a trained blob classifier.
#include "engine/Graph.h"
#include "engine/TensorBatchSource.h"

namespace nw::test {

Graph smallCnn(std::uint64_t seed = 7);
// Three Gaussian blobs in 6 dimensions, n samples.
TensorBatchSource blobs(int n, std::uint64_t seed);
// Dense 6 -> 32 -> ReLU -> 3, trained on blobs(600, 1) with Adam for `epochs`.
Graph trainedBlobClassifier(int epochs = 20);

} // namespace nw::test
