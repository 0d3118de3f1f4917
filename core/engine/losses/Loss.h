#pragma once
// A training objective. compute() returns the mean loss over the batch and writes
// the gradient of that mean with respect to the prediction. The graph's output
// is the prediction (logits for the classification losses, which fuse the
// softmax or sigmoid for numerical stability).
#include "../Shape.h"
#include "../Tensor.h"

#include <memory>
#include <string>

namespace nw {

enum class TargetKind {
    ClassIndex, // one class id per sample, stored as float in a [N] tensor
    Dense,      // same shape as the prediction
};

class Loss {
public:
    virtual ~Loss() = default;
    virtual std::string typeName() const = 0;
    virtual TargetKind targetKind() const = 0;
    // Throws EngineError when the target does not fit the prediction.
    virtual float compute(const Tensor& prediction, const Tensor& target, Tensor& predictionGrad) const = 0;

    // Counts correct predictions for classification losses (argmax for
    // cross-entropy, logit > 0 for binary cross-entropy). Returns false when the
    // loss has no notion of accuracy (regression).
    virtual bool countCorrect(const Tensor& prediction, const Tensor& target, std::size_t& correct,
                              std::size_t& total) const;
};

// "mse", "cross_entropy", "bce_with_logits"; labelSmoothing applies to cross-entropy.
std::unique_ptr<Loss> makeLoss(const std::string& name, float labelSmoothing = 0.0f);

} // namespace nw
