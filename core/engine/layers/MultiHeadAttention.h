#pragma once
// Multi-head self-attention over a sequence [T, E], as
// nn.MultiheadAttention(E, heads, dropout, batch_first=True)(x, x, x) computes it:
// Q, K, V = x W_in^T + b_in split in three, per head softmax(Q K^T / sqrt(E/heads))
// (with a causal mask, step i sees only steps <= i), dropout on those weights
// while training, times V, heads concatenated, then out_proj. Weights as PyTorch
// names them: in_proj_weight [3E, E], in_proj_bias [3E], out_proj.weight [E, E],
// out_proj.bias [E]. The attention weights of the last forward pass [N, heads,
// T, T] (before dropout) are kept for the attention views.
#include "../EigenTypes.h"
#include "../Layer.h"

#include <cstdint>

namespace nw {

class MultiHeadAttention : public Layer {
public:
    MultiHeadAttention(int heads, bool causal, float dropout);

    std::string typeName() const override { return "MultiHeadAttention"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    int heads() const { return m_heads; }
    bool causal() const { return m_causal; }
    float dropout() const { return m_dropout; }
    // [N, heads, T, T] from the last forward: row i is how step i spreads its attention.
    const Tensor& attentionWeights() const { return m_attention; }

private:
    // The dropout mask's key for a training step (counter-based, as Dropout's).
    std::uint64_t stepKey(std::uint64_t step) const;
    void attendSample(int n, bool dropping, std::uint64_t key);
    void attendSampleBackward(int n, const Tensor& contextGrad, bool dropping, std::uint64_t key, RowMatrix& dA,
        RowMatrix& dS);

    int m_heads;
    bool m_causal;
    float m_dropout;
    int m_steps = 0;
    int m_dim = 0;
    std::uint64_t m_key = 0;
    Parameter m_inWeight { "in_proj_weight", ParamRole::Weight, {}, {} };
    Parameter m_inBias { "in_proj_bias", ParamRole::Bias, {}, {} };
    Parameter m_outWeight { "out_proj.weight", ParamRole::Weight, {}, {} };
    Parameter m_outBias { "out_proj.bias", ParamRole::Bias, {}, {} };
    Tensor m_qkv;       // [N*T, 3E]
    Tensor m_attention; // [N, heads, T, T] softmax weights
    Tensor m_dropped;   // the same after dropout (training with dropout only)
    Tensor m_context;   // [N*T, E] heads' outputs, concatenated
    Tensor m_contextGrad;
    Tensor m_qkvGrad;
};

} // namespace nw
