#include "Flatten.h"

namespace nw {

Shape Flatten::outputShape(const std::vector<Shape>& inputs) const
{
    return { static_cast<int>(shapeNumel(inputs.at(0))) };
}

void Flatten::batchOutputShape(const Tensor& x, Shape& shape)
{
    const int batch = x.dim(0);
    shape.assign({ batch, batch == 0 ? 0 : static_cast<int>(x.size() / static_cast<std::size_t>(batch)) });
}

} // namespace nw
