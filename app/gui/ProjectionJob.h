#pragma once
// The Explain dock's projection as one job on a runner's thread: a node's outputs
// over some samples of a dataset, reduced to two dimensions by core/explain's PCA
// (explainProjection), with each sample's true and predicted class for the scatter.
#include "explain/ProjectionScatter.h"

#include <QStringList>

#include <string>
#include <vector>

namespace nw {

class Dataset;
class ExplainModel;

// Throws ExplainError or EngineError as core/explain does.
ProjectionScatter::Points projectSamples(ExplainModel& model, const Dataset& dataset,
    const std::vector<std::size_t>& indices, const std::string& node, const QStringList& classNames);

// How many points have a known true class that differs from the predicted one.
int wrongPredictions(const ProjectionScatter::Points& points);

} // namespace nw
