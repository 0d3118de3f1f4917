#pragma once
// A named tensor a layer owns: a trainable weight or bias, or a buffer (state that
// is saved with the model but not trained, e.g. BatchNorm running statistics).
// Names follow PyTorch ("weight", "bias", "running_mean") so weight files line up.
#include "Tensor.h"

#include <string>

namespace nw {

enum class ParamRole {
    Weight, // trained; subject to L1/L2 penalties and weight decay
    Bias,   // trained; never penalised
    Buffer, // not trained; saved and restored
};

struct Parameter {
    std::string name;
    ParamRole role = ParamRole::Weight;
    Tensor value;
    Tensor grad; // written by the layer's backward(); same shape as value

    bool isTrainable() const { return role != ParamRole::Buffer; }
};

} // namespace nw
