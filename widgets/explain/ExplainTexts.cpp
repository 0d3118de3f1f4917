#include "ExplainTexts.h"

namespace nw {

QString ExplainTexts::methodTitle(ExplainMethod method)
{
    switch (method) {
    case ExplainMethod::Gradient:
        return tr("Gradient");
    case ExplainMethod::GradientXInput:
        return tr("Gradient × input");
    case ExplainMethod::SmoothGrad:
        return tr("SmoothGrad");
    case ExplainMethod::IntegratedGradients:
        return tr("Integrated Gradients");
    case ExplainMethod::GradCam:
        return tr("Grad-CAM");
    case ExplainMethod::Occlusion:
        return tr("Occlusion");
    case ExplainMethod::Lime:
        return tr("LIME");
    case ExplainMethod::KernelShap:
        return tr("Kernel SHAP");
    case ExplainMethod::Activations:
        return tr("Activations");
    case ExplainMethod::Projection:
        return tr("Projection");
    case ExplainMethod::Attention:
        return tr("Attention");
    case ExplainMethod::Rollout:
        return tr("Attention rollout");
    }
    return {};
}

QString ExplainTexts::methodToolTip(ExplainMethod method)
{
    switch (method) {
    case ExplainMethod::Gradient:
        return tr(
            "How much the class score changes when one input value changes a little (red raises it, blue lowers it).");
    case ExplainMethod::GradientXInput:
        return tr("The gradient times the input: what each input value contributes, to first order.");
    case ExplainMethod::SmoothGrad:
        return tr("The gradient averaged over noisy copies of the sample: less speckle than the plain gradient.");
    case ExplainMethod::IntegratedGradients:
        return tr(
            "Gradients summed along the path from a baseline to the sample; the parts add up to the score change.");
    case ExplainMethod::GradCam:
        return tr("Which places of a convolution layer's feature maps drive the class score.");
    case ExplainMethod::Occlusion:
        return tr("How much the score drops when a square of the image is covered.");
    case ExplainMethod::Lime:
        return tr("A simple local model fitted to the network's answers when parts of the input are switched off.");
    case ExplainMethod::KernelShap:
        return tr("Shapley values: each part's fair share of the score change from the baseline.");
    case ExplainMethod::Activations:
        return tr("What a layer outputs for this sample.");
    case ExplainMethod::Projection:
        return tr("A layer's outputs over many samples, reduced to two dimensions.");
    case ExplainMethod::Attention:
        return tr("How each step of a sequence spreads its attention over the steps, per head.");
    case ExplainMethod::Rollout:
        return tr("Attention followed through every layer, with the residual connections.");
    }
    return {};
}

QString ExplainTexts::baselineTitle(ExplainBaseline baseline)
{
    switch (baseline) {
    case ExplainBaseline::Zeros:
        return tr("Zeros");
    case ExplainBaseline::Mean:
        return tr("Mean of the training data");
    case ExplainBaseline::Blur:
        return tr("Blurred sample");
    }
    return {};
}

QString ExplainTexts::problem(ExplainProblem problem, const std::vector<std::string>& args)
{
    auto arg = [&](std::size_t i) { return i < args.size() ? QString::fromStdString(args[i]) : QString(); };
    // Method and baseline names come as core/explain spells them; shown as the window names them.
    auto method = [&](std::size_t i) {
        const auto m = explainMethodFromName(args.size() > i ? args[i] : std::string());
        if (m)
            return methodTitle(*m);
        const auto b = explainBaselineFromName(args.size() > i ? args[i] : std::string());
        return b ? tr("the %1 baseline").arg(baselineTitle(*b)) : arg(i);
    };
    switch (problem) {
    case ExplainProblem::NotCompiled:
        return tr("The network has not been compiled.");
    case ExplainProblem::SeveralInputs:
        return tr("Explanations need a network with exactly one input.");
    case ExplainProblem::SampleShape:
        return tr("The network expects samples of %1, but this one is %2.").arg(arg(0), arg(1));
    case ExplainProblem::BatchShape:
        return tr("The network expects samples of %1, but these are %2.").arg(arg(0), arg(1));
    case ExplainProblem::SampleNotFinite:
        return tr("The sample holds NaN or infinite values.");
    case ExplainProblem::MapNotFinite:
        return tr("%1 gave NaN or infinite values: the network's outputs are not finite for this sample.").arg(method(0));
    case ExplainProblem::TargetOutOfRange:
        return tr("Class %1 does not exist: the network's outputs are numbered 0 to %2.").arg(arg(0)).arg(arg(1).toInt() - 1);
    case ExplainProblem::NeedsNode:
        return tr("%1 needs a layer: choose one.").arg(method(0));
    case ExplainProblem::UnknownNode:
        return tr("The network has no layer named “%1”.").arg(arg(0));
    case ExplainProblem::NotSpatialNode:
        return tr("Grad-CAM needs a layer with a channels x height x width output, but “%1” gives %2: "
                  "choose a convolution or pooling layer.")
            .arg(arg(0), arg(1));
    case ExplainProblem::NotAttentionNode:
        return tr("“%1” is not a multi-head attention layer.").arg(arg(0));
    case ExplainProblem::NoAttentionNode:
        return tr("The network has no multi-head attention layer.");
    case ExplainProblem::RolloutLengths:
        return tr("Attention layers of different lengths cannot be rolled out together.");
    case ExplainProblem::ProjectionOfOneSample:
    case ExplainProblem::ProjectionTooFewSamples:
        return tr("A projection needs at least two samples.");
    case ExplainProblem::MeanBaselineUnavailable:
        return tr("The mean baseline needs the training split's mean sample: load the project's data, or choose "
                  "the zeros baseline.");
    case ExplainProblem::NeedsImage:
        return tr("%1 needs an image input (channels x height x width), but the input is %2.").arg(method(0), arg(1));
    case ExplainProblem::OcclusionWindow:
        return tr("The occlusion window must be between 1 and %1 pixels, not %2.").arg(arg(0), arg(1));
    case ExplainProblem::OcclusionStride:
        return tr("The occlusion stride must be at least 1, not %1.").arg(arg(0));
    case ExplainProblem::TooFewSteps:
        return tr("Integrated Gradients needs at least 1 step, not %1.").arg(arg(0));
    case ExplainProblem::TooFewSamples:
        return tr("%1 needs at least 2 samples, not %2.").arg(method(0), arg(1));
    case ExplainProblem::TooFewSuperpixels:
        return tr("The number of superpixels must be at least 1, not %1.").arg(arg(0));
    case ExplainProblem::NegativeNoise:
        return tr("SmoothGrad's noise must be zero or more, not %1.").arg(arg(0));
    }
    return tr("The explanation failed.");
}

} // namespace nw
