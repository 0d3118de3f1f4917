#include "GraphReport.h"

namespace nw {

std::string describeGraphProblem(GraphProblem problem, const std::vector<std::string>& args)
{
    const auto arg = [&args](std::size_t i) { return i < args.size() ? args[i] : std::string(); };
    switch (problem) {
    case GraphProblem::NoInput:
        return "the network has no input: add an Input node";
    case GraphProblem::TooFewInputs: {
        const bool several = std::stoi(arg(1)) > 1;
        return arg(0) + " needs " + (several ? "at least " : "") + arg(1) + " input" + (several ? "s" : "")
            + " but has " + arg(2) + ": connect " + (arg(2) == "0" ? "something to it" : "another node");
    }
    case GraphProblem::TooManyInputs:
        return arg(0) + " takes at most " + arg(1) + " input" + (std::stoi(arg(1)) > 1 ? "s" : "") + " but has "
            + arg(2) + ": use an Add or Concat to merge branches";
    case GraphProblem::UnknownInput:
        return arg(0) + " takes input from '" + arg(1) + "', but there is no node with that id";
    case GraphProblem::Cycle:
        return arg(0) + " is part of a cycle (" + arg(1) + "): connections must flow one way, from the input to the output";
    case GraphProblem::LooseEnds:
        return "the network has " + arg(0) + " loose ends (" + arg(1) + "): connect them, or choose which one is the output";
    case GraphProblem::NoOutput:
        return "the network has no output node";
    case GraphProblem::NoLayers:
        return "the network has no layers: add a layer after the input";
    case GraphProblem::UnknownOutput:
        return "the output is set to '" + arg(0) + "', but there is no node with that id";
    case GraphProblem::LayerRejected:
        return arg(0) + " " + arg(1);
    case GraphProblem::TooManyParameters:
        return arg(0) + " would bring the network to " + arg(1) + " parameters; a network may have at most " + arg(2);
    }
    return {};
}

std::string GraphReport::summary() const
{
    std::string s;
    for (const auto& e : errors) {
        if (!s.empty())
            s += '\n';
        s += e.text;
    }
    return s;
}

} // namespace nw
