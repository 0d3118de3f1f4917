#include "SparsitySweep.h"

namespace nw {

std::vector<double> defaultSweepFractions()
{
    return {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
}

std::vector<SweepPoint> sparsitySweep(Graph& graph, std::span<const double> fractions, PruningScope scope,
    const std::function<Evaluation(Graph&)>& evaluate, const std::function<bool()>& cancelled)
{
    std::vector<NamedParameter> params = graph.namedParameters();
    std::vector<Tensor> original;
    for (const NamedParameter& p : params)
        original.push_back(p.param->value);
    const auto restore = [&] {
        for (std::size_t i = 0; i < params.size(); ++i)
            params[i].param->value.copyFrom(original[i]);
    };
    std::vector<SweepPoint> points;
    try {
        for (double fraction : fractions) {
            if (cancelled && cancelled())
                break;
            restore();
            const PruningMasks masks = pruneByMagnitude(graph, {scope, PruningCriterion::Fraction, fraction});
            points.push_back({fraction, masks.sparsity(), evaluate(graph)});
        }
    } catch (...) {
        restore();
        throw;
    }
    restore();
    return points;
}

} // namespace nw
