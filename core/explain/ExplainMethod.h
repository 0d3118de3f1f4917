#pragma once
// The attribution and inspection methods core/explain offers, with the names the
// CLI (`netwright-cli explain --method`) and project files use for them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

enum class ExplainMethod {
    Gradient,            // d score / d input (vanilla saliency), signed
    GradientXInput,      // gradient * input, signed
    SmoothGrad,          // mean gradient over noisy copies, signed
    IntegratedGradients, // path integral from a baseline, signed; completeness gap reported
    GradCam,             // ReLU(sum_k w_k A_k) at a C x H x W node, non-negative
    Occlusion,           // score drop when a window is covered, H x W, signed
    Lime,                // local weighted ridge regression over features/superpixels
    KernelShap,          // Shapley values over the same features; sum to the score change
    Activations,         // a node's output for the sample
    Projection,          // a node's outputs over many samples, PCA to 2-D
    Attention,           // a MultiHeadAttention node's weights for the sample [heads, T, T]
    Rollout,             // attention rollout across every attention node (Abnar and Zuidema 2020) [T, T]
};

enum class ExplainBaseline { Zeros, Mean, Blur };

std::string explainMethodName(ExplainMethod method);
std::optional<ExplainMethod> explainMethodFromName(std::string_view name);
std::vector<ExplainMethod> allExplainMethods();

std::string explainBaselineName(ExplainBaseline baseline);
std::optional<ExplainBaseline> explainBaselineFromName(std::string_view name);

// Whether a method's map is signed (diverging colours) or a magnitude (sequential).
bool explainMapIsSigned(ExplainMethod method);
// Methods that need a node (Grad-CAM, activations, projection).
bool explainMethodNeedsNode(ExplainMethod method);
// Methods that explain one sample's score for a target class (not activations, projection).
bool explainMethodHasTarget(ExplainMethod method);

} // namespace nw
