#pragma once
// Stands in the engine graph for a node the compiler could not build (unknown
// type, bad parameters). Keeping the node in the graph keeps the engine's
// wiring checks honest: its consumers do not see a "dangling" input, and cycles
// through it are still found. Its shape is never known, so everything after it
// stays unknown without further messages. Owned by the engine graph it is in,
// which is never run because the compile fails.
#include "engine/Layer.h"

namespace nw {

class PlaceholderLayer : public Layer {
public:
    explicit PlaceholderLayer(std::string typeName)
        : m_typeName(std::move(typeName))
    {
    }

    // What outputShape() throws; the compiler drops engine messages ending in it,
    // since the node already carries the message that says why it cannot be built.
    static const char* reason() { return "cannot be built until its own errors are fixed"; }

    std::string typeName() const override { return m_typeName; }
    // Any number of inputs, so the engine adds no arity message of its own.
    int minInputs() const override { return 0; }
    int maxInputs() const override { return 1 << 20; }
    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;

private:
    std::string m_typeName;
};

} // namespace nw
