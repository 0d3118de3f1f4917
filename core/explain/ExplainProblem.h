#pragma once
// Why an explanation cannot be made, as data: a code and its arguments, so the
// window words it in the user's language (ExplainTexts::problem()) while the CLI
// and logs use the English text of describeExplainProblem(). ExplainError
// (Explainer.h) carries both.
#include <string>
#include <vector>

namespace nw {

enum class ExplainProblem {
    NotCompiled,             // {}
    SeveralInputs,           // {}
    SampleShape,             // {expected shape, given shape}
    BatchShape,              // {expected sample shape, given batch shape}
    SampleNotFinite,         // {}
    MapNotFinite,            // {method}
    TargetOutOfRange,        // {target, outputs}
    NeedsNode,               // {method}
    UnknownNode,             // {node}
    NotSpatialNode,          // {node, shape}: Grad-CAM
    NotAttentionNode,        // {node}
    NoAttentionNode,         // {}
    RolloutLengths,          // {}
    ProjectionOfOneSample,   // {}: projection is explainProjection()'s
    ProjectionTooFewSamples, // {}
    MeanBaselineUnavailable, // {}
    NeedsImage,              // {method or baseline name ("occlusion", "blur"), shape}
    OcclusionWindow,         // {largest, given}
    OcclusionStride,         // {given}
    TooFewSteps,             // {given}
    TooFewSamples,           // {method name ("lime", "kernel-shap"), given}
    TooFewSuperpixels,       // {given}
    NegativeNoise,           // {given}
};

std::string describeExplainProblem(ExplainProblem problem, const std::vector<std::string>& args);

} // namespace nw
