#pragma once
// Adds to every step of a sequence [T, E] a vector that says where the step is,
// so attention (which by itself ignores order) can use positions. `sinusoidal`:
// the fixed encoding of Vaswani et al. 2017, PE[t, 2i] = sin(t / 10000^(2i/E)),
// PE[t, 2i+1] = cos(t / 10000^(2i/E)); `learned`: a trained table `weight`
// [max_len, E] (drawn from N(0, 0.02^2)). T must not exceed max_len.
#include "../Layer.h"

#include <optional>
#include <string>

namespace nw {

enum class PositionalEncodingKind { Sinusoidal, Learned };

std::string positionalEncodingKindName(PositionalEncodingKind kind);
std::optional<PositionalEncodingKind> positionalEncodingKindFromName(const std::string& name);

class PositionalEncoding : public Layer {
public:
    PositionalEncoding(PositionalEncodingKind kind, int maxLength);

    std::string typeName() const override { return "PositionalEncoding"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    PositionalEncodingKind kind() const { return m_kind; }
    int maxLength() const { return m_maxLength; }

private:
    const float* table() const; // [max_len, E]

    PositionalEncodingKind m_kind;
    int m_maxLength;
    int m_steps = 0;
    int m_dim = 0;
    Tensor m_sinusoid;
    Parameter m_weight { "weight", ParamRole::Weight, {}, {} };
};

} // namespace nw
