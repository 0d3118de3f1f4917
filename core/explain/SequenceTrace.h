#pragma once
// What a sequence network does with one sample, step by step, for the Attention
// dock: every MultiHeadAttention node's weights [heads, T, T] (row i: how query
// step i spreads its attention over the key steps) and every recurrent node's
// hidden state over time [T, D*H] with, for LSTM and GRU, its gate activations
// [T, D*G*H] (gate-major per direction, as the weights pack them). One forward
// pass in evaluation mode over a batch of one; parameters and their gradients are
// never touched, so the training worker may call it between batches on the run's
// own graph (as it draws the decision field there). Plain data, no Qt.
#include "engine/Tensor.h"

#include <string>
#include <vector>

namespace nw {

class Graph;
class ThreadPool;

struct RecurrentTrace {
    std::string node;
    std::string type; // "SimpleRNN", "LSTM", "GRU"
    int units = 0;
    int directions = 1;
    std::vector<std::string> gateNames; // empty for SimpleRNN (its one "gate" is the state)
    Tensor hidden; // [T, D*H], forward direction first
    Tensor gates;  // [T, D*G*H]; empty for SimpleRNN
};

struct SequenceTrace {
    std::vector<std::string> attentionNodes; // graph order
    std::vector<Tensor> attention;           // per attention node, [heads, T, T]
    std::vector<RecurrentTrace> recurrent;   // graph order

    bool isEmpty() const { return attention.empty() && recurrent.empty(); }
};

// Whether the graph has an attention or recurrent node worth tracing.
bool hasSequenceLayers(Graph& graph);

// Runs `sample` (the input without its batch dimension) through the compiled
// graph and collects the trace. Throws EngineError when the sample does not fit
// the graph's only input.
SequenceTrace traceSequence(Graph& graph, ThreadPool& pool, const Tensor& sample);

// The trace of the graph's last forward, sample 0 of its batch (for callers that ran it).
SequenceTrace collectSequenceTrace(Graph& graph);

} // namespace nw
