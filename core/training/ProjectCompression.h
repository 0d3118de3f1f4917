#pragma once
// Compresses a prepared project's network, step by step: measure it, sweep
// accuracy against sparsity, prune it (the masks attached to its graph), fine-tune
// the pruned network with the masks kept, quantize it to int8 (calibrated on the
// training split), and write the result. The CLI's compress runs the steps in that
// order (compressProject); the window's Compress view runs them one at a time on the
// background pool, each on a twin of its own. Runs on the calling thread; the
// project must outlive it.
#include "CompressionReport.h"

#include "compress/Int8Model.h"
#include "compress/PruningMasks.h"
#include "engine/Trainer.h"
#include "io/SafetensorsFile.h"

#include <functional>
#include <memory>

namespace nw {

class Loss;
class ThreadPool;
class TrainingControl;

class ProjectCompression {
public:
    // threads <= 0: all cores. Throws EngineError when the project is not valid or has no data.
    ProjectCompression(PreparedProject& project, DataPart part, int threads = 0);
    ~ProjectCompression();

    // Loss and accuracy of the graph as it is, on the part.
    Evaluation evaluate();
    std::vector<SweepPoint> sweep(std::span<const double> fractions, PruningScope scope,
        const std::function<bool()>& cancelled = {});
    // Prunes the graph's weights and attaches the masks to it (fine-tuning keeps them).
    PruningMasks prune(const PruningSettings& settings);
    // Trains `epochs` more epochs with the project's settings, from the graph's
    // current weights and with its masks kept. Throws EngineError when the run diverges.
    Evaluation fineTune(int epochs, const TrainerCallbacks& callbacks = {}, TrainingControl* control = nullptr);
    // Quantizes the graph's current weights and puts the int8 model into the graph.
    Int8Model quantize(const Int8ModelSettings& settings);

    // What a weights file of the graph as it is holds: float32 tensors, or the int8
    // model's (Int8Model.h); metadata names the compression.
    SafetensorsContents weightsFile(const PruningMasks* masks, const Int8Model* model) const;

private:
    PreparedProject& m_project;
    DataPart m_part;
    int m_threads;
    std::unique_ptr<ThreadPool> m_pool;
    std::unique_ptr<Loss> m_loss;
    std::unique_ptr<BatchSource> m_source;
};

struct CompressionSettings {
    DataPart part = DataPart::Test;
    int threads = 0;
    bool sweep = true;
    PruningScope scope = PruningScope::Global;
    std::optional<double> pruneFraction;
    int fineTuneEpochs = 0;
    bool quantizeInt8 = false;
    Int8ModelSettings int8;
};

// Runs every asked step on `project` (its graph ends compressed); `progress` hears a
// line per step. `weights`, when not null, receives what --out writes.
CompressionReport compressProject(PreparedProject& project, const CompressionSettings& settings,
    const std::function<void(const QString&)>& progress = {}, SafetensorsContents* weights = nullptr);

} // namespace nw
