#pragma once
// Writes train.py: the project's training settings (loss, optimizer, learning-rate
// schedule with warm-up, batch size, epochs, seed, per-node L1/L2 penalties and
// frozen nodes, gradient clipping, early stopping) as constants at the top, over a
// fixed PyTorch loop that runs in one process or under torchrun with
// DistributedDataParallel, and writes trained.safetensors in Netwright's layout.
#include <QString>

namespace nw {
class Graph;
class NetworkGraphModel;
struct TrainingConfig;
}

namespace nw::pytorch {

class PyTorchTrainingScriptWriter {
public:
    // `graph` is compiled from `model`: it names the weights the penalties and
    // frozen nodes apply to.
    static QString write(const TrainingConfig& config, const NetworkGraphModel& model, Graph& graph);
};

} // namespace nw::pytorch
