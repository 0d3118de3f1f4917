#pragma once
// Inverted dropout: during training each value is zeroed with probability `rate`
// and the kept ones are scaled by 1/(1-rate), so evaluation is the identity and
// needs no rescaling. Works on any input shape.
//
// The mask is counter-based rather than drawn from a stream: element i of the
// batch is kept when hashUniform(key(step), i) >= rate. So the mask depends on the
// layer's seed-drawn key and the training step only, never on the thread count or
// on how often forward() runs; backward() recomputes it instead of storing it.
#include "../Layer.h"

#include <cstdint>

namespace nw {

class Dropout : public Layer {
public:
    // Throws EngineError unless 0 <= rate < 1.
    explicit Dropout(float rate);

    std::string typeName() const override { return "Dropout"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

    float rate() const { return m_rate; }

private:
    // Multiplies `in` by the mask of this step (times 1/(1-rate)) into `out`.
    void applyMask(const Tensor& in, Tensor& out, ExecutionContext& ctx) const;
    std::uint64_t stepKey(std::uint64_t step) const;

    float m_rate;
    // Replaced in initialize(); a fixed default keeps an uninitialised layer usable.
    std::uint64_t m_key = 0x243F6A8885A308D3ull;
};

} // namespace nw
