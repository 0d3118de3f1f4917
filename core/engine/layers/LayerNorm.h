#pragma once
// Layer normalisation over the last axis of each sample, with a learnable scale
// ("weight", starting at 1) and shift ("bias", starting at 0) of that axis's size:
// PyTorch's nn.LayerNorm(lastDim). Unlike BatchNorm it does not look across the
// batch, so training and evaluation behave the same and batch size 1 is fine.
#include "../Layer.h"

#include <vector>

namespace nw {

class LayerNorm : public Layer {
public:
    // Throws EngineError unless eps > 0.
    explicit LayerNorm(float eps = 1e-5f);

    std::string typeName() const override { return "LayerNorm"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    float eps() const { return m_eps; }
    Parameter& weight() { return m_weight; }
    Parameter& bias() { return m_bias; }

private:
    float m_eps;
    int m_features = 0; // size of the normalised (last) axis
    Parameter m_weight { "weight", ParamRole::Weight, {}, {} };
    Parameter m_bias { "bias", ParamRole::Bias, {}, {} };
    // Per row of the last forward: mean and 1/sqrt(var + eps), reused by backward.
    std::vector<float> m_rowMean;
    std::vector<float> m_rowInvStd;
    // Per part of backward: partial weight and bias gradients, added in part order
    // so the sums do not depend on the thread count.
    std::vector<double> m_partialGrads;
};

} // namespace nw
