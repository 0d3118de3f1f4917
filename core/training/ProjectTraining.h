#pragma once
// Trains a PreparedProject with its own settings (optionally overridden from the
// command line), resumes from saved optimizer state, and saves the trained
// weights and project. The same object serves the CLI now and the GUI's worker
// thread later; it runs entirely on the thread that calls run().
#include "io/TrainingConfig.h"

#include "engine/Trainer.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace nw {

class AugmentedBatchSource;
class BatchSource;
class Loss;
class Optimizer;
class LearningRateSchedule;
class PreparedProject;
class ThreadPool;

struct TrainingOverrides {
    std::optional<int> epochs;
    std::optional<int> batchSize;
    std::optional<double> learningRate;
    std::optional<QString> optimizer;
    std::optional<quint64> seed;
    std::optional<int> threads;
};

// The project's augmentation (dataset.augmentation) over a view of its training
// samples, seeded by `seed`: what training and each cross-validation fold train on.
// Null when augmentation is off. Throws DataError when the data are not images.
std::unique_ptr<AugmentedBatchSource> augmentedTrainingSource(
    const PreparedProject& project, const BatchSource& train, std::uint64_t seed);

class ProjectTraining {
public:
    // Throws EngineError when the settings are invalid (unknown optimizer, batch 0...),
    // DataError when the project's augmentation does not fit its data (not images).
    ProjectTraining(PreparedProject& project, const TrainingOverrides& overrides);
    ~ProjectTraining();

    const TrainingConfig& config() const { return m_config; }
    int threadCount() const;
    // The run's thread pool: between batches (or after run()) the training thread may
    // use it to evaluate the graph, as the decision boundary does.
    ThreadPool& pool() { return *m_pool; }

    // Continues from the optimizer state and epoch count saved with the weights.
    bool resume(QString* error);
    int epochsBefore() const { return m_epochsBefore; }

    TrainingResult run(const TrainerCallbacks& callbacks = {}, TrainingControl* control = nullptr);

    // Writes the weights with optimizer state to <projectPath without .nwproj>.safetensors
    // and the project (with its settings and weights path) to projectPath, both atomically.
    bool save(const QString& projectPath, QString* error);

private:
    PreparedProject& m_project;
    TrainingConfig m_config;
    std::unique_ptr<Loss> m_loss;
    std::unique_ptr<Optimizer> m_optimizer;
    std::unique_ptr<LearningRateSchedule> m_schedule;
    std::unique_ptr<ThreadPool> m_pool;
    // The training split, and over it the augmentation (dataset.augmentation) when on:
    // training batches vary per (seed, epoch, sample); validation and test never do.
    std::unique_ptr<BatchSource> m_train;
    std::unique_ptr<AugmentedBatchSource> m_augmented;
    int m_epochsBefore = 0;
    int m_epochsDone = 0;
    bool m_resumed = false;
};

} // namespace nw
