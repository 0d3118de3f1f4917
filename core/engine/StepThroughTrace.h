#pragma once
// One training step on one sample, recorded for a student to walk through: every
// node's output on the way forward, the loss, every node's and parameter's gradient
// on the way back, and the update the project's optimizer would make. Computed with
// the engine's own forward(), backward(), penalties, clipping and Optimizer::step(),
// so every number shown is the engine's, never a re-derivation.
//
// traceStep() leaves the graph's weights and buffers as it found them (BatchNorm's
// running statistics included): the update is computed, recorded and undone, and
// only the caller decides to apply it (StepThroughTrace::updatedWeights()). The
// parameters' grads and the activation buffers are scratch and are overwritten.
// Plain data; the GUI's Step Through mode reads it.
#include "Tensor.h"
#include "optim/Optimizer.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nw {

class Graph;
class Loss;
class ThreadPool;

struct StepThroughSettings {
    bool training = false; // dropout active and batch statistics, as in a training batch
    std::uint64_t step = 1; // keys dropout masks like the trainer's batch counter (1 = a run's first)
    float learningRate = 0.01f;
    float gradientClipNorm = 0.0f; // <= 0: no clipping
    OptimizerSettings optimizer;
    // The optimizer state the step continues from (Optimizer::exportState()); empty:
    // a fresh optimizer, as at the start of a run.
    std::map<std::string, Tensor> optimizerState;
};

struct ParameterTrace {
    std::string name; // "fc1.weight"
    std::string shortName; // "weight"
    bool trainable = false; // false for buffers and frozen nodes: no gradient, no update
    Tensor value; // before the step
    Tensor grad; // what the optimizer uses: loss gradient + penalty, clipped when asked
    Tensor after; // after the step (== value when not trainable)
    // The optimizer's state for this parameter after the step, by PyTorch's slot name
    // ("exp_avg", "exp_avg_sq", "momentum_buffer", "square_avg").
    std::map<std::string, Tensor> slots;
};

struct NodeTrace {
    std::string id;
    std::string type; // the layer's typeName(), "Input" for an input
    std::vector<std::string> inputs; // ids the node reads, in input order
    Tensor output; // [1, ...]: the node's output for the sample
    bool hasGradient = false; // false when the loss does not depend on this node
    Tensor outputGrad; // d loss / d output, shaped like output
    std::vector<ParameterTrace> parameters;
};

struct StepThroughTrace {
    bool training = false;
    Tensor input; // [1, ...]
    Tensor target; // [1] class index or [1, ...] like the prediction
    std::string lossName; // Loss::typeName()
    float labelSmoothing = 0.0f; // cross-entropy's ε: the target is (1 − ε)·one-hot + ε/K
    float dataLoss = 0.0f; // the loss of the prediction
    float penalty = 0.0f; // L1/L2 on the weights; the loss trained on is dataLoss + penalty
    std::string optimizerName; // Optimizer::typeName()
    OptimizerSettings optimizerSettings;
    float learningRate = 0.0f;
    long long optimizerStep = 0; // the optimizer's step count after this step (Adam's t)
    // The optimizer's whole state after this step (Optimizer::exportState()): what a next
    // step continues from once this one is applied (StepThroughSettings::optimizerState).
    std::map<std::string, Tensor> optimizerState;
    float gradientNorm = 0.0f; // global norm before clipping
    bool clipped = false;
    std::vector<NodeTrace> nodes; // in the graph's topological order
    std::string outputId;

    float loss() const { return dataLoss + penalty; }
    const NodeTrace* node(const std::string& id) const;
    const Tensor& prediction() const { return node(outputId)->output; }
    const Tensor& lossGradient() const { return node(outputId)->outputGrad; }
    // Every parameter and buffer after the step, by model-wide name: what applying
    // the step sets on the model.
    std::map<std::string, Tensor> updatedWeights() const;
};

// Runs forward, loss, backward and one optimizer step on `input` (a batch of one)
// against `target` on a compiled graph, records everything and restores the weights.
// Throws EngineError (the graph unchanged) when the sample does not fit the network,
// the target does not fit the loss, or a loss or gradient is not finite.
StepThroughTrace traceStep(Graph& graph, const Loss& loss, const Tensor& input, const Tensor& target,
    const StepThroughSettings& settings, ThreadPool& pool);

} // namespace nw
