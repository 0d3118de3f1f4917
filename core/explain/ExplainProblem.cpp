#include "ExplainProblem.h"

namespace nw {

std::string describeExplainProblem(ExplainProblem problem, const std::vector<std::string>& args)
{
    auto arg = [&](std::size_t i) { return i < args.size() ? args[i] : std::string(); };
    switch (problem) {
    case ExplainProblem::NotCompiled:
        return "the network has not been compiled";
    case ExplainProblem::SeveralInputs:
        return "explanations need a network with exactly one input";
    case ExplainProblem::SampleShape:
        return "the network expects samples of " + arg(0) + ", got " + arg(1);
    case ExplainProblem::BatchShape:
        return "the network expects samples of " + arg(0) + ", got a batch of " + arg(1);
    case ExplainProblem::SampleNotFinite:
        return "the sample holds NaN or infinite values";
    case ExplainProblem::MapNotFinite:
        return arg(0) + " gave NaN or infinite values: the network's outputs are not finite for this sample";
    case ExplainProblem::TargetOutOfRange:
        return "target class " + arg(0) + " does not exist: the network has " + arg(1) + (arg(1) == "1" ? " output" : " outputs");
    case ExplainProblem::NeedsNode:
        return arg(0) + " needs a node (--layer NODE)";
    case ExplainProblem::UnknownNode:
        return "the network has no node named '" + arg(0) + "'";
    case ExplainProblem::NotSpatialNode:
        return "Grad-CAM needs a node with a channels x height x width output, but '" + arg(0) + "' gives " + arg(1)
            + "; choose a convolution or pooling node";
    case ExplainProblem::NotAttentionNode:
        return "'" + arg(0) + "' is not a MultiHeadAttention node";
    case ExplainProblem::NoAttentionNode:
        return "the network has no MultiHeadAttention node";
    case ExplainProblem::RolloutLengths:
        return "attention layers of different lengths cannot be rolled out together";
    case ExplainProblem::ProjectionOfOneSample:
        return "projection explains many samples: use explainProjection()";
    case ExplainProblem::ProjectionTooFewSamples:
        return "a projection needs at least 2 samples";
    case ExplainProblem::MeanBaselineUnavailable:
        return "the 'mean' baseline needs the training split's mean sample, which is not available here (load the "
               "project's data, or use --baseline zeros)";
    case ExplainProblem::NeedsImage:
        return (arg(0) == "blur" ? std::string("the 'blur' baseline") : arg(0))
            + " needs an image input (channels x height x width), got " + arg(1);
    case ExplainProblem::OcclusionWindow:
        return "the occlusion window must be between 1 and " + arg(0) + " pixels, got " + arg(1);
    case ExplainProblem::OcclusionStride:
        return "the occlusion stride must be at least 1, got " + arg(0);
    case ExplainProblem::TooFewSteps:
        return "Integrated Gradients needs at least 1 step, got " + arg(0);
    case ExplainProblem::TooFewSamples:
        return (arg(0) == "kernel-shap" ? std::string("sampled Kernel SHAP") : arg(0) == "lime" ? std::string("LIME") : arg(0))
            + " needs at least 2 samples, got " + arg(1);
    case ExplainProblem::TooFewSuperpixels:
        return "the number of superpixels must be at least 1, got " + arg(0);
    case ExplainProblem::NegativeNoise:
        return "SmoothGrad's noise must be zero or more, got " + arg(0);
    }
    return "the explanation failed";
}

} // namespace nw
