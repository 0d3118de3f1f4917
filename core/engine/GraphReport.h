#pragma once
// What compiling a graph found: per node its output shape and parameter count, or
// messages tied to node ids that the editor shows on the nodes.
#include "Shape.h"

#include <cstddef>
#include <string>
#include <vector>

namespace nw {

// What is wrong with a graph, as data: the window words it in the user's language
// (core/model's GraphMessages), everything else reads `text`, the same in English.
enum class GraphProblem {
    NoInput,       // -
    TooFewInputs,  // node label, inputs needed, inputs connected
    TooManyInputs, // node label, inputs allowed, inputs connected
    UnknownInput,  // node label, the missing id
    Cycle,         // node label, the ids in the cycle ("'a', 'b'")
    LooseEnds,     // how many, their ids ("'a', 'b'")
    NoOutput,      // -
    NoLayers,      // -
    UnknownOutput, // the missing output id
    LayerRejected, // node label, the layer's own reason (English, from its ShapeError)
    TooManyParameters, // node label, the network's parameter values with it, the limit
};

struct NodeMessage {
    std::string nodeId; // empty when the message is about the graph as a whole
    GraphProblem problem = GraphProblem::LayerRejected;
    std::vector<std::string> args; // as listed beside GraphProblem
    std::string text; // the English sentence, e.g. "Dense 'fc1' expects a flat input but gets 16x7x7: ..."
};

// The English sentence for a problem and its arguments.
std::string describeGraphProblem(GraphProblem problem, const std::vector<std::string>& args);

struct NodeReport {
    std::string id;
    std::string type;
    bool known = false;       // shape could be inferred
    Shape outputShape;        // sample shape, valid when known
    std::size_t parameterCount = 0;
};

struct GraphReport {
    std::vector<NodeReport> nodes; // in topological order when the graph is acyclic
    std::vector<NodeMessage> errors;
    std::size_t totalParameters = 0;

    bool ok() const { return errors.empty(); }
    // All messages, one per line.
    std::string summary() const;
};

} // namespace nw
