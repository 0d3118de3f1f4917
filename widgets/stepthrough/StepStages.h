#pragma once
// The order a step-through walks one training step: the forward pass node by node
// (the input first), the loss, the backward pass node by node from the output back
// (only nodes the loss depends on), then the update of each node with trainable
// parameters. Derived from a StepThroughTrace; plain data for the panel, the
// formulas and the graph overlay.
#include <QString>
#include <QVector>

namespace nw {

struct StepThroughTrace;

struct StepStage {
    enum class Kind { Forward, Loss, Backward, Update };
    Kind kind = Kind::Forward;
    QString node; // empty for the loss

    bool operator==(const StepStage&) const = default;
};

QVector<StepStage> stepStages(const StepThroughTrace& trace);

} // namespace nw
