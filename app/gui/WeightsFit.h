#pragma once
// Whether weights read from a file belong to the network a document holds now:
// every parameter present with its shape (GraphWeights' applyWeights on a compiled
// copy, so the document itself is not touched). What the window asks before it
// adopts a weights file: a file from another network (or the new weights an older
// Netwright left beside the old project when a save was killed) is refused whole.
#include "engine/Tensor.h"

#include <QString>

#include <map>
#include <string>

namespace nw {

class NetworkDocument;

// Empty when `tensors` fit the document's network; otherwise the problem, without
// a file name ("tensor 'fc1.weight' is [4, 2] in the weights but [8, 2] in the network").
QString weightsMismatch(const NetworkDocument& document, const std::map<std::string, Tensor>& tensors);

} // namespace nw
