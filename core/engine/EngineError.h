#pragma once
// Errors the engine reports. Messages are written for the person building the
// network, not for the programmer: they name the node and say what to do.
#include <stdexcept>
#include <string>

namespace nw {

class EngineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown by Layer::outputShape when inputs do not fit the layer.
class ShapeError : public EngineError {
public:
    using EngineError::EngineError;
};

} // namespace nw
