#pragma once
// Batch normalisation per channel, as PyTorch's BatchNorm1d/2d: the first sample
// axis is the channel axis and statistics are taken over the batch and every
// remaining axis. So [N, F] normalises each feature over N (BatchNorm1d), and
// [N, C, H, W] each channel over N, H and W (BatchNorm2d).
//
// Training uses the batch's mean and biased variance and moves the running
// statistics towards them (running = (1 - momentum) * running + momentum * batch,
// with the unbiased variance, as PyTorch does); evaluation uses the running
// statistics. Parameters, in order: weight (gamma), bias (beta), and the buffers
// running_mean and running_var, named as in PyTorch so weight files line up.
#include "../Layer.h"

#include <vector>

namespace nw {

class BatchNorm : public Layer {
public:
    // Throws EngineError unless 0 <= momentum <= 1 and eps > 0.
    explicit BatchNorm(float momentum = 0.1f, float eps = 1e-5f);

    std::string typeName() const override { return "BatchNorm"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    float momentum() const { return m_momentum; }
    float eps() const { return m_eps; }
    Parameter& weight() { return m_weight; }
    Parameter& bias() { return m_bias; }
    Parameter& runningMean() { return m_runningMean; }
    Parameter& runningVar() { return m_runningVar; }

private:
    void resetValues();
    // Runs fn(channel) for every channel, in parallel when the tensor is large.
    template <typename Fn> void forEachChannel(ExecutionContext& ctx, std::size_t valuesPerChannel, Fn&& fn);

    float m_momentum;
    float m_eps;
    int m_channels = 0;
    std::size_t m_spatial = 1; // values per channel per sample (H*W for images)
    Parameter m_weight { "weight", ParamRole::Weight, {}, {} };
    Parameter m_bias { "bias", ParamRole::Bias, {}, {} };
    Parameter m_runningMean { "running_mean", ParamRole::Buffer, {}, {} };
    Parameter m_runningVar { "running_var", ParamRole::Buffer, {}, {} };
    // The mean and 1/sqrt(var + eps) the last forward normalised with (batch
    // statistics in training, running ones in evaluation); backward reuses them.
    std::vector<float> m_mean;
    std::vector<float> m_invStd;
};

} // namespace nw
