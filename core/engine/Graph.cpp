#include "Graph.h"

#include "EngineError.h"
#include "Rng.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace nw {

struct Graph::Node {
    std::string id;
    std::unique_ptr<Layer> layer; // null for input nodes
    std::vector<std::string> inputNames;
    std::vector<int> inputs;
    Shape sampleShape; // given for inputs, inferred for layers
    bool shapeKnown = false;
    bool trainable = true;
    float l1 = 0.0f;
    float l2 = 0.0f;

    int consumerEdges = 0;
    bool requiresGrad = false; // its output gradient is needed by someone upstream
    bool runsBackward = false;
    // Frozen with buffers (BatchNorm's running statistics): runs in evaluation mode
    // even in training, so freezing keeps every one of its tensors, as Keras does.
    bool frozenState = false;

    Tensor output;
    const Tensor* external = nullptr; // input nodes point at the caller's batch
    Tensor grad;
    bool gradReady = false;
    std::vector<Tensor> edgeGrads; // per input edge, for producers with several consumers
    float inputScale = 0.0f;  // > 0: the node reads its input int8 fake-quantized
    Tensor quantizedInput;    // what it reads then, kept for backward

    bool isInput() const { return !layer; }
    const Tensor& value() const { return external ? *external : output; }
    std::string label() const { return (layer ? layer->typeName() : std::string("Input")) + " '" + id + "'"; }
};

namespace {

// round(x / scale) clamped to the symmetric int8 range, times scale. Rounds half away
// from zero, as std::lround, the same rule core/compress uses for weights.
void fakeQuantizeInt8(const Tensor& in, float scale, Tensor& out)
{
    out.resize(in.shape());
    const float* src = in.data();
    float* dst = out.data();
    for (std::size_t i = 0; i < in.size(); ++i) {
        const float q = std::round(src[i] / scale);
        dst[i] = std::clamp(q, -127.0f, 127.0f) * scale;
    }
}

} // namespace

Graph::Graph() = default;
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

void Graph::addInput(const std::string& id, Shape sampleShape)
{
    if (m_index.count(id))
        throw EngineError("two nodes are named '" + id + "': node ids must be unique");
    auto node = std::make_unique<Node>();
    node->id = id;
    node->sampleShape = std::move(sampleShape);
    node->shapeKnown = true;
    m_index[id] = static_cast<int>(m_nodes.size());
    m_nodes.push_back(std::move(node));
    m_inputIds.push_back(id);
    m_compiled = false;
}

void Graph::addNode(const std::string& id, std::unique_ptr<Layer> layer, std::vector<std::string> inputs)
{
    if (m_index.count(id))
        throw EngineError("two nodes are named '" + id + "': node ids must be unique");
    if (!layer)
        throw EngineError("node '" + id + "' has no layer");
    auto node = std::make_unique<Node>();
    node->id = id;
    node->layer = std::move(layer);
    node->inputNames = std::move(inputs);
    m_index[id] = static_cast<int>(m_nodes.size());
    m_nodes.push_back(std::move(node));
    m_compiled = false;
}

void Graph::setOutput(const std::string& id)
{
    m_outputId = id;
    m_compiled = false;
}

void Graph::setTrainable(const std::string& id, bool trainable)
{
    nodeById(id).trainable = trainable;
    m_compiled = false;
}

void Graph::setPenalties(const std::string& id, float l1, float l2)
{
    Node& n = nodeById(id);
    n.l1 = l1;
    n.l2 = l2;
}

void Graph::setInputGradientsRequired(bool required)
{
    m_inputGradients = required;
    // Only which nodes run backward changes: a compiled graph keeps its layers and weights.
    if (m_compiled)
        planBackward();
}

Graph::Node& Graph::nodeById(const std::string& id)
{
    auto it = m_index.find(id);
    if (it == m_index.end())
        throw EngineError("there is no node named '" + id + "'");
    return *m_nodes[static_cast<std::size_t>(it->second)];
}

const Graph::Node& Graph::nodeById(const std::string& id) const
{
    return const_cast<Graph*>(this)->nodeById(id);
}

bool Graph::topologicalOrder(std::vector<int>& order, std::string& cycleText) const
{
    const std::size_t n = m_nodes.size();
    std::vector<int> pending(n, 0);
    std::vector<std::vector<int>> consumers(n);
    for (std::size_t i = 0; i < n; ++i)
        for (int p : m_nodes[i]->inputs) {
            consumers[static_cast<std::size_t>(p)].push_back(static_cast<int>(i));
            ++pending[i];
        }
    // Kahn's algorithm, taking ready nodes in insertion order so the order is stable.
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (std::size_t i = 0; i < n; ++i)
        if (pending[i] == 0)
            ready.push(static_cast<int>(i));
    order.clear();
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        order.push_back(i);
        for (int c : consumers[static_cast<std::size_t>(i)])
            if (--pending[static_cast<std::size_t>(c)] == 0)
                ready.push(c);
    }
    if (order.size() == n)
        return true;
    for (std::size_t i = 0; i < n; ++i)
        if (pending[i] > 0)
            cycleText += (cycleText.empty() ? "'" : ", '") + m_nodes[i]->id + "'";
    return false;
}

GraphReport Graph::compile()
{
    GraphReport report;
    m_compiled = false;
    m_order.clear();
    auto fail = [&](const std::string& nodeId, GraphProblem problem, std::vector<std::string> args = {}) {
        std::string text = describeGraphProblem(problem, args);
        report.errors.push_back({ nodeId, problem, std::move(args), std::move(text) });
    };

    if (m_inputIds.empty())
        fail("", GraphProblem::NoInput);

    // Resolve edges.
    for (auto& node : m_nodes) {
        node->inputs.clear();
        node->consumerEdges = 0;
        node->shapeKnown = node->isInput();
    }
    for (auto& node : m_nodes) {
        if (node->isInput())
            continue;
        const int count = static_cast<int>(node->inputNames.size());
        if (count < node->layer->minInputs())
            fail(node->id, GraphProblem::TooFewInputs,
                { node->label(), std::to_string(node->layer->minInputs()), std::to_string(count) });
        else if (count > node->layer->maxInputs())
            fail(node->id, GraphProblem::TooManyInputs,
                { node->label(), std::to_string(node->layer->maxInputs()), std::to_string(count) });
        for (const auto& name : node->inputNames) {
            auto it = m_index.find(name);
            if (it == m_index.end()) {
                fail(node->id, GraphProblem::UnknownInput, { node->label(), name });
                continue;
            }
            node->inputs.push_back(it->second);
            m_nodes[static_cast<std::size_t>(it->second)]->consumerEdges++;
        }
    }

    std::vector<int> order;
    std::string cycle;
    const bool acyclic = topologicalOrder(order, cycle);
    if (!acyclic) {
        for (auto& node : m_nodes)
            if (std::find(order.begin(), order.end(), m_index[node->id]) == order.end())
                fail(node->id, GraphProblem::Cycle, { node->label(), cycle });
    }

    // The output: the given one, or the only unconsumed layer node.
    std::string outputId = m_outputId;
    if (outputId.empty()) {
        std::vector<std::string> ends;
        for (auto& node : m_nodes)
            if (!node->isInput() && node->consumerEdges == 0)
                ends.push_back(node->id);
        if (ends.size() == 1)
            outputId = ends[0];
        else if (ends.size() > 1) {
            std::string list;
            for (auto& e : ends)
                list += (list.empty() ? "'" : ", '") + e + "'";
            fail("", GraphProblem::LooseEnds, { std::to_string(ends.size()), list });
        } else if (!m_nodes.empty() && m_inputIds.size() != m_nodes.size())
            fail("", GraphProblem::NoOutput);
        else if (!m_inputIds.empty())
            fail("", GraphProblem::NoLayers);
    } else if (!m_index.count(outputId)) {
        fail("", GraphProblem::UnknownOutput, { outputId });
        outputId.clear();
    }

    // Shapes, in topological order; nodes after an error stay unknown without another message.
    std::size_t plannedValues = 0; // parameter values of the nodes built so far
    for (int i : order) {
        Node& node = *m_nodes[static_cast<std::size_t>(i)];
        NodeReport nr;
        nr.id = node.id;
        nr.type = node.isInput() ? "Input" : node.layer->typeName();
        if (node.isInput()) {
            nr.known = true;
            nr.outputShape = node.sampleShape;
            report.nodes.push_back(nr);
            continue;
        }
        std::vector<Shape> shapes;
        bool known = node.inputs.size() == node.inputNames.size();
        for (int p : node.inputs) {
            const Node& in = *m_nodes[static_cast<std::size_t>(p)];
            known = known && in.shapeKnown;
            shapes.push_back(in.sampleShape);
        }
        const int count = static_cast<int>(shapes.size());
        known = known && count >= node.layer->minInputs() && count <= node.layer->maxInputs();
        if (known) {
            try {
                node.sampleShape = node.layer->outputShape(shapes);
                // Refused before build() allocates anything: a file or an edit asking for
                // billions of weights gets a message, not an out-of-memory.
                const std::size_t values = node.layer->plannedParameterValues(shapes);
                if (values > kMaxParameterValues - plannedValues) {
                    fail(node.id, GraphProblem::TooManyParameters,
                        { node.label(), std::to_string(plannedValues + values), std::to_string(kMaxParameterValues) });
                    report.nodes.push_back(nr);
                    continue;
                }
                plannedValues += values;
                node.layer->build(shapes);
                node.shapeKnown = true;
                nr.known = true;
                nr.outputShape = node.sampleShape;
                nr.parameterCount = node.layer->parameterCount();
                report.totalParameters += nr.parameterCount;
            } catch (const EngineError& e) {
                fail(node.id, GraphProblem::LayerRejected, { node.label(), e.what() });
            }
        }
        report.nodes.push_back(nr);
    }

    if (!report.ok())
        return report;

    m_outputId = outputId;
    m_order = order;
    planBackward();
    m_compiled = true;
    return report;
}

void Graph::planBackward()
{
    for (int i : m_order) {
        Node& node = *m_nodes[static_cast<std::size_t>(i)];
        if (node.isInput()) {
            node.requiresGrad = m_inputGradients;
            node.runsBackward = false;
            continue;
        }
        node.frozenState = false;
        if (!node.trainable)
            for (Parameter* p : node.layer->parameters())
                node.frozenState = node.frozenState || !p->isTrainable();
        bool ownsTrainable = false;
        if (node.trainable)
            for (Parameter* p : node.layer->parameters())
                ownsTrainable = ownsTrainable || p->isTrainable();
        bool upstream = false;
        for (int p : node.inputs)
            upstream = upstream || m_nodes[static_cast<std::size_t>(p)]->requiresGrad;
        // A node runs backward when it has weights to train or passes gradient on
        // to something upstream that needs it; either way its consumers must give
        // it its output gradient.
        node.runsBackward = ownsTrainable || upstream;
        node.requiresGrad = node.runsBackward;
        node.edgeGrads.resize(node.inputs.size());
    }
}

void Graph::initialize(std::uint64_t seed)
{
    if (!m_compiled)
        throw EngineError("the network must compile before its weights are initialised");
    Rng rng(seed);
    for (int i : m_order) {
        Node& node = *m_nodes[static_cast<std::size_t>(i)];
        if (node.layer)
            node.layer->initialize(rng);
    }
}

const Tensor& Graph::forward(const Tensor& input, ExecutionContext& ctx)
{
    const Tensor* inputs[] = {&input};
    return forward(inputs, ctx);
}

const Tensor& Graph::forward(std::span<const Tensor* const> inputs, ExecutionContext& ctx)
{
    if (!m_compiled)
        throw EngineError("the network has not been compiled");
    if (inputs.size() != m_inputIds.size())
        throw EngineError("the network has " + std::to_string(m_inputIds.size()) + " inputs but was given "
                          + std::to_string(inputs.size()));
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        Node& node = nodeById(m_inputIds[k]);
        const Shape& got = inputs[k]->shape();
        const Shape sample(got.begin() + (got.empty() ? 0 : 1), got.end());
        if (got.empty() || sample != node.sampleShape)
            throw EngineError("input '" + node.id + "' expects samples of " + shapeToString(node.sampleShape)
                              + ", got " + shapeToString(sample));
        node.external = inputs[k];
    }
    std::vector<const Tensor*> args;
    for (int i : m_order) {
        Node& node = *m_nodes[static_cast<std::size_t>(i)];
        if (node.isInput())
            continue;
        args.clear();
        for (int p : node.inputs)
            args.push_back(&m_nodes[static_cast<std::size_t>(p)]->value());
        if (node.inputScale > 0.0f) {
            fakeQuantizeInt8(*args[0], node.inputScale, node.quantizedInput);
            args[0] = &node.quantizedInput;
        }
        if (node.frozenState && ctx.training) {
            ExecutionContext evaluation = ctx;
            evaluation.training = false;
            node.layer->forward(args, node.output, evaluation);
        } else {
            node.layer->forward(args, node.output, ctx);
        }
    }
    return nodeById(m_outputId).value();
}

void Graph::setInputQuantization(const std::string& id, float scale)
{
    Node& node = nodeById(id);
    if (node.isInput() || node.inputNames.size() != 1)
        throw EngineError(node.label() + " does not read exactly one input, so its input cannot be quantized");
    if (!(scale >= 0.0f) || !std::isfinite(scale))
        throw EngineError(node.label() + ": a quantization scale must be finite and not negative, got "
                          + std::to_string(scale));
    node.inputScale = scale;
}

float Graph::inputQuantization(const std::string& id) const
{
    return nodeById(id).inputScale;
}

void Graph::setWeightMask(const std::string& paramName, std::vector<std::uint8_t> keep)
{
    for (const NamedParameter& p : namedParameters()) {
        if (p.name != paramName)
            continue;
        if (p.param->value.size() != keep.size())
            throw EngineError("the pruning mask of '" + paramName + "' has " + std::to_string(keep.size())
                              + " values but the parameter has " + std::to_string(p.param->value.size()));
        m_weightMasks[paramName] = std::move(keep);
        applyWeightMasks();
        return;
    }
    throw EngineError("the network has no parameter '" + paramName + "' to prune");
}

void Graph::zeroMasked(Tensor Parameter::*field)
{
    if (m_weightMasks.empty())
        return;
    for (const NamedParameter& p : namedParameters()) {
        const auto it = m_weightMasks.find(p.name);
        Tensor& values = p.param->*field;
        if (it == m_weightMasks.end() || it->second.size() != values.size())
            continue; // a rebuilt network without that parameter (or no gradient yet)
        float* v = values.data();
        const std::vector<std::uint8_t>& keep = it->second;
        for (std::size_t i = 0; i < keep.size(); ++i) {
            if (!keep[i])
                v[i] = 0.0f;
        }
    }
}

void Graph::applyWeightMasks()
{
    zeroMasked(&Parameter::value);
}

void Graph::maskGradients()
{
    zeroMasked(&Parameter::grad);
}

void Graph::backward(const Tensor& outputGrad, ExecutionContext& ctx)
{
    if (!m_compiled)
        throw EngineError("the network has not been compiled");
    Node& outputNode = nodeById(m_outputId);
    if (outputGrad.shape() != outputNode.value().shape())
        throw EngineError("the output gradient has shape " + shapeToString(outputGrad.shape()) + " but the output is "
                          + shapeToString(outputNode.value().shape()));
    for (auto& node : m_nodes)
        node->gradReady = false;

    std::vector<const Tensor*> args;
    std::vector<Tensor*> slots;
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        Node& node = *m_nodes[static_cast<std::size_t>(*it)];
        if (!node.runsBackward)
            continue;
        const Tensor* grad = &node.grad;
        if (&node == &outputNode)
            grad = &outputGrad;
        else if (!node.gradReady)
            continue; // does not lead to the output
        args.clear();
        slots.clear();
        for (std::size_t j = 0; j < node.inputs.size(); ++j) {
            Node& producer = *m_nodes[static_cast<std::size_t>(node.inputs[j])];
            args.push_back(node.inputScale > 0.0f ? &node.quantizedInput : &producer.value());
            if (!producer.requiresGrad)
                slots.push_back(nullptr);
            else if (producer.consumerEdges == 1)
                slots.push_back(&producer.grad);
            else
                slots.push_back(&node.edgeGrads[j]);
        }
        if (node.frozenState && ctx.training) {
            ExecutionContext evaluation = ctx; // as its forward pass ran
            evaluation.training = false;
            node.layer->backward(args, node.value(), *grad, slots, evaluation);
        } else {
            node.layer->backward(args, node.value(), *grad, slots, ctx);
        }
        for (std::size_t j = 0; j < node.inputs.size(); ++j) {
            Node& producer = *m_nodes[static_cast<std::size_t>(node.inputs[j])];
            if (!slots[j])
                continue;
            if (slots[j] == &producer.grad)
                producer.gradReady = true;
            else if (!producer.gradReady) {
                producer.grad.copyFrom(*slots[j]);
                producer.gradReady = true;
            } else
                producer.grad.array() += slots[j]->array();
        }
    }
}

std::vector<NamedParameter> Graph::namedParameters(bool trainableOnly)
{
    std::vector<NamedParameter> out;
    std::vector<int> order = m_order;
    if (order.empty())
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            order.push_back(static_cast<int>(i));
    for (int i : order) {
        Node& node = *m_nodes[static_cast<std::size_t>(i)];
        if (!node.layer || (trainableOnly && !node.trainable))
            continue;
        for (Parameter* p : node.layer->parameters())
            if (!trainableOnly || p->isTrainable())
                out.push_back({node.id + "." + p->name, p});
    }
    return out;
}

std::size_t Graph::parameterCount() const
{
    std::size_t n = 0;
    for (auto& node : m_nodes)
        if (node->layer)
            n += node->layer->parameterCount();
    return n;
}

std::vector<Graph::Penalty> Graph::penalties()
{
    std::vector<Penalty> out;
    for (int i : m_order) {
        Node& node = *m_nodes[static_cast<std::size_t>(i)];
        if (!node.layer || !node.trainable || (node.l1 == 0.0f && node.l2 == 0.0f))
            continue;
        for (Parameter* p : node.layer->parameters())
            if (p->role == ParamRole::Weight)
                out.push_back({p, node.l1, node.l2});
    }
    return out;
}

Shape Graph::outputShape() const
{
    return nodeById(m_outputId).sampleShape;
}

const std::vector<std::string>& Graph::nodeInputIds(const std::string& id) const
{
    return nodeById(id).inputNames;
}

Shape Graph::nodeShape(const std::string& id) const
{
    return nodeById(id).sampleShape;
}

Shape Graph::inputShape(std::size_t index) const
{
    return nodeById(m_inputIds.at(index)).sampleShape;
}

const Tensor& Graph::nodeOutput(const std::string& id) const
{
    return nodeById(id).value();
}

const Tensor& Graph::inputGradient(std::size_t index) const
{
    const Node& node = nodeById(m_inputIds.at(index));
    if (!node.requiresGrad)
        throw EngineError("input gradients were not requested (setInputGradientsRequired)");
    return node.grad;
}

const Tensor& Graph::nodeGradient(const std::string& id) const
{
    const Node& node = nodeById(id);
    if (id == m_outputId)
        throw EngineError("the output's gradient is the one given to backward()");
    if (!node.requiresGrad || !node.gradReady)
        throw EngineError("node '" + id + "' has no gradient from the last backward(): it does not lie between an input "
                          "that requires gradients and the output");
    return node.grad;
}

Layer* Graph::layer(const std::string& id)
{
    return nodeById(id).layer.get();
}

std::vector<std::string> Graph::nodeIds() const
{
    std::vector<std::string> ids;
    if (m_compiled)
        for (int i : m_order)
            ids.push_back(m_nodes[static_cast<std::size_t>(i)]->id);
    else
        for (auto& node : m_nodes)
            ids.push_back(node->id);
    return ids;
}

} // namespace nw
