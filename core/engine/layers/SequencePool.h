#pragma once
// Pools a sequence [T, F] over its steps into one vector [F]: the mean, the
// maximum (per feature; the gradient goes to the first step holding it) or the
// last step. What turns a sequence model's per-step outputs into one answer.
#include "../Layer.h"

#include <optional>
#include <string>

namespace nw {

enum class SequencePoolMode { Mean, Max, Last };

std::string sequencePoolModeName(SequencePoolMode mode);
std::optional<SequencePoolMode> sequencePoolModeFromName(const std::string& name);

class SequencePool : public Layer {
public:
    explicit SequencePool(SequencePoolMode mode);

    std::string typeName() const override { return "SequencePool"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

    SequencePoolMode mode() const { return m_mode; }

private:
    SequencePoolMode m_mode;
    int m_steps = 0;
    int m_features = 0;
};

} // namespace nw
