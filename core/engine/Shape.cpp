#include "Shape.h"

namespace nw {

std::size_t shapeNumel(const Shape& shape)
{
    std::size_t n = 1;
    for (int d : shape)
        n *= static_cast<std::size_t>(d < 0 ? 0 : d);
    return n;
}

std::string shapeToString(const Shape& shape)
{
    if (shape.empty())
        return "scalar";
    std::string s;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += 'x';
        s += std::to_string(shape[i]);
    }
    return s;
}

Shape withBatch(int batch, const Shape& sampleShape)
{
    Shape s;
    s.reserve(sampleShape.size() + 1);
    s.push_back(batch);
    s.insert(s.end(), sampleShape.begin(), sampleShape.end());
    return s;
}

} // namespace nw
