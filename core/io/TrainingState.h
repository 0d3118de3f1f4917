#pragma once
// A resumable training checkpoint in one safetensors file: the graph's weights and
// buffers ("<node-id>.<param>"), the optimizer's state under "optimizer."
// ("optimizer.fc1.weight.exp_avg", "optimizer.step"), and metadata saying what the
// file is and how many epochs it has seen:
//   {"format": "netwright-weights", "format_version": "1", "optimizer": "Adam", "epoch": "3"}.
// Loading it into a freshly built graph and optimizer continues training exactly
// where it stopped. A weights-only file is the same thing without "optimizer." tensors.
#include "engine/Graph.h"
#include "engine/optim/Optimizer.h"
#include "SafetensorsFile.h"

#include <QString>

namespace nw {

class TrainingState {
public:
    static constexpr int kFormatVersion = 1;
    static inline const QString kFormatName = QStringLiteral("netwright-weights");
    static inline const std::string kOptimizerPrefix = "optimizer.";

    // Weights, plus the optimizer's state when `optimizer` is given; epochsCompleted
    // goes into the metadata as "epoch".
    static SafetensorsContents collect(nw::Graph& graph, const nw::Optimizer* optimizer, int epochsCompleted);

    // Restores weights and, when `optimizer` is given, its state; all or nothing.
    // A file without optimizer state resets the optimizer (training from loaded
    // weights). Refuses a newer format_version, state of another optimizer type
    // ("the file holds Adam state but training uses SGD"), and anything applyWeights()
    // or Optimizer::importState() refuses. *epochsCompleted receives "epoch" (0 if absent).
    static bool apply(nw::Graph& graph, nw::Optimizer* optimizer, const SafetensorsContents& contents,
        int* epochsCompleted, QString* error);
};

// The free-function spelling the rest of the code base uses.
inline SafetensorsContents collectTrainingState(nw::Graph& graph, const nw::Optimizer* optimizer, int epochsCompleted)
{
    return TrainingState::collect(graph, optimizer, epochsCompleted);
}

inline bool applyTrainingState(nw::Graph& graph, nw::Optimizer* optimizer, const SafetensorsContents& contents,
    int* epochsCompleted, QString* error)
{
    return TrainingState::apply(graph, optimizer, contents, epochsCompleted, error);
}

} // namespace nw
