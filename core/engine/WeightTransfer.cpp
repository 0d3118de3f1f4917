#include "WeightTransfer.h"

#include <algorithm>

namespace nw {

std::vector<std::string> WeightMatch::idsWith(WeightVerdict verdict) const
{
    std::vector<std::string> ids;
    for (const NodeWeightMatch& n : nodes)
        if (n.verdict == verdict)
            ids.push_back(n.nodeId);
    return ids;
}

std::size_t WeightMatch::count(WeightVerdict verdict) const
{
    return static_cast<std::size_t>(
        std::count_if(nodes.begin(), nodes.end(), [verdict](const NodeWeightMatch& n) { return n.verdict == verdict; }));
}

WeightMatch matchWeights(Graph& graph, const std::map<std::string, Tensor>& source,
    const std::map<std::string, std::string>& mapping)
{
    WeightMatch match;
    for (const std::string& id : graph.nodeIds()) {
        Layer* layer = graph.layer(id);
        if (!layer || layer->parameters().empty())
            continue;
        NodeWeightMatch node;
        node.nodeId = id;
        const auto mapped = mapping.find(id);
        node.sourceId = mapped == mapping.end() ? id : mapped->second;
        std::vector<std::pair<std::string, const Tensor*>> found;
        bool anyFound = false;
        bool missing = false;
        for (const Parameter* p : layer->parameters()) {
            const auto it = source.find(node.sourceId + "." + p->name);
            if (it == source.end()) {
                if (!missing && node.verdict != WeightVerdict::ShapeMismatch) {
                    node.parameter = p->name;
                    node.networkShape = p->value.shape();
                }
                missing = true;
                continue;
            }
            anyFound = true;
            if (it->second.shape() != p->value.shape() && node.verdict != WeightVerdict::ShapeMismatch) {
                // A wrong shape says more than a missing tensor: it is the one reported.
                node.verdict = WeightVerdict::ShapeMismatch;
                node.parameter = p->name;
                node.sourceShape = it->second.shape();
                node.networkShape = p->value.shape();
            }
            found.emplace_back(id + "." + p->name, &it->second);
        }
        if (!anyFound) {
            node.parameter.clear();
            node.networkShape.clear();
        }
        if (node.verdict != WeightVerdict::ShapeMismatch && !missing) {
            node.verdict = WeightVerdict::Loaded;
            for (const auto& [name, tensor] : found)
                match.tensors.emplace(name, *tensor);
        }
        match.nodes.push_back(std::move(node));
    }
    return match;
}

void applyMatchedWeights(Graph& graph, const WeightMatch& match)
{
    for (const NamedParameter& p : graph.namedParameters()) {
        const auto it = match.tensors.find(p.name);
        if (it != match.tensors.end())
            p.param->value.copyFrom(it->second);
    }
}

std::string bracketShape(const Shape& shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string verdictText(const NodeWeightMatch& node)
{
    switch (node.verdict) {
    case WeightVerdict::Loaded: return "loaded";
    case WeightVerdict::Skipped: return "skipped";
    case WeightVerdict::ShapeMismatch:
        return "shape mismatch: " + bracketShape(node.sourceShape) + " vs " + bracketShape(node.networkShape);
    }
    return {};
}

} // namespace nw
