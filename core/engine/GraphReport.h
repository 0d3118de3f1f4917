#pragma once
// What compiling a graph found: per node its output shape and parameter count, or
// messages tied to node ids that the editor shows on the nodes.
#include "Shape.h"

#include <cstddef>
#include <string>
#include <vector>

namespace nw {

struct NodeMessage {
    std::string nodeId; // empty when the message is about the graph as a whole
    std::string text;   // full sentence, e.g. "Dense 'fc1' expects a flat input but gets 16x7x7: ..."
};

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
