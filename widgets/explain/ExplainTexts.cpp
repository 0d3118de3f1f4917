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

} // namespace nw
