#include "StepThroughTrace.h"

#include "EngineError.h"
#include "Graph.h"
#include "WeightPenalties.h"
#include "losses/Loss.h"
#include "losses/SoftmaxCrossEntropy.h"
#include "optim/GradientClipping.h"

#include <cmath>
#include <set>

namespace nw {

namespace {

// Puts back every weight and buffer, and the graph's input-gradient setting, however
// traceStep() leaves (a throw included): the trace never changes the model.
class GraphRestorer {
public:
    explicit GraphRestorer(Graph& graph)
        : m_graph(graph)
        , m_inputGradients(graph.inputGradientsRequired())
    {
        for (const NamedParameter& p : graph.namedParameters())
            m_values.emplace(p.name, p.param->value);
    }
    ~GraphRestorer()
    {
        for (const NamedParameter& p : m_graph.namedParameters())
            p.param->value.copyFrom(m_values.at(p.name));
        m_graph.setInputGradientsRequired(m_inputGradients);
    }
    GraphRestorer(const GraphRestorer&) = delete;
    GraphRestorer& operator=(const GraphRestorer&) = delete;

    const Tensor& before(const std::string& name) const { return m_values.at(name); }

private:
    Graph& m_graph;
    bool m_inputGradients;
    std::map<std::string, Tensor> m_values;
};

Tensor copyOf(const Tensor& t)
{
    Tensor c;
    c.copyFrom(t);
    return c;
}

const Tensor& gradientOf(Graph& graph, const std::string& id, bool& has)
{
    static const Tensor kNone;
    has = true;
    const auto& inputs = graph.inputIds();
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i] == id)
            return graph.inputGradient(i);
    try {
        return graph.nodeGradient(id);
    } catch (const EngineError&) {
        // Not between the input and the output (a branch the output does not read).
        has = false;
        return kNone;
    }
}

void checkSample(const Graph& graph, const Tensor& input)
{
    if (!graph.isCompiled())
        throw EngineError("step through needs a compiled network");
    if (graph.inputIds().size() != 1)
        throw EngineError("step through needs a network with one input, this one has "
            + std::to_string(graph.inputIds().size()));
    const Shape expected = graph.inputShape(0);
    if (input.rank() < 1 || input.dim(0) != 1 || Shape(input.shape().begin() + 1, input.shape().end()) != expected)
        throw EngineError("step through takes one sample of shape " + shapeToString(expected) + ", got a batch of "
            + shapeToString(input.shape()));
}

} // namespace

const NodeTrace* StepThroughTrace::node(const std::string& id) const
{
    for (const NodeTrace& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

std::map<std::string, Tensor> StepThroughTrace::updatedWeights() const
{
    std::map<std::string, Tensor> weights;
    for (const NodeTrace& n : nodes)
        for (const ParameterTrace& p : n.parameters)
            weights.emplace(p.name, copyOf(p.after));
    return weights;
}

StepThroughTrace traceStep(Graph& graph, const Loss& loss, const Tensor& input, const Tensor& target,
    const StepThroughSettings& settings, ThreadPool& pool)
{
    checkSample(graph, input);
    // Made before anything runs, so bad settings or state change nothing.
    auto optimizer = makeOptimizer(settings.optimizer);
    if (!settings.optimizerState.empty())
        optimizer->importState(settings.optimizerState);

    GraphRestorer restorer(graph);
    graph.setInputGradientsRequired(true);

    StepThroughTrace trace;
    trace.training = settings.training;
    trace.input = copyOf(input);
    trace.target = copyOf(target);
    trace.lossName = loss.typeName();
    if (const auto* crossEntropy = dynamic_cast<const SoftmaxCrossEntropy*>(&loss))
        trace.labelSmoothing = crossEntropy->labelSmoothing();
    trace.optimizerName = optimizer->typeName();
    trace.optimizerSettings = settings.optimizer;
    trace.learningRate = settings.learningRate;
    trace.outputId = graph.outputId();

    ExecutionContext ctx;
    ctx.pool = &pool;
    ctx.training = settings.training;
    ctx.step = settings.step;
    const Tensor& out = graph.forward(input, ctx);
    Tensor outputGrad;
    trace.dataLoss = loss.compute(out, target, outputGrad);
    if (!std::isfinite(trace.dataLoss))
        throw EngineError("the loss of this sample is not finite (" + std::to_string(trace.dataLoss) + ")");
    graph.backward(outputGrad, ctx);
    trace.penalty = applyWeightPenalties(graph, true);

    const std::vector<NamedParameter> trainable = graph.namedParameters(true);
    trace.gradientNorm = clipGradientNorm(trainable, settings.gradientClipNorm);
    if (!std::isfinite(trace.gradientNorm))
        throw EngineError("the gradients of this sample are not finite");
    trace.clipped = settings.gradientClipNorm > 0.0f && trace.gradientNorm > settings.gradientClipNorm;
    std::set<std::string> trainableNames;
    for (const NamedParameter& p : trainable)
        trainableNames.insert(p.name);

    // Outputs and gradients are read before the step; the step changes only weights.
    for (const std::string& id : graph.nodeIds()) {
        NodeTrace n;
        n.id = id;
        n.inputs = graph.nodeInputIds(id);
        n.output = copyOf(graph.nodeOutput(id));
        Layer* layer = graph.layer(id);
        n.type = layer ? layer->typeName() : std::string("Input");
        if (id == trace.outputId) {
            n.hasGradient = true;
            n.outputGrad = copyOf(outputGrad);
        } else {
            const Tensor& g = gradientOf(graph, id, n.hasGradient);
            if (n.hasGradient)
                n.outputGrad = copyOf(g);
        }
        if (layer)
            for (Parameter* p : layer->parameters()) {
                ParameterTrace pt;
                pt.shortName = p->name;
                pt.name = id + "." + p->name;
                pt.trainable = trainableNames.count(pt.name) > 0;
                pt.value = copyOf(restorer.before(pt.name));
                if (pt.trainable)
                    pt.grad = copyOf(p->grad);
                n.parameters.push_back(std::move(pt));
            }
        trace.nodes.push_back(std::move(n));
    }

    optimizer->step(trainable, settings.learningRate, pool);
    trace.optimizerStep = optimizer->stepCount();
    trace.optimizerState = optimizer->exportState();
    const std::map<std::string, Tensor>& state = trace.optimizerState;
    for (NodeTrace& n : trace.nodes)
        for (ParameterTrace& pt : n.parameters) {
            Parameter* p = nullptr;
            for (Parameter* candidate : graph.layer(n.id)->parameters())
                if (candidate->name == pt.shortName)
                    p = candidate;
            // Buffers too: a forward pass in training mode moves BatchNorm's running
            // statistics as a training step does, so applying the step equals one.
            pt.after = copyOf(p->value);
            if (!pt.trainable)
                continue;
            const std::string prefix = pt.name + ".";
            for (auto it = state.lower_bound(prefix); it != state.end() && it->first.rfind(prefix, 0) == 0; ++it) {
                const std::string slot = it->first.substr(prefix.size());
                if (slot != "step")
                    pt.slots.emplace(slot, copyOf(it->second));
            }
        }
    return trace;
}

} // namespace nw
