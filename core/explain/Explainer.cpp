#include "Explainer.h"

#include "AttentionMaps.h"
#include "AttributionMethods.h"
#include "ExplainModel.h"
#include "Projection.h"

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

std::vector<float> probabilitiesOf(const Tensor& scores)
{
    std::vector<float> p(scores.data(), scores.data() + scores.size());
    if (p.size() == 1) {
        p[0] = 1.0f / (1.0f + std::exp(-p[0]));
        return p;
    }
    const float top = *std::max_element(p.begin(), p.end());
    double sum = 0.0;
    for (float& v : p)
        sum += v = std::exp(v - top);
    for (float& v : p)
        v = static_cast<float>(v / sum);
    return p;
}

void checkNode(ExplainModel& model, const std::string& node, ExplainMethod method)
{
    if (node.empty())
        throw ExplainError(ExplainProblem::NeedsNode, { explainMethodName(method) });
    const auto ids = model.graph().nodeIds();
    if (std::find(ids.begin(), ids.end(), node) == ids.end())
        throw ExplainError(ExplainProblem::UnknownNode, { node });
}

} // namespace

Explanation explain(ExplainModel& model, const Tensor& sample, const ExplainOptions& options,
    const ExplainContext& context)
{
    if (sample.shape() != model.inputShape())
        throw ExplainError(ExplainProblem::SampleShape, { shapeToString(model.inputShape()), shapeToString(sample.shape()) });
    if (!sample.allFinite())
        throw ExplainError(ExplainProblem::SampleNotFinite);
    if (explainMethodNeedsNode(options.method))
        checkNode(model, options.node, options.method);
    if (options.method == ExplainMethod::Projection)
        throw ExplainError(ExplainProblem::ProjectionOfOneSample);

    const Tensor scores = model.scores(asBatch(sample));
    Explanation e;
    if (options.method == ExplainMethod::Activations) {
        e.map = sampleOf(model.nodeOutputs(asBatch(sample), options.node), 0);
        e.signedMap = e.map.size() && *std::min_element(e.map.data(), e.map.data() + e.map.size()) < 0.0f;
    } else if (options.method == ExplainMethod::Attention) {
        e.map = attentionWeights(model, sample, options.node);
        e.signedMap = false;
    } else if (options.method == ExplainMethod::Rollout) {
        e.map = attentionRollout(allAttentionWeights(model, sample));
        e.signedMap = false;
    } else {
        const int target = model.resolveTarget(scores, options.target);
        using Method = Explanation (*)(ExplainModel&, const Tensor&, int, const ExplainOptions&, const ExplainContext&);
        Method method = nullptr;
        switch (options.method) {
        case ExplainMethod::Gradient: method = gradientSaliency; break;
        case ExplainMethod::GradientXInput: method = gradientTimesInput; break;
        case ExplainMethod::SmoothGrad: method = smoothGrad; break;
        case ExplainMethod::IntegratedGradients: method = integratedGradients; break;
        case ExplainMethod::GradCam: method = gradCam; break;
        case ExplainMethod::Occlusion: method = occlusion; break;
        case ExplainMethod::Lime: method = lime; break;
        case ExplainMethod::KernelShap: method = kernelShap; break;
        case ExplainMethod::Activations:
        case ExplainMethod::Projection:
        case ExplainMethod::Attention:
        case ExplainMethod::Rollout: break;
        }
        e = method(model, sample, target, options, context);
        e.target = target;
        e.score = scores[static_cast<std::size_t>(target)];
    }
    e.method = options.method;
    e.probabilities = probabilitiesOf(scores);
    e.predicted = model.outputs() == 1 ? (scores[0] >= 0.0f ? 1 : 0)
                                       : static_cast<int>(std::max_element(scores.data(), scores.data() + scores.size()) - scores.data());
    if (!e.map.allFinite())
        throw ExplainError(ExplainProblem::MapNotFinite, { explainMethodName(options.method) });
    return e;
}

Explanation explainProjection(ExplainModel& model, const Tensor& samples, const std::string& node)
{
    checkNode(model, node, ExplainMethod::Projection);
    Shape expected{ samples.rank() ? samples.dim(0) : 0 };
    const Shape in = model.inputShape();
    expected.insert(expected.end(), in.begin(), in.end());
    if (samples.shape() != expected)
        throw ExplainError(ExplainProblem::BatchShape, { shapeToString(in), shapeToString(samples.shape()) });
    const PrincipalComponents pc = principalComponents2d(model.nodeOutputs(samples, node));
    Explanation e;
    e.method = ExplainMethod::Projection;
    e.map = pc.points;
    e.signedMap = true;
    e.explainedVariance = pc.explainedVariance;
    return e;
}

} // namespace nw
