#pragma once
// Softmax followed by cross-entropy against class indices, fused so large logits
// never overflow (log-sum-exp). Optional label smoothing spreads `smoothing` of
// the target mass uniformly over all classes (PyTorch CrossEntropyLoss semantics).
#include "Loss.h"

namespace nw {

class SoftmaxCrossEntropy : public Loss {
public:
    explicit SoftmaxCrossEntropy(float labelSmoothing = 0.0f);
    std::string typeName() const override { return "cross_entropy"; }
    TargetKind targetKind() const override { return TargetKind::ClassIndex; }
    float compute(const Tensor& prediction, const Tensor& target, Tensor& predictionGrad) const override;
    bool countCorrect(const Tensor& prediction, const Tensor& target, std::size_t& correct,
                      std::size_t& total) const override;
    float labelSmoothing() const { return m_smoothing; }

private:
    float m_smoothing;
};

} // namespace nw
