#pragma once
// torch.onnx.export with a dynamic batch writes `x.view(x.size(0), -1)` as shape
// arithmetic: Reshape(x, Concat(Unsqueeze(Gather(Shape(x), 0)), [-1])). Only the
// batch is unknown in such a shape, so it folds to "[batch, -1]", which our
// Reshape expresses. This folds shape tensors built from constants and the batch
// size, and finds the nodes that only compute them (dropped on import).
#include "OnnxImportGraph.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <vector>

namespace nw {

// Stands for the batch size in a folded shape.
inline constexpr std::int64_t kBatchDim = std::numeric_limits<std::int64_t>::min();

// The values of an integer shape tensor made of constants and the batch size
// (Constant, Shape -> Gather index 0, Unsqueeze, Concat, Cast), or nullopt.
std::optional<std::vector<std::int64_t>> foldedShape(const OnnxImportGraph& graph, const std::string& tensor);

// The nodes that only compute a Reshape's folded target shape.
std::set<int> batchShapeNodes(const OnnxImportGraph& graph);

} // namespace nw
