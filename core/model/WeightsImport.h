#pragma once
// File > Import Weights... on a document, in two steps so the window can show the
// verdicts before anything changes: prepare() compiles the document's graph, gives
// it the document's own weights (or the seed's where it has none) and matches the
// imported tensors node by node (matchWeights); apply() hands the result to the
// document, the one owner of the weights: the loaded nodes' tensors replace theirs,
// every other node keeps what it had, and the loaded nodes are marked Imported.
//
// Not an undo command: the document's weights are not on its undo stack (a run's
// result is not either), so undoing an edit never silently throws away training.
// Train > Reset Weights goes back to the seed's weights.
#include "engine/WeightTransfer.h"
#include "WeightOrigin.h"

#include <QString>

#include <map>
#include <optional>
#include <string>

namespace nw {

class NetworkDocument;

class WeightsImport {
public:
    // Null with `error` set when the network has errors (nothing to match against).
    static std::optional<WeightsImport> prepare(const NetworkDocument& document,
        const std::map<std::string, Tensor>& tensors, const std::map<std::string, std::string>& mapping,
        QString* error);

    const WeightMatch& match() const { return m_match; }
    bool loadsAnything() const { return m_match.count(WeightVerdict::Loaded) > 0; }
    // The document's weights become the matched ones (-1: they belong to no epoch).
    void apply(NetworkDocument& document) const;

private:
    WeightMatch m_match;
    std::map<std::string, Tensor> m_weights; // the whole network after the import
    std::map<QString, WeightOrigin> m_origins;
};

} // namespace nw
