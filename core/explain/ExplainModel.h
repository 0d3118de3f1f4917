#pragma once
// A trained engine graph seen as a function of its input, for explanations: class
// scores (the output node's values, pre-softmax), and gradients of one class's
// score with respect to the input and to any node. Always evaluation mode
// (BatchNorm on running statistics, Dropout off); batches go through the thread
// pool in chunks of a fixed size, so results do not depend on the thread count.
//
// Borrows the graph for its lifetime: it switches input gradients on (without
// rebuilding the graph) and restores the graph's own setting when destroyed. No
// parameter gradient is computed, so explaining never touches training state.
#include "engine/Graph.h"
#include "engine/Shape.h"
#include "engine/Tensor.h"

#include <string>
#include <vector>

namespace nw {

class ThreadPool;

class ExplainModel {
public:
    ExplainModel(Graph& graph, ThreadPool& pool, int batchSize = 64);
    ~ExplainModel();
    ExplainModel(const ExplainModel&) = delete;
    ExplainModel& operator=(const ExplainModel&) = delete;

    Graph& graph() { return m_graph; }
    Shape inputShape() const { return m_inputShape; }
    int outputs() const { return m_outputs; } // scores per sample

    // Raw outputs [N, outputs] of a batch [N, input...].
    Tensor scores(const Tensor& batch);
    // One class's score for every sample of a batch.
    std::vector<float> targetScores(const Tensor& batch, int target);

    // d score[target] / d input for every sample of `batch` (same shape as batch).
    // When `node` is named, also that node's output and the gradient with respect
    // to it, each [N, node shape...].
    struct Gradients {
        Tensor input;
        Tensor nodeOutput;
        Tensor nodeGradient;
        std::vector<float> scores; // score[target] per sample
    };
    Gradients gradients(const Tensor& batch, int target, const std::string& node = {});

    // One node's output for a batch.
    Tensor nodeOutputs(const Tensor& batch, const std::string& node);

    // Checks a target against the outputs; -1 becomes the predicted class, the
    // largest of the sample's scores (what scores() gave for it: no second pass).
    int resolveTarget(const Tensor& sampleScores, int target) const;

private:
    Graph& m_graph;
    ThreadPool& m_pool;
    int m_batchSize;
    bool m_hadInputGradients;
    Shape m_inputShape;
    int m_outputs = 0;
};

// One sample [input...] as a batch of one [1, input...].
Tensor asBatch(const Tensor& sample);
// Sample k of a batch, without the batch dimension.
Tensor sampleOf(const Tensor& batch, int k);

} // namespace nw
