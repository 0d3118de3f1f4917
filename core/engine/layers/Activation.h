#pragma once
// Elementwise nonlinearities, one layer type with a kind so the editor can offer
// them as a single "Activation" choice. Semantics match PyTorch: LeakyReLU slope
// 0.01 and ELU alpha 1.0 by default, GELU in its exact erf form, SiLU (Swish) is
// x * sigmoid(x), ReLU's gradient at 0 is 0. Works on any input shape; the output
// has the input's shape.
#include "../Layer.h"

#include <limits>
#include <optional>
#include <span>
#include <string>

namespace nw {

enum class ActivationKind { ReLU, LeakyReLU, ELU, GELU, Sigmoid, Tanh, SiLU };

// Every kind, in declaration order.
std::span<const ActivationKind> activationKinds();
// "ReLU", "LeakyReLU", ...: the names used in project files and the registry.
std::string activationName(ActivationKind kind);
// The kind with this name (case-insensitive), or nothing for an unknown name.
std::optional<ActivationKind> activationFromName(const std::string& name);

class Activation : public Layer {
public:
    // alpha is the negative slope (LeakyReLU) or the saturation value (ELU); NaN
    // picks the kind's default. Other kinds ignore it.
    explicit Activation(ActivationKind kind, float alpha = std::numeric_limits<float>::quiet_NaN());

    std::string typeName() const override { return activationName(m_kind); }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

    ActivationKind kind() const { return m_kind; }
    float alpha() const { return m_alpha; }

private:
    ActivationKind m_kind;
    float m_alpha;
};

} // namespace nw
