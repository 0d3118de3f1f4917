#pragma once
// Runs a compiled graph in evaluation mode over every sample of a source and
// collects the outputs: what evaluation, prediction and the analysis panels need
// per sample (the trainer only keeps running means).
#include "Tensor.h"

#include <vector>

namespace nw {

class BatchSource;
class Graph;
class ThreadPool;

struct Predictions {
    Tensor outputs;              // [N, output...] raw network outputs (logits for classifiers)
    Tensor targets;              // [N] class ids, or [N, target...]
};

// Batches of `batchSize` samples; the graph's weights are not changed.
Predictions predictAll(Graph& graph, const BatchSource& source, ThreadPool& pool, int batchSize = 256);

// Row-wise softmax of [N, C] logits: class probabilities.
Tensor softmaxRows(const Tensor& logits);
// Row-wise argmax of [N, C] scores.
std::vector<int> argmaxRows(const Tensor& scores);

} // namespace nw
