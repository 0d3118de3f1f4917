#pragma once
// Moves a graph's parameters to and from the name -> tensor maps that
// SafetensorsFile reads and writes. Names are "<node-id>.<param>" as
// Graph::namedParameters() gives them, layouts are PyTorch's, and buffers (BatchNorm
// running statistics) travel with the weights, so a saved file is the whole model.
#include "engine/Graph.h"
#include "engine/Tensor.h"

#include <QString>

#include <map>
#include <string>

namespace nw {

// Copies of every parameter and buffer of a compiled graph.
std::map<std::string, nw::Tensor> collectWeights(nw::Graph& graph);

// Sets every parameter and buffer of a compiled graph from `tensors`. All or
// nothing: refuses, changing nothing, when a parameter is missing or has another
// shape (naming the tensor and both shapes), or when a tensor is named like a
// parameter of an existing node that has no such parameter (a renamed or retyped
// layer). Other extra tensors (optimizer state, unrelated nodes, PyTorch's
// "<bn>.num_batches_tracked") are ignored.
bool applyWeights(nw::Graph& graph, const std::map<std::string, nw::Tensor>& tensors, QString* error);

} // namespace nw
