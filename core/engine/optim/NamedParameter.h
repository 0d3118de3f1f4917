#pragma once
// A parameter together with its model-wide name "<node-id>.<param>" (e.g.
// "fc1.weight"): the key for optimizer state and for tensors in weight files.
#include "../Parameter.h"

#include <string>

namespace nw {

struct NamedParameter {
    std::string name;
    Parameter* param = nullptr;
};

} // namespace nw
