#include "WeightsImport.h"

#include "GraphCompiler.h"
#include "NetworkDocument.h"
#include "io/GraphWeights.h"

namespace nw {

std::optional<WeightsImport> WeightsImport::prepare(const NetworkDocument& document,
    const std::map<std::string, Tensor>& tensors, const std::map<std::string, std::string>& mapping, QString* error)
{
    CompileResult compiled = GraphCompiler().compile(*document.model());
    if (!compiled.ok()) {
        if (error)
            *error = compiled.summary();
        return std::nullopt;
    }
    Graph& graph = *compiled.graph;
    graph.initialize(document.trainingConfig().seed);
    // The document's own weights where they still fit (the graph may have been edited since).
    const WeightMatch own = matchWeights(graph, document.weights());
    applyMatchedWeights(graph, own);
    WeightsImport result;
    result.m_match = matchWeights(graph, tensors, mapping);
    applyMatchedWeights(graph, result.m_match);
    result.m_weights = collectWeights(graph);
    // Only nodes whose weights are in the graph keep their origin; the rest are the seed's.
    for (const std::string& id : own.idsWith(WeightVerdict::Loaded))
        result.m_origins[QString::fromStdString(id)] = document.weightOrigin(QString::fromStdString(id));
    for (const std::string& id : result.m_match.idsWith(WeightVerdict::Loaded))
        result.m_origins[QString::fromStdString(id)] = WeightOrigin::Imported;
    return result;
}

void WeightsImport::apply(NetworkDocument& document) const
{
    document.setWeights(m_weights, -1, m_origins);
}

} // namespace nw
