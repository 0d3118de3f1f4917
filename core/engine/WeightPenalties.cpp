#include "WeightPenalties.h"

#include "Graph.h"

namespace nw {

float applyWeightPenalties(Graph& graph, bool addGradients)
{
    double penalty = 0.0;
    for (const auto& p : graph.penalties()) {
        const auto w = p.weight->value.array();
        if (p.l1 != 0.0f)
            penalty += p.l1 * w.abs().cast<double>().sum();
        if (p.l2 != 0.0f)
            penalty += p.l2 * w.square().cast<double>().sum();
        if (addGradients) {
            auto g = p.weight->grad.array();
            if (p.l1 != 0.0f)
                g += p.l1 * w.sign();
            if (p.l2 != 0.0f)
                g += (2.0f * p.l2) * w;
        }
    }
    return static_cast<float>(penalty);
}

} // namespace nw
