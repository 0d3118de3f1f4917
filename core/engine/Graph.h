#pragma once
// A network as a directed acyclic graph of named nodes. Input nodes receive
// batches; every other node runs a Layer on the outputs of the nodes it names as
// inputs. compile() checks the wiring and infers every shape before anything
// runs; forward() and backward() then execute the nodes in topological order.
//
// Gradients: a node's output gradient is written straight into its buffer when it
// feeds exactly one consumer, and summed from per-edge scratch buffers when it
// feeds several (residual and multi-branch graphs). Nodes that neither own a
// trainable parameter nor lie downstream of one are skipped in backward().
#include "ExecutionContext.h"
#include "GraphReport.h"
#include "Layer.h"
#include "optim/NamedParameter.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace nw {

class Graph {
public:
    // The most parameter values (weights, biases and buffers) a network may have:
    // 50 million, 200 MB of float32, about 800 MB in training with gradients and
    // Adam's moments. Far beyond any model a desktop with no GPU trains, and what
    // keeps a project file that asks for more from exhausting the memory.
    static constexpr std::size_t kMaxParameterValues = 50'000'000;

    Graph();
    ~Graph();
    Graph(Graph&&) noexcept;
    Graph& operator=(Graph&&) noexcept;

    void addInput(const std::string& id, Shape sampleShape);
    void addNode(const std::string& id, std::unique_ptr<Layer> layer, std::vector<std::string> inputs);
    // The node whose output is the prediction. Defaults to the only node nobody consumes.
    void setOutput(const std::string& id);
    // Frozen nodes keep their weights (transfer learning); penalties apply to weights only.
    // A frozen node with buffers (BatchNorm) runs in evaluation mode, so it keeps those too.
    void setTrainable(const std::string& id, bool trainable);
    void setPenalties(const std::string& id, float l1, float l2);
    // Also compute gradients with respect to the inputs (saliency maps), and so with
    // respect to every node between an input and the output (Grad-CAM). May be
    // switched on a compiled graph: its layers and weights stay.
    void setInputGradientsRequired(bool required);
    bool inputGradientsRequired() const { return m_inputGradients; }
    // Int8 fake quantization of what a one-input node reads (core/compress): forward
    // and backward give the layer round(x / scale) clamped to [-127, 127], times scale,
    // exactly the values an int8 kernel would see, while other consumers of the same
    // producer still read floats. 0 switches it off. Throws EngineError for an unknown
    // id, a node without exactly one input, or a negative or non-finite scale.
    void setInputQuantization(const std::string& id, float scale);
    float inputQuantization(const std::string& id) const;
    // Pruning masks (core/compress): a parameter's values whose keep flag is 0 are held
    // at exactly +0. The trainer applies the masks after every optimizer step, so
    // fine-tuning a pruned network keeps it pruned whatever the optimizer's moments say.
    // The masks stay through compile() and initialize(). setWeightMask() applies the mask at
    // once; it throws EngineError for a name the compiled graph does not have or a mask
    // of another size.
    void setWeightMask(const std::string& paramName, std::vector<std::uint8_t> keep);
    void clearWeightMasks() { m_weightMasks.clear(); }
    bool hasWeightMasks() const { return !m_weightMasks.empty(); }
    void applyWeightMasks();
    // Zeroes the gradients of the masked values (after backward, before clipping): a
    // pruned weight's gradient must not count in the gradient norm, as in PyTorch's pruning.
    void maskGradients();

    // Checks ids, arity and cycles, infers shapes and builds every layer. Never throws.
    GraphReport compile();
    bool isCompiled() const { return m_compiled; }
    // Draws all initial weights from one seed, node by node in topological order.
    void initialize(std::uint64_t seed);

    // Runs the network on inputs given in the order of addInput(). Needs compile().
    const Tensor& forward(std::span<const Tensor* const> inputs, ExecutionContext& ctx);
    const Tensor& forward(const Tensor& input, ExecutionContext& ctx);
    // Back-propagates the gradient of the loss with respect to the output.
    void backward(const Tensor& outputGrad, ExecutionContext& ctx);

    // "<node-id>.<param>" for every parameter. trainableOnly drops buffers and frozen nodes.
    std::vector<NamedParameter> namedParameters(bool trainableOnly = false);
    std::size_t parameterCount() const;

    struct Penalty {
        Parameter* weight;
        float l1;
        float l2;
    };
    // Weights of unfrozen nodes that carry an L1 or L2 penalty.
    std::vector<Penalty> penalties();

    const std::vector<std::string>& inputIds() const { return m_inputIds; }
    const std::string& outputId() const { return m_outputId; }
    Shape outputShape() const;
    Shape inputShape(std::size_t index = 0) const;
    // Output of any node from the last forward() (activations panels).
    const Tensor& nodeOutput(const std::string& id) const;
    // Gradient with respect to input `index` from the last backward(), when required.
    const Tensor& inputGradient(std::size_t index = 0) const;
    // Gradient with respect to any non-output node's output from the last backward(),
    // for nodes downstream of an input whose gradient is required.
    const Tensor& nodeGradient(const std::string& id) const;
    // The sample shape of any node's output (after compile()).
    Shape nodeShape(const std::string& id) const;
    // The ids a node reads, in input order (empty for an input node).
    const std::vector<std::string>& nodeInputIds(const std::string& id) const;
    Layer* layer(const std::string& id);
    std::vector<std::string> nodeIds() const; // topological order after compile()

private:
    // Sets the masked entries of each masked parameter's `field` (value or grad) to +0.
    void zeroMasked(Tensor Parameter::*field);
    struct Node;
    Node& nodeById(const std::string& id);
    const Node& nodeById(const std::string& id) const;
    // Which nodes run backward and which need their output gradient.
    void planBackward();
    bool topologicalOrder(std::vector<int>& order, std::string& cycleText) const;

    std::vector<std::unique_ptr<Node>> m_nodes;
    std::unordered_map<std::string, int> m_index;
    std::vector<std::string> m_inputIds;
    std::string m_outputId;
    std::vector<int> m_order;
    bool m_compiled = false;
    bool m_inputGradients = false;
    std::unordered_map<std::string, std::vector<std::uint8_t>> m_weightMasks; // by parameter name
};

} // namespace nw
