#pragma once
// What the attention layers of a network look at for one sample: one
// MultiHeadAttention node's weights [heads, T, T] (row i: how step i spreads its
// attention over the steps), and attention rollout (Abnar and Zuidema 2020)
// across all of them in graph order: each layer's head-averaged weights mixed
// half and half with the identity (the residual connection), rows renormalised,
// multiplied from the first layer to the last, [T, T]. Used by explain() for the
// `attention` and `rollout` methods, and by the Attention dock.
#include "engine/Tensor.h"

#include <string>
#include <vector>

namespace nw {

class ExplainModel;

// The graph's MultiHeadAttention nodes, in topological order.
std::vector<std::string> attentionNodes(ExplainModel& model);

// Runs the sample and returns the node's weights [heads, T, T]. Throws
// ExplainError when the node is not a MultiHeadAttention.
Tensor attentionWeights(ExplainModel& model, const Tensor& sample, const std::string& node);

// Every attention node's weights for the sample from one forward pass, in graph order.
std::vector<Tensor> allAttentionWeights(ExplainModel& model, const Tensor& sample);

// Rollout over per-layer weights [heads, T, T], first layer first.
Tensor attentionRollout(const std::vector<Tensor>& layers);

} // namespace nw
