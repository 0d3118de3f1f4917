#pragma once
// Writes model.py: a torch.nn.Module named Net that mirrors a compiled network
// node by node (node ids name its layers, so weights.safetensors is its
// state_dict), the helper classes it needs, how its outputs become the
// probabilities `predict` reports, and load()/save() of safetensors files with
// numpy alone. The caller owns the model and graph; this only reads them.
#include <QString>
#include <QStringList>

#include <optional>

namespace nw {
class Graph;
class NetworkGraphModel;
}

namespace nw::pytorch {

class PyTorchModuleWriter {
public:
    struct Description {
        QString projectName;
        QString loss; // the training loss: how logits become probabilities
        QStringList classNames; // empty when unknown (data not loaded, or regression)
    };

    // The text of model.py for `graph`, compiled from `model`. nullopt with `error`
    // naming the node when a node cannot be written (a type with no PyTorch form,
    // an id torch.nn.Module reserves).
    static std::optional<QString> write(
        const NetworkGraphModel& model, const Graph& graph, const Description& description, QString* error);
};

} // namespace nw::pytorch
