#include "Tensor.h"

#include "EngineError.h"

#include <algorithm>
#include <cmath>

namespace nw {

Tensor::Tensor(Shape shape, float fill)
{
    resize(shape);
    std::fill(m_data.begin(), m_data.begin() + static_cast<std::ptrdiff_t>(m_size), fill);
}

Tensor::Tensor(Shape shape, std::vector<float> values)
{
    resize(shape);
    if (values.size() != m_size)
        throw EngineError("Tensor of shape " + shapeToString(m_shape) + " needs " + std::to_string(m_size)
                          + " values, got " + std::to_string(values.size()));
    std::copy(values.begin(), values.end(), m_data.begin());
}

void Tensor::resize(const Shape& shape)
{
    m_shape = shape;
    m_size = shapeNumel(shape);
    if (m_data.size() < m_size)
        m_data.resize(m_size);
}

void Tensor::setZero()
{
    fill(0.0f);
}

void Tensor::fill(float value)
{
    std::fill(m_data.begin(), m_data.begin() + static_cast<std::ptrdiff_t>(m_size), value);
}

void Tensor::copyFrom(const Tensor& other)
{
    resize(other.m_shape);
    std::copy(other.m_data.begin(), other.m_data.begin() + static_cast<std::ptrdiff_t>(m_size), m_data.begin());
}

MatrixMap Tensor::matrix()
{
    const int rows = m_shape.empty() ? 1 : m_shape[0];
    const int cols = rows == 0 ? 0 : static_cast<int>(m_size / static_cast<std::size_t>(rows));
    return matrix(rows, cols);
}

ConstMatrixMap Tensor::matrix() const
{
    const int rows = m_shape.empty() ? 1 : m_shape[0];
    const int cols = rows == 0 ? 0 : static_cast<int>(m_size / static_cast<std::size_t>(rows));
    return matrix(rows, cols);
}

MatrixMap Tensor::matrix(int rows, int cols)
{
    return MatrixMap(m_data.data(), rows, cols);
}

ConstMatrixMap Tensor::matrix(int rows, int cols) const
{
    return ConstMatrixMap(m_data.data(), rows, cols);
}

ArrayMap Tensor::array()
{
    return ArrayMap(m_data.data(), static_cast<Eigen::Index>(m_size));
}

ConstArrayMap Tensor::array() const
{
    return ConstArrayMap(m_data.data(), static_cast<Eigen::Index>(m_size));
}

bool Tensor::allFinite() const
{
    return array().isFinite().all();
}

} // namespace nw
