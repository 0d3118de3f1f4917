#pragma once
// The L1 and L2 penalties a project puts on the weights of some nodes, as one
// function the trainer and the step-through trace share, so the gradient a student
// is shown for one sample is exactly the one training would apply.
namespace nw {

class Graph;

// Returns sum(l1 * |w| + l2 * w^2) over the penalised weights (Graph::penalties()),
// accumulated in double in node order; with addGradients, adds l1 * sign(w) + 2 * l2 * w
// to each penalised weight's grad (after backward() wrote it).
float applyWeightPenalties(Graph& graph, bool addGradients);

} // namespace nw
