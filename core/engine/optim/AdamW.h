#pragma once
// Adam with decoupled weight decay, exactly as torch.optim.AdamW: the weights shrink
// by w *= 1 - lr * weightDecay, then take the plain Adam update. Decay then acts the
// same on every weight instead of being rescaled by Adam's per-weight step size,
// which is why it regularises better than Adam's coupled decay.
#include "Adam.h"

namespace nw {

class AdamW : public Adam {
public:
    explicit AdamW(float beta1 = 0.9f, float beta2 = 0.999f, float eps = 1e-8f, float weightDecay = 0.01f)
        : Adam(beta1, beta2, eps, weightDecay, true)
    {
    }

    std::string typeName() const override { return "AdamW"; }
};

} // namespace nw
