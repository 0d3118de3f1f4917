#pragma once
// Trains a compiled Graph: mini-batches in a seeded shuffled order, a learning
// rate from a schedule, L1/L2 penalties, gradient clipping, a validation pass per
// epoch, early stopping, and a guard that stops on a NaN/Inf loss or gradient
// while keeping the last good weights. Calls back once per batch and per epoch
// on the calling thread; stop/pause requests arrive through TrainingControl.
//
// The trainer owns nothing: the graph, loss, optimizer, schedule and thread pool
// belong to the caller and must outlive fit().
#include "EarlyStopping.h"
#include "ExecutionContext.h"
#include "Tensor.h"
#include "TrainingReports.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace nw {

class BatchSource;
class Graph;
class LearningRateSchedule;
class Loss;
class Optimizer;
class ThreadPool;
class TrainingControl;

struct TrainerSettings {
    int epochs = 10;
    int batchSize = 32;
    std::uint64_t seed = 1;
    bool shuffle = true;
    // Used only when fit() gets no separate validation source: this fraction of the
    // training samples (chosen with the seed) is held out for validation.
    float validationFraction = 0.0f;
    float gradientClipNorm = 0.0f; // <= 0: no clipping
    // Epochs already trained in an earlier run that this one resumes: the schedule,
    // the shuffle order and the reports continue from there.
    int startEpoch = 0;
    EarlyStoppingSettings earlyStopping;
};

struct TrainerCallbacks {
    std::function<void(const BatchReport&)> onBatch;
    std::function<void(const EpochReport&)> onEpoch;
};

class Trainer {
public:
    Trainer(Graph& graph, const Loss& loss, Optimizer& optimizer, const LearningRateSchedule& schedule,
            ThreadPool& pool, TrainerSettings settings);

    TrainingResult fit(const BatchSource& train, const BatchSource* validation = nullptr,
                       const TrainerCallbacks& callbacks = {}, TrainingControl* control = nullptr);

    // Mean loss and accuracy in evaluation mode over the given samples (all when empty).
    Evaluation evaluate(const BatchSource& source, std::span<const std::size_t> indices = {});

private:
    float applyPenalties(bool addGradients);
    void snapshotWeights(std::vector<Tensor>& into);
    void restoreWeights(const std::vector<Tensor>& from);

    Graph& m_graph;
    const Loss& m_loss;
    Optimizer& m_optimizer;
    const LearningRateSchedule& m_schedule;
    ThreadPool& m_pool;
    TrainerSettings m_settings;
    ExecutionContext m_ctx;
    Tensor m_inputs, m_targets, m_outputGrad; // per-batch buffers, reused
};

} // namespace nw
