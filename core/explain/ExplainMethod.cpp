#include "ExplainMethod.h"

#include <array>
#include <utility>

namespace nw {

namespace {

constexpr std::array<std::pair<ExplainMethod, std::string_view>, 12> kMethodNames{ {
    { ExplainMethod::Gradient, "gradient" },
    { ExplainMethod::GradientXInput, "gradient-x-input" },
    { ExplainMethod::SmoothGrad, "smoothgrad" },
    { ExplainMethod::IntegratedGradients, "integrated-gradients" },
    { ExplainMethod::GradCam, "grad-cam" },
    { ExplainMethod::Occlusion, "occlusion" },
    { ExplainMethod::Lime, "lime" },
    { ExplainMethod::KernelShap, "kernel-shap" },
    { ExplainMethod::Activations, "activations" },
    { ExplainMethod::Projection, "projection" },
    { ExplainMethod::Attention, "attention" },
    { ExplainMethod::Rollout, "rollout" },
} };

constexpr std::array<std::pair<ExplainBaseline, std::string_view>, 3> kBaselineNames{ {
    { ExplainBaseline::Zeros, "zeros" },
    { ExplainBaseline::Mean, "mean" },
    { ExplainBaseline::Blur, "blur" },
} };

} // namespace

std::string explainMethodName(ExplainMethod method)
{
    for (const auto& [m, name] : kMethodNames)
        if (m == method)
            return std::string(name);
    return {};
}

std::optional<ExplainMethod> explainMethodFromName(std::string_view name)
{
    for (const auto& [m, n] : kMethodNames)
        if (n == name)
            return m;
    return std::nullopt;
}

std::vector<ExplainMethod> allExplainMethods()
{
    std::vector<ExplainMethod> out;
    for (const auto& entry : kMethodNames)
        out.push_back(entry.first);
    return out;
}

std::string explainBaselineName(ExplainBaseline baseline)
{
    for (const auto& [b, name] : kBaselineNames)
        if (b == baseline)
            return std::string(name);
    return {};
}

std::optional<ExplainBaseline> explainBaselineFromName(std::string_view name)
{
    for (const auto& [b, n] : kBaselineNames)
        if (n == name)
            return b;
    return std::nullopt;
}

bool explainMapIsSigned(ExplainMethod method)
{
    return method != ExplainMethod::GradCam && method != ExplainMethod::Activations
        && method != ExplainMethod::Projection && method != ExplainMethod::Attention && method != ExplainMethod::Rollout;
}

bool explainMethodNeedsNode(ExplainMethod method)
{
    return method == ExplainMethod::GradCam || method == ExplainMethod::Activations
        || method == ExplainMethod::Projection || method == ExplainMethod::Attention;
}

bool explainMethodHasTarget(ExplainMethod method)
{
    return method != ExplainMethod::Activations && method != ExplainMethod::Projection
        && method != ExplainMethod::Attention && method != ExplainMethod::Rollout;
}

} // namespace nw
