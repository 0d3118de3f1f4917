#pragma once
// The outcome of GraphCompiler::compile(): per node a NodeStatus, messages about
// the graph as a whole, and, when nothing is wrong, the compiled engine graph
// (weights not yet initialised). Owned by whoever asked for the compile; the
// training session takes the graph out of it with std::move.
#include "engine/Graph.h"
#include "NodeStatus.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace nw {

struct CompileResult {
    std::unique_ptr<Graph> graph; // null when there are errors
    QHash<QString, NodeStatus> nodes;
    QStringList nodeOrder; // the model's node order, for stable reports
    QStringList graphMessages; // not tied to one node ("the network has no input")
    qint64 totalParameters = 0;

    bool ok() const { return graph != nullptr; }
    // Every message, one per line, graph messages first and then nodes in model
    // order; or a one-line "N nodes, P parameters" when there are none.
    QString summary() const;
    QStringList allMessages() const;
};

} // namespace nw
