#include "Reshape.h"

#include "../EngineError.h"

#include <algorithm>
#include <utility>

namespace nw {

namespace {

// Shows an inferred entry as "?" because "-1" reads like a size to a student.
std::string targetToString(const Shape& target)
{
    std::string s;
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (i)
            s += 'x';
        s += target[i] == -1 ? std::string("?") : std::to_string(target[i]);
    }
    return s.empty() ? "scalar" : s;
}

} // namespace

Reshape::Reshape(Shape target)
    : m_target(std::move(target))
{
    if (m_target.empty())
        throw ShapeError("Reshape needs a target shape with at least one size");
    if (std::count(m_target.begin(), m_target.end(), -1) > 1)
        throw ShapeError("Reshape target " + targetToString(m_target)
            + " has more than one size to infer (-1); give all sizes but one");
    for (int d : m_target)
        if (d == 0 || d < -1)
            throw ShapeError(
                "Reshape target sizes must be positive (or -1 for one inferred size), got " + shapeToString(m_target));
}

Shape Reshape::resolve(std::size_t numel) const
{
    std::size_t known = 1;
    int inferAt = -1;
    for (std::size_t i = 0; i < m_target.size(); ++i) {
        if (m_target[i] == -1)
            inferAt = static_cast<int>(i);
        else
            known *= static_cast<std::size_t>(m_target[i]);
    }
    const std::string values = std::to_string(numel) + (numel == 1 ? " value" : " values");
    if (inferAt < 0) {
        if (known != numel)
            throw ShapeError(
                "cannot reshape " + values + " into " + targetToString(m_target) + " (" + std::to_string(known) + ")");
        return m_target;
    }
    if (numel % known != 0 || numel == 0)
        throw ShapeError("cannot reshape " + values + " into " + targetToString(m_target) + ": " + std::to_string(numel)
            + " is not a multiple of " + std::to_string(known));
    Shape resolved = m_target;
    resolved[static_cast<std::size_t>(inferAt)] = static_cast<int>(numel / known);
    return resolved;
}

Shape Reshape::outputShape(const std::vector<Shape>& inputs) const
{
    return resolve(shapeNumel(inputs.at(0)));
}

void Reshape::batchOutputShape(const Tensor& x, Shape& shape)
{
    const int batch = x.dim(0);
    const std::size_t numel = batch == 0 ? shapeNumel({ x.shape().begin() + 1, x.shape().end() })
                                         : x.size() / static_cast<std::size_t>(batch);
    if (m_resolved.empty() || numel != m_resolvedNumel) {
        m_resolved = resolve(numel);
        m_resolvedNumel = numel;
    }
    shape.assign(1, batch);
    shape.insert(shape.end(), m_resolved.begin(), m_resolved.end());
}

} // namespace nw
