#pragma once
// The networks the ONNX tests export: every example project, and small networks
// that together use every registered layer type and the settings the examples
// leave out (padding, bidirectional and sequence-returning recurrent layers, a
// causal attention, sinusoidal positions, LayerNorm's decomposition at opset 13).
// Each comes with seeded random weights (running variances positive) and random
// inputs in its input's domain (token ids for an Embedding).
#include "engine/Graph.h"
#include "io/Project.h"
#include "model/CompileResult.h"
#include "model/NetworkGraphModel.h"

#include <QString>

#include <memory>
#include <vector>

namespace nwtest {

struct OnnxTestModel {
    QString name;
    nw::Project project;
    bool example = false;
};

std::vector<OnnxTestModel> onnxTestModels();

// A model of `project`'s graph and its compiled engine graph (which must compile).
struct CompiledModel {
    std::unique_ptr<nw::NetworkGraphModel> model;
    nw::CompileResult compiled;
    nw::Graph& graph() { return *compiled.graph; }
};
CompiledModel compileProject(const nw::Project& project);

void randomizeWeights(nw::Graph& graph, unsigned seed);
// [n, input...]: uniform in [-1, 1], or whole token ids below the Embedding's vocabulary.
nw::Tensor randomInputs(const nw::NetworkGraphModel& model, nw::Graph& graph, int n, unsigned seed);
// The engine's outputs for `inputs` in evaluation mode.
nw::Tensor forward(nw::Graph& graph, const nw::Tensor& inputs);

} // namespace nwtest
