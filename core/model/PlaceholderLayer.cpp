#include "PlaceholderLayer.h"

#include "engine/EngineError.h"

namespace nw {

Shape PlaceholderLayer::outputShape(const std::vector<Shape>&) const
{
    throw ShapeError(reason());
}

void PlaceholderLayer::forward(LayerInputs, Tensor&, ExecutionContext&)
{
    throw EngineError(reason());
}

void PlaceholderLayer::backward(LayerInputs, const Tensor&, const Tensor&, LayerInputGrads, ExecutionContext&)
{
    throw EngineError(reason());
}

} // namespace nw
