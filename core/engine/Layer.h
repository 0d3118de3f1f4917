#pragma once
// The interface every engine layer implements. A layer is configured at
// construction, learns its input shapes in build(), and then runs forward and
// backward on batches. Shapes passed to outputShape()/build() are sample shapes
// (no batch dimension); tensors passed to forward()/backward() are batch-first.
//
// Contracts:
// - forward() resizes and writes `out`.
// - backward() writes (not accumulates) the gradient of every input whose slot in
//   `inputGrads` is non-null, and writes every trainable parameter's grad unless
//   ctx.parameterGradients is false (then the grads may be left as they are). A
//   null slot means nobody needs that gradient (e.g. the network input), so skip it.
// - Parallel work is split with partsFor()/splitRange() (Partition.h), never by
//   thread count, so results are identical on any number of threads.
#include "ExecutionContext.h"
#include "Parameter.h"
#include "Shape.h"
#include "Tensor.h"

#include <span>
#include <string>
#include <vector>

namespace nw {

class Rng;

using LayerInputs = std::span<const Tensor* const>;
using LayerInputGrads = std::span<Tensor* const>;

class Layer {
public:
    virtual ~Layer() = default;

    // The registry name, e.g. "Dense", "Conv2D".
    virtual std::string typeName() const = 0;

    virtual int minInputs() const { return 1; }
    virtual int maxInputs() const { return 1; }

    // Output sample shape for the given input sample shapes. Throws ShapeError with a
    // message a student understands ("expects a flat input but gets 16x7x7").
    virtual Shape outputShape(const std::vector<Shape>& inputs) const = 0;

    // How many values build() will allocate for parameters and buffers (running
    // statistics too) for these input shapes, which outputShape() accepted. The graph
    // asks before build(), so a network too big to hold is refused before anything
    // is allocated; a test checks the number against build() for every layer type.
    virtual std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const
    {
        (void)inputs;
        return 0;
    }

    // Allocates parameters for these input shapes. Called once before initialize().
    virtual void build(const std::vector<Shape>& inputs) { (void)inputs; }

    // Draws initial parameter values (and any per-layer random keys) from rng.
    virtual void initialize(Rng& rng) { (void)rng; }

    virtual void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) = 0;
    virtual void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad,
                          LayerInputGrads inputGrads, ExecutionContext& ctx)
        = 0;

    // Trainable parameters and buffers, in a fixed order.
    virtual std::vector<Parameter*> parameters() { return {}; }

    std::size_t parameterCount();
};

} // namespace nw
