#pragma once
// Gives each sample a new shape with the same number of values, in row-major
// order (like torch.reshape on the sample axes): e.g. [784] -> [1, 28, 28] to feed
// flat data to a convolution. One entry of the target may be -1: it is inferred
// from the others.
#include "ReshapingLayer.h"

namespace nw {

class Reshape : public ReshapingLayer {
public:
    // Throws ShapeError if the target has a zero or negative entry other than a
    // single -1.
    explicit Reshape(Shape target);

    std::string typeName() const override { return "Reshape"; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;

    const Shape& target() const { return m_target; }

protected:
    void batchOutputShape(const Tensor& x, Shape& shape) override;

private:
    // The target with any -1 resolved for a sample of `numel` values.
    Shape resolve(std::size_t numel) const;

    Shape m_target;
    // Kept between batches so forward() does not rebuild shapes every time.
    Shape m_resolved;
    std::size_t m_resolvedNumel = 0;
};

} // namespace nw
