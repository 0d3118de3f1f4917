// Grad-CAM (Selvaraju et al. 2017) at any node with a C x H x W output: channel
// weights are the spatial mean of d score / d activation, the map is
// ReLU(sum_k w_k A_k) at the node's own resolution. Upsampling to the input is
// for display only and belongs to whoever draws it.
#include "AttributionMethods.h"
#include "ExplainModel.h"
#include "Explainer.h"

#include <algorithm>

namespace nw {

Explanation gradCam(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext&)
{
    if (options.node.empty())
        throw ExplainError(ExplainProblem::NeedsNode, { explainMethodName(ExplainMethod::GradCam) });
    const Shape shape = model.graph().nodeShape(options.node);
    if (shape.size() != 3)
        throw ExplainError(ExplainProblem::NotSpatialNode, { options.node, shapeToString(shape) });
    const ExplainModel::Gradients g = model.gradients(asBatch(sample), target, options.node);
    const int channels = shape[0];
    const int plane = shape[1] * shape[2];
    Explanation e;
    e.map = Tensor({ shape[1], shape[2] });
    for (int c = 0; c < channels; ++c) {
        const float* grad = g.nodeGradient.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(plane);
        const float* act = g.nodeOutput.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(plane);
        double weight = 0.0;
        for (int i = 0; i < plane; ++i)
            weight += grad[i];
        weight /= plane;
        for (int i = 0; i < plane; ++i)
            e.map[static_cast<std::size_t>(i)] += static_cast<float>(weight * act[i]);
    }
    for (std::size_t i = 0; i < e.map.size(); ++i)
        e.map[i] = std::max(0.0f, e.map[i]);
    e.signedMap = false;
    return e;
}

} // namespace nw
