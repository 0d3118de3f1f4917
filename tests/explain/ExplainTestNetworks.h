#pragma once
// Small engine graphs the explain tests run methods on, with weights set by hand
// or from an oracle fixture.
#include "engine/Graph.h"
#include "engine/Tensor.h"

#include <vector>

namespace nw::test {

// input [features] -> Dense(classes) "fc": scores are W x + b, so every
// attribution has a closed form.
Graph linearClassifier(const std::vector<float>& weight, const std::vector<float>& bias, int features);

// input [features] -> Dense(hidden) -> Tanh -> Dense(classes): small, smooth, non-linear.
Graph smallMlp(int features, int hidden, int classes, std::uint64_t seed);

// The CNN of make_torch_oracle.py's explain_cases(): input [1, 10, 10], nodes
// conv1, relu1, pool1, conv2, relu2, flat, fc. Weights from the seed until set.
Graph explainCnn(std::uint64_t seed = 1);

// Sets "<node>.<param>" to `value` (PyTorch layout).
void setParameter(Graph& graph, const std::string& name, const Tensor& value);

} // namespace nw::test
