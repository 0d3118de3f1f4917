#include "SequenceTrace.h"

#include "engine/EngineError.h"
#include "engine/ExecutionContext.h"
#include "engine/Graph.h"
#include "engine/layers/MultiHeadAttention.h"
#include "engine/layers/RecurrentLayer.h"

#include <cstring>

namespace nw {

namespace {

// Sample 0 of a batch-first tensor, without the batch dimension.
Tensor firstSample(const Tensor& batch)
{
    const Shape& s = batch.shape();
    const Shape sample(s.begin() + 1, s.end());
    Tensor out(sample);
    std::memcpy(out.data(), batch.data(), sizeof(float) * out.size());
    return out;
}

} // namespace

bool hasSequenceLayers(Graph& graph)
{
    for (const std::string& id : graph.nodeIds()) {
        Layer* layer = graph.layer(id);
        if (dynamic_cast<MultiHeadAttention*>(layer) || dynamic_cast<RecurrentLayer*>(layer))
            return true;
    }
    return false;
}

SequenceTrace traceSequence(Graph& graph, ThreadPool& pool, const Tensor& sample)
{
    if (!graph.isCompiled() || graph.inputIds().size() != 1)
        throw EngineError("tracing a sequence needs a compiled network with one input");
    if (sample.shape() != graph.inputShape())
        throw EngineError("the sample's shape " + shapeToString(sample.shape()) + " does not fit the network's input "
            + shapeToString(graph.inputShape()));
    Tensor batch(withBatch(1, sample.shape()));
    std::memcpy(batch.data(), sample.data(), sizeof(float) * sample.size());
    // No parameter gradients: a run's accumulated state stays as the trainer left it.
    ExecutionContext ctx{ .pool = &pool, .training = false, .parameterGradients = false };
    graph.forward(batch, ctx);
    return collectSequenceTrace(graph);
}

SequenceTrace collectSequenceTrace(Graph& graph)
{
    SequenceTrace trace;
    for (const std::string& id : graph.nodeIds()) {
        Layer* layer = graph.layer(id);
        if (auto* attention = dynamic_cast<MultiHeadAttention*>(layer)) {
            trace.attentionNodes.push_back(id);
            trace.attention.push_back(firstSample(attention->attentionWeights()));
        } else if (auto* recurrent = dynamic_cast<RecurrentLayer*>(layer)) {
            RecurrentTrace r;
            r.node = id;
            r.type = recurrent->typeName();
            r.units = recurrent->units();
            r.directions = recurrent->directions();
            r.hidden = firstSample(recurrent->hiddenStates());
            if (r.type != "SimpleRNN") {
                r.gateNames = recurrent->gateNames();
                r.gates = firstSample(recurrent->gateActivations());
            }
            trace.recurrent.push_back(std::move(r));
        }
    }
    return trace;
}

} // namespace nw
