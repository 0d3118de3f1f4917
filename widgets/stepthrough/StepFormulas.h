#pragma once
// What each stage of a step-through says: its title, the values it puts on the card
// and the strip, and the layer's formula with the sample's actual numbers put in
// (y = W·x + b for each unit, tanh, ReLU, softmax, the convolution as a sum over the
// window of one output, −log p_y, the gradients by the chain rule, the optimizer's
// update). Every number comes from the trace, written by stepformula::number(); a
// layer of more than kNumbersUpTo units gets the formula of one highlighted unit.
// Text only (HTML for a QTextBrowser); the panel and the tests read it.
#include "StepStages.h"

#include "engine/Tensor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nw {

struct NodeTrace;
struct StepThroughTrace;

class StepFormulas {
    Q_DECLARE_TR_FUNCTIONS(nw::StepFormulas)

public:
    // "Forward: fc1 (Dense)", "Loss", "Backward: act1 (Tanh)", "Update: out (Dense)".
    static QString title(const StepThroughTrace& trace, const StepStage& stage);
    // `unit` is the highlighted output (flat index), or -1 for the stage's default.
    static QString html(const StepThroughTrace& trace, const StepStage& stage, int unit, const QStringList& classNames);
    // The values the stage shows on the card and the strip: the node's output
    // (forward), the prediction (loss), the gradient at the node's output
    // (backward), the step taken by its first parameter (update). Sample shape.
    static Tensor values(const StepThroughTrace& trace, const StepStage& stage);
    // The unit highlighted unless the user picks one: the largest |value|.
    static int defaultUnit(const StepThroughTrace& trace, const StepStage& stage);
    // Which of values() shows `unit` (-1: the default): the unit itself, or in an update
    // the first weight of its row, the one the formula starts with.
    static int valueIndex(const StepThroughTrace& trace, const StepStage& stage, int unit);

private:
    static QString forward(const StepThroughTrace& trace, const NodeTrace& node, int unit, const QStringList& classNames);
    static QString dense(const StepThroughTrace& trace, const NodeTrace& node, int unit);
    static QString activation(const StepThroughTrace& trace, const NodeTrace& node, int unit);
    static QString softmax(const StepThroughTrace& trace, const NodeTrace& node, int unit);
    static QString convolution(const StepThroughTrace& trace, const NodeTrace& node, int unit);
    static QString loss(const StepThroughTrace& trace, const QStringList& classNames);
    static QString backward(const StepThroughTrace& trace, const NodeTrace& node, int unit);
    static QString update(const StepThroughTrace& trace, const NodeTrace& node, int unit);
};

// A tensor without its batch dimension of one.
Tensor sampleValues(const Tensor& batchOfOne);

} // namespace nw
