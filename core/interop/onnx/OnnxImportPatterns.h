#pragma once
// The importer's table: which ONNX node, or run of nodes, becomes which of our
// layers. Single operators (Gemm, Conv, Relu, ...) map one to one; the patterns
// torch.onnx.export and our own exporter write are recognised from their first
// node: MatMul+Add (Dense), the erf form of GELU, Sigmoid*x (SiLU), the
// LayerNormalization decomposition, GlobalAveragePool+Flatten, Cast+Gather
// (Embedding), Slice+Add (learned positions), and the Transpose/RNN/Transpose/
// Reshape(/Gather) run of a recurrent layer. Stateless.
#include "engine/Tensor.h"
#include "OnnxImportGraph.h"

#include <QString>
#include <QVariantMap>

#include <optional>
#include <set>

namespace nw {

struct ImportedLayer {
    std::string name; // the ONNX node name it comes from (our node id is made from it)
    QString type; // a LayerRegistry type
    QVariantMap params;
    std::map<std::string, Tensor> weights; // parameter name -> value, PyTorch layouts
    std::vector<std::string> inputs; // ONNX tensors, in port order
    std::string output;
    // A Gather of one step along the time axis stands for "the last step" only when
    // its index is T-1 or -1; T is known once the graph compiles. Unset: no such Gather.
    std::optional<int> stepIndex;
    // Before opset 13 Softmax flattened everything from its axis on: the same as ours
    // only for a flat input, which is known once the graph compiles.
    bool needsFlatInput = false;
};

struct PatternMatch {
    std::vector<int> nodes; // the ONNX nodes it accounts for
    std::vector<ImportedLayer> layers; // in order; empty for a pass-through
    // Identity, Dropout: `output` is the same tensor as `input`.
    bool passThrough = false;
    std::string input;
    std::string output;
};

// The pattern that starts at node `start`, or nullopt when no entry knows it.
// Throws OnnxImportError for a known operator with settings we cannot express
// (dilated convolution, asymmetric padding, ...), naming the node.
std::optional<PatternMatch> matchPattern(const OnnxImportGraph& graph, int start);

// The nodes that only build all-zero initial states for recurrent operators
// (torch writes Shape -> Gather -> Unsqueeze -> Concat -> ConstantOfShape for its
// h0 and c0): zeros are the default, so these nodes compute nothing we keep.
std::set<int> zeroInitialStateNodes(const OnnxImportGraph& graph);

} // namespace nw
