#pragma once
// A lookup table from token ids to learned vectors, nn.Embedding(vocab_size, dim):
// input [T] of ids (float32 holding whole numbers, exact up to 2^24), output
// [T, dim]; weight [vocab_size, dim], drawn from N(0, 1) as PyTorch does. An id
// that is not a whole number in [0, vocab_size) is an error naming the sample,
// the position, the batch and the value. Ids have no gradient.
#include "../Layer.h"

#include <cstdint>

namespace nw {

class Embedding : public Layer {
public:
    Embedding(int vocabularySize, int dim);

    std::string typeName() const override { return "Embedding"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override { return { &m_weight }; }

    int vocabularySize() const { return m_vocabulary; }
    int dim() const { return m_dim; }
    Parameter& weight() { return m_weight; }

private:
    int m_vocabulary;
    int m_dim;
    int m_steps = 0;
    Parameter m_weight { "weight", ParamRole::Weight, {}, {} };
};

} // namespace nw
