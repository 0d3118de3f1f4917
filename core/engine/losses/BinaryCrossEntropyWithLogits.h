#pragma once
// Sigmoid followed by binary cross-entropy, fused for stability
// (PyTorch BCEWithLogitsLoss, mean over every element). Targets are 0/1 labels
// or probabilities, shaped like the output.
#include "Loss.h"

namespace nw {

class BinaryCrossEntropyWithLogits : public Loss {
public:
    std::string typeName() const override { return "bce_with_logits"; }
    TargetKind targetKind() const override { return TargetKind::Dense; }
    float compute(const Tensor& prediction, const Tensor& target, Tensor& predictionGrad) const override;
    bool countCorrect(const Tensor& prediction, const Tensor& target, std::size_t& correct,
                      std::size_t& total) const override;
};

} // namespace nw
