#include "ExplainModel.h"

#include "Explainer.h"
#include "engine/ExecutionContext.h"

#include <algorithm>
#include <cstring>

namespace nw {

namespace {

std::size_t sampleSize(const Shape& sample)
{
    std::size_t n = 1;
    for (int d : sample)
        n *= static_cast<std::size_t>(d);
    return n;
}

// Rows [first, first + count) of a batch, as their own batch.
Tensor rows(const Tensor& batch, int first, int count)
{
    const Shape sample(batch.shape().begin() + 1, batch.shape().end());
    const std::size_t size = sampleSize(sample);
    Tensor out(withBatch(count, sample));
    std::memcpy(out.data(), batch.data() + static_cast<std::size_t>(first) * size, sizeof(float) * size * static_cast<std::size_t>(count));
    return out;
}

void copyRows(const Tensor& part, Tensor& whole, int first)
{
    std::memcpy(whole.data() + static_cast<std::size_t>(first) * (part.size() / static_cast<std::size_t>(part.dim(0))),
        part.data(), sizeof(float) * part.size());
}

} // namespace

Tensor asBatch(const Tensor& sample)
{
    Tensor out(withBatch(1, sample.shape()));
    std::memcpy(out.data(), sample.data(), sizeof(float) * sample.size());
    return out;
}

Tensor sampleOf(const Tensor& batch, int k)
{
    const Shape sample(batch.shape().begin() + 1, batch.shape().end());
    const std::size_t size = sampleSize(sample);
    Tensor out(sample);
    std::memcpy(out.data(), batch.data() + static_cast<std::size_t>(k) * size, sizeof(float) * size);
    return out;
}

ExplainModel::ExplainModel(Graph& graph, ThreadPool& pool, int batchSize)
    : m_graph(graph)
    , m_pool(pool)
    , m_batchSize(std::max(1, batchSize))
    , m_hadInputGradients(graph.inputGradientsRequired())
{
    if (!graph.isCompiled())
        throw ExplainError(ExplainProblem::NotCompiled);
    if (graph.inputIds().size() != 1)
        throw ExplainError(ExplainProblem::SeveralInputs);
    m_inputShape = graph.inputShape();
    const Shape out = graph.outputShape();
    m_outputs = static_cast<int>(sampleSize(out));
    graph.setInputGradientsRequired(true);
}

ExplainModel::~ExplainModel()
{
    m_graph.setInputGradientsRequired(m_hadInputGradients);
}

Tensor ExplainModel::scores(const Tensor& batch)
{
    const int n = batch.dim(0);
    Tensor out({ n, m_outputs });
    ExecutionContext ctx{ .pool = &m_pool, .training = false };
    for (int first = 0; first < n; first += m_batchSize) {
        const int count = std::min(m_batchSize, n - first);
        const Tensor& y = m_graph.forward(count == n ? batch : rows(batch, first, count), ctx);
        copyRows(y, out, first);
    }
    return out;
}

std::vector<float> ExplainModel::targetScores(const Tensor& batch, int target)
{
    const Tensor all = scores(batch);
    std::vector<float> out(static_cast<std::size_t>(all.dim(0)));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = all[i * static_cast<std::size_t>(m_outputs) + static_cast<std::size_t>(target)];
    return out;
}

ExplainModel::Gradients ExplainModel::gradients(const Tensor& batch, int target, const std::string& node)
{
    const int n = batch.dim(0);
    Gradients g;
    g.input.resize(batch.shape());
    g.scores.resize(static_cast<std::size_t>(n));
    if (!node.empty()) {
        const Shape nodeShape = m_graph.nodeShape(node);
        g.nodeOutput.resize(withBatch(n, nodeShape));
        g.nodeGradient.resize(withBatch(n, nodeShape));
    }
    // Explanations want d score / d input only: no parameter gradients, which
    // also leaves any training state in the parameters' grads untouched.
    ExecutionContext ctx{ .pool = &m_pool, .training = false, .parameterGradients = false };
    Tensor seed;
    for (int first = 0; first < n; first += m_batchSize) {
        const int count = std::min(m_batchSize, n - first);
        const Tensor part = count == n ? Tensor() : rows(batch, first, count);
        const Tensor& x = count == n ? batch : part;
        const Tensor& y = m_graph.forward(x, ctx);
        for (int i = 0; i < count; ++i)
            g.scores[static_cast<std::size_t>(first + i)]
                = y[static_cast<std::size_t>(i) * static_cast<std::size_t>(m_outputs) + static_cast<std::size_t>(target)];
        // The gradient of score[target] is a one-hot seed at the output.
        seed.resize(y.shape());
        seed.setZero();
        for (int i = 0; i < count; ++i)
            seed[static_cast<std::size_t>(i) * static_cast<std::size_t>(m_outputs) + static_cast<std::size_t>(target)] = 1.0f;
        if (!node.empty())
            copyRows(m_graph.nodeOutput(node), g.nodeOutput, first);
        m_graph.backward(seed, ctx);
        copyRows(m_graph.inputGradient(), g.input, first);
        if (!node.empty()) {
            if (node == m_graph.outputId())
                copyRows(seed, g.nodeGradient, first);
            else
                copyRows(m_graph.nodeGradient(node), g.nodeGradient, first);
        }
    }
    return g;
}

Tensor ExplainModel::nodeOutputs(const Tensor& batch, const std::string& node)
{
    const int n = batch.dim(0);
    Tensor out(withBatch(n, m_graph.nodeShape(node)));
    ExecutionContext ctx{ .pool = &m_pool, .training = false };
    for (int first = 0; first < n; first += m_batchSize) {
        const int count = std::min(m_batchSize, n - first);
        m_graph.forward(count == n ? batch : rows(batch, first, count), ctx);
        copyRows(m_graph.nodeOutput(node), out, first);
    }
    return out;
}

int ExplainModel::resolveTarget(const Tensor& sampleScores, int target) const
{
    if (target >= m_outputs)
        throw ExplainError(ExplainProblem::TargetOutOfRange, { std::to_string(target), std::to_string(m_outputs) });
    if (target >= 0)
        return target;
    if (m_outputs == 1)
        return 0; // one logit (binary) or one regression value: its own score
    return static_cast<int>(std::max_element(sampleScores.data(), sampleScores.data() + sampleScores.size()) - sampleScores.data());
}

} // namespace nw
