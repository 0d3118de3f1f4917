#pragma once
// Transfer learning: which of a network's nodes can take their weights from tensors
// of another network (a project's weights file, any .safetensors), and putting them
// in. A node is matched as a whole, by its id or by the id a mapping gives it in the
// source ("old id -> new id"), so a node is either entirely the source's or entirely
// left as it was: half a layer from elsewhere trains into nothing useful.
//
// Verdicts per node, in the network's order (nodes without parameters are left out):
//   loaded                   every parameter and buffer has a tensor of the same shape
//   skipped                  the source has nothing (or not everything) for the node
//   shape mismatch: [a] vs [b]  a tensor's shape in the source (a) differs from the
//                            node's (b); the node keeps its weights
// Pure engine code (no Qt): the CLI, the window and the tests share it.
#include "Graph.h"
#include "Tensor.h"

#include <map>
#include <string>
#include <vector>

namespace nw {

enum class WeightVerdict { Loaded, Skipped, ShapeMismatch };

struct NodeWeightMatch {
    std::string nodeId;   // in the network
    std::string sourceId; // the id its tensors have in the source
    WeightVerdict verdict = WeightVerdict::Skipped;
    // ShapeMismatch: the first parameter whose shapes differ; Skipped: the first
    // parameter the source lacks (empty when it has nothing for the node at all).
    std::string parameter;
    Shape sourceShape;
    Shape networkShape;
};

struct WeightMatch {
    std::vector<NodeWeightMatch> nodes;
    // The loaded nodes' tensors under the network's names ("<node-id>.<param>").
    std::map<std::string, Tensor> tensors;

    std::vector<std::string> idsWith(WeightVerdict verdict) const;
    std::size_t count(WeightVerdict verdict) const;
};

// `mapping`: network node id -> source node id, for nodes renamed since; the others
// are looked up under their own id. Needs a compiled graph; reads it only.
WeightMatch matchWeights(Graph& graph, const std::map<std::string, Tensor>& source,
    const std::map<std::string, std::string>& mapping = {});

// Copies the loaded nodes' tensors into the graph; the other nodes keep theirs.
void applyMatchedWeights(Graph& graph, const WeightMatch& match);

// "loaded", "skipped" or "shape mismatch: [10, 64] vs [5, 64]": the words of the
// contract (docs/CLI.md), what the CLI prints and the tests compare.
std::string verdictText(const NodeWeightMatch& node);

// "[10, 64]": a shape as PyTorch prints it.
std::string bracketShape(const Shape& shape);

} // namespace nw
