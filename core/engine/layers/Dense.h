#pragma once
// Fully connected layer: y = x W^T + b, with W stored [out, in] as in PyTorch.
// Takes a flat input (features per sample) or a sequence [T, F], where it acts on
// the last axis of every step as nn.Linear does; images need a Flatten first.
#include "../Layer.h"
#include "../WeightInit.h"
#include "BroadcastProducts.h"

namespace nw {

class Dense : public Layer {
public:
    explicit Dense(int units, bool useBias = true, WeightInit init = WeightInit::HeUniform);

    std::string typeName() const override { return "Dense"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
                  ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    int units() const { return m_units; }
    Parameter& weight() { return m_weight; }
    Parameter& bias() { return m_bias; }

private:
    int m_units;
    bool m_useBias;
    WeightInit m_init;
    int m_inFeatures = 0;
    bool m_sequence = false; // input [T, F]
    int m_steps = 1;         // rows per sample: T for a sequence input, else 1
    Parameter m_weight{"weight", ParamRole::Weight, {}, {}};
    Parameter m_bias{"bias", ParamRole::Bias, {}, {}};

    void forwardOverTransposedWeights(const Tensor& x, std::size_t rows, Tensor& out, ExecutionContext& ctx);
    void forwardOverTransposedInputs(const Tensor& x, std::size_t rows, Tensor& out, ExecutionContext& ctx);
    // Writes W's rows [begin, end) transposed, [features, end - begin], into the
    // scratch slot `slot` (its columns padded to slotWidth), and the bias's values
    // likewise; returns where the slot's sums start.
    SumStart transposeWeightSlice(std::size_t begin, std::size_t end, std::size_t slot, std::size_t slotWidth);
    // Where the sums of slot `slot` start: its padded bias, or zero without one.
    SumStart transposedBias(std::size_t slot) const;

    // The forward pass's scratch, rewritten every batch. Over W^T: per part of the
    // units, W^T [features, slot width] and the bias, zero up to whole vectors. Over
    // X^T: X^T [features, rows] and Y^T [units, rows], rows padded to whole vectors.
    std::vector<float> m_transposedWeight;
    std::vector<float> m_paddedBias;
    // Whether W^T and the padded bias hold the weights as they are: set when written,
    // cleared by every forward pass whose caller does not vouch for the weights.
    bool m_transposedWeightCurrent = false;
    std::vector<float> m_transposedInput;
    std::vector<float> m_transposedOutput;
};

} // namespace nw
