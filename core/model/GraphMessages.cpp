#include "GraphMessages.h"

namespace nw {

QString GraphMessages::describe(const NodeMessage& message)
{
    // Marks whether a translation is loaded; English reads the engine's own sentence.
    static const char* const markerSource = QT_TR_NOOP("the network has no output node");
    if (tr(markerSource) == QLatin1String(markerSource))
        return QString::fromStdString(message.text);

    const auto arg = [&message](std::size_t i) {
        return i < message.args.size() ? QString::fromStdString(message.args[i]) : QString();
    };
    switch (message.problem) {
    case GraphProblem::NoInput:
        return tr("the network has no input: add an Input node");
    case GraphProblem::TooFewInputs:
        if (arg(2) == QLatin1String("0"))
            return tr("%1 needs %n input(s) but has none: connect something to it", nullptr, arg(1).toInt())
                .arg(arg(0));
        return tr("%1 needs %n input(s) but has %2: connect another node", nullptr, arg(1).toInt())
            .arg(arg(0), arg(2));
    case GraphProblem::TooManyInputs:
        return tr("%1 takes at most %n input(s) but has %2: use an Add or Concat to merge branches", nullptr,
            arg(1).toInt())
            .arg(arg(0), arg(2));
    case GraphProblem::UnknownInput:
        return tr("%1 takes input from '%2', but there is no node with that id").arg(arg(0), arg(1));
    case GraphProblem::Cycle:
        return tr("%1 is part of a cycle (%2): connections must flow one way, from the input to the output")
            .arg(arg(0), arg(1));
    case GraphProblem::LooseEnds:
        return tr("the network has %n loose end(s) (%1): connect them, or choose which one is the output", nullptr,
            arg(0).toInt())
            .arg(arg(1));
    case GraphProblem::NoOutput:
        return tr(markerSource);
    case GraphProblem::NoLayers:
        return tr("the network has no layers: add a layer after the input");
    case GraphProblem::UnknownOutput:
        return tr("the output is set to '%1', but there is no node with that id").arg(arg(0));
    case GraphProblem::LayerRejected:
        return arg(0) + QLatin1Char(' ') + arg(1);
    case GraphProblem::TooManyParameters:
        return tr("%1 would bring the network to %2 parameters; a network may have at most %3")
            .arg(arg(0), arg(1), arg(2));
    }
    return QString::fromStdString(message.text);
}

} // namespace nw
