#include "Activation.h"

#include "ElementwiseLoop.h"
#include "GateFunctions.h"

#include <unsupported/Eigen/SpecialFunctions>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numbers>

namespace nw {

namespace {

constexpr std::array kAllKinds { ActivationKind::ReLU, ActivationKind::LeakyReLU, ActivationKind::ELU,
    ActivationKind::GELU, ActivationKind::Sigmoid, ActivationKind::Tanh, ActivationKind::SiLU };

float defaultAlpha(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::LeakyReLU:
        return 0.01f;
    case ActivationKind::ELU:
        return 1.0f;
    default:
        return 0.0f;
    }
}

constexpr float kInvSqrt2 = 0.70710678118654752f;

// Every activation is an Eigen array expression, so exp, expm1, erf and tanh are
// evaluated in vector registers (erf as a rational fit accurate to a few ulp, exactly
// +-1 beyond |x| = 4). Calling std::erf and std::exp per element made GELU cost more
// than all of a transformer's matrix products.
template <typename X> auto geluOf(const X& x)
{
    return 0.5f * x * (1.0f + (x * kInvSqrt2).erf());
}

// d/dx x*Phi(x) = Phi(x) + x*phi(x).
template <typename X> auto geluDerivativeOf(const X& x)
{
    constexpr float invSqrt2Pi = std::numbers::inv_sqrtpi_v<float> * kInvSqrt2;
    return 0.5f * (1.0f + (x * kInvSqrt2).erf()) + x * invSqrt2Pi * (-0.5f * x.square()).exp();
}

// d/dx x*s(x) = s + x*s*(1 - s), from the input: the output x*s does not give s back at x = 0.
template <typename X> auto siluDerivativeOf(const X& x)
{
    return sigmoidOf(x) * (1.0f + x * (1.0f - sigmoidOf(x)));
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

std::span<const ActivationKind> activationKinds()
{
    return kAllKinds;
}

std::string activationName(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::ReLU:
        return "ReLU";
    case ActivationKind::LeakyReLU:
        return "LeakyReLU";
    case ActivationKind::ELU:
        return "ELU";
    case ActivationKind::GELU:
        return "GELU";
    case ActivationKind::Sigmoid:
        return "Sigmoid";
    case ActivationKind::Tanh:
        return "Tanh";
    case ActivationKind::SiLU:
        return "SiLU";
    }
    return "Activation";
}

std::optional<ActivationKind> activationFromName(const std::string& name)
{
    const std::string wanted = lower(name);
    for (ActivationKind kind : kAllKinds)
        if (lower(activationName(kind)) == wanted)
            return kind;
    return std::nullopt;
}

Activation::Activation(ActivationKind kind, float alpha)
    : m_kind(kind)
    , m_alpha(std::isnan(alpha) ? defaultAlpha(kind) : alpha)
{
}

Shape Activation::outputShape(const std::vector<Shape>& inputs) const
{
    return inputs.at(0);
}

void Activation::forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx)
{
    const Tensor& x = *inputs[0];
    out.resize(x.shape());
    const float* in = x.data();
    float* y = out.data();
    const float alpha = m_alpha;
    const auto inArray = [in](std::size_t b, std::size_t e) { return ConstArrayMap(in + b, static_cast<Eigen::Index>(e - b)); };
    const auto outArray = [y](std::size_t b, std::size_t e) { return ArrayMap(y + b, static_cast<Eigen::Index>(e - b)); };
    // The switch sits outside the loop so each kind's loop is one vectorised expression.
    forEachElementRange(ctx, x.size(), [&](std::size_t begin, std::size_t end) {
        switch (m_kind) {
        case ActivationKind::ReLU:
            // Eigen's select() is branch-free: a branch per element mispredicts half
            // the time on activations, which made ReLU cost as much as a convolution.
            outArray(begin, end) = (inArray(begin, end) > 0.0f).select(inArray(begin, end), 0.0f);
            break;
        case ActivationKind::LeakyReLU:
            outArray(begin, end) = (inArray(begin, end) > 0.0f).select(inArray(begin, end), alpha * inArray(begin, end));
            break;
        case ActivationKind::ELU:
            outArray(begin, end) = (inArray(begin, end) > 0.0f).select(inArray(begin, end), alpha * inArray(begin, end).expm1());
            break;
        case ActivationKind::GELU:
            outArray(begin, end) = geluOf(inArray(begin, end));
            break;
        case ActivationKind::Sigmoid:
            outArray(begin, end) = sigmoidOf(inArray(begin, end));
            break;
        case ActivationKind::Tanh:
            outArray(begin, end) = inArray(begin, end).tanh();
            break;
        case ActivationKind::SiLU:
            outArray(begin, end) = inArray(begin, end) * sigmoidOf(inArray(begin, end));
            break;
        }
    });
}

void Activation::backward(
    LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads, ExecutionContext& ctx)
{
    Tensor* dxTensor = inputGrads[0];
    if (!dxTensor)
        return;
    const Tensor& x = *inputs[0];
    dxTensor->resize(x.shape());
    const float* in = x.data();
    const float* y = out.data();
    const float* dy = outGrad.data();
    float* dx = dxTensor->data();
    const float alpha = m_alpha;
    const auto inArray = [in](std::size_t b, std::size_t e) { return ConstArrayMap(in + b, static_cast<Eigen::Index>(e - b)); };
    const auto yArray = [y](std::size_t b, std::size_t e) { return ConstArrayMap(y + b, static_cast<Eigen::Index>(e - b)); };
    const auto dyArray = [dy](std::size_t b, std::size_t e) { return ConstArrayMap(dy + b, static_cast<Eigen::Index>(e - b)); };
    const auto dxArray = [dx](std::size_t b, std::size_t e) { return ArrayMap(dx + b, static_cast<Eigen::Index>(e - b)); };
    // Where the derivative is a function of the output (sigmoid, tanh, ELU's
    // negative side) the saved output is used, sparing a second exp().
    forEachElementRange(ctx, x.size(), [&](std::size_t begin, std::size_t end) {
        switch (m_kind) {
        case ActivationKind::ReLU:
            dxArray(begin, end) = (inArray(begin, end) > 0.0f).select(dyArray(begin, end), 0.0f);
            break;
        case ActivationKind::LeakyReLU:
            dxArray(begin, end) = (inArray(begin, end) > 0.0f).select(dyArray(begin, end), alpha * dyArray(begin, end));
            break;
        case ActivationKind::ELU:
            dxArray(begin, end) = (inArray(begin, end) > 0.0f).select(dyArray(begin, end), dyArray(begin, end) * (yArray(begin, end) + alpha));
            break;
        case ActivationKind::GELU:
            dxArray(begin, end) = dyArray(begin, end) * geluDerivativeOf(inArray(begin, end));
            break;
        case ActivationKind::Sigmoid:
            dxArray(begin, end) = dyArray(begin, end) * yArray(begin, end) * (1.0f - yArray(begin, end));
            break;
        case ActivationKind::Tanh:
            dxArray(begin, end) = dyArray(begin, end) * (1.0f - yArray(begin, end).square());
            break;
        case ActivationKind::SiLU:
            dxArray(begin, end) = dyArray(begin, end) * siluDerivativeOf(inArray(begin, end));
            break;
        }
    });
}

} // namespace nw
