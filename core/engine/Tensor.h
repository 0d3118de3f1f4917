#pragma once
// A dense float32 tensor, row-major, batch first (images NCHW). Owns its storage;
// resize() keeps capacity so per-batch buffers are reused without reallocating.
#include "EigenTypes.h"
#include "Shape.h"

#include <Eigen/Core>
#include <cstddef>
#include <vector>

namespace nw {

class Tensor {
public:
    Tensor() = default;
    explicit Tensor(Shape shape, float fill = 0.0f);
    Tensor(Shape shape, std::vector<float> values);

    const Shape& shape() const { return m_shape; }
    int rank() const { return static_cast<int>(m_shape.size()); }
    int dim(int i) const { return m_shape[static_cast<std::size_t>(i)]; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    float* data() { return m_data.data(); }
    const float* data() const { return m_data.data(); }
    float& operator[](std::size_t i) { return m_data[i]; }
    float operator[](std::size_t i) const { return m_data[i]; }

    // Changes the shape; contents are unspecified afterwards unless the size is unchanged.
    void resize(const Shape& shape);
    void setZero();
    void fill(float value);
    // Copies shape and values from another tensor, reusing this tensor's storage.
    void copyFrom(const Tensor& other);

    // Rows = first dimension, columns = the product of the rest.
    MatrixMap matrix();
    ConstMatrixMap matrix() const;
    MatrixMap matrix(int rows, int cols);
    ConstMatrixMap matrix(int rows, int cols) const;
    ArrayMap array();
    ConstArrayMap array() const;

    bool allFinite() const;

private:
    Shape m_shape;
    std::size_t m_size = 0;
    std::vector<float, Eigen::aligned_allocator<float>> m_data;
};

} // namespace nw
