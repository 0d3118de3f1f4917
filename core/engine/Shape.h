#pragma once
// A tensor shape: a list of dimension sizes. Sample shapes (no batch dimension) are
// used for shape inference; tensor shapes carry the batch dimension first.
#include <cstddef>
#include <string>
#include <vector>

namespace nw {

using Shape = std::vector<int>;

// Number of elements a shape holds (1 for the empty shape).
std::size_t shapeNumel(const Shape& shape);

// "16x7x7": the way a student reads a shape in an error message.
std::string shapeToString(const Shape& shape);

// A batch shape: the sample shape with the batch size in front.
Shape withBatch(int batch, const Shape& sampleShape);

} // namespace nw
