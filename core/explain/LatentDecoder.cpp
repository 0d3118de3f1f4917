#include "LatentDecoder.h"

#include "engine/EngineError.h"

#include <algorithm>

namespace nw {

namespace {

// The chain from the output back to the input, output first; empty when some node
// on the way takes other than one input.
std::vector<std::string> chainToInput(const Graph& graph)
{
    std::vector<std::string> chain;
    const auto& inputs = graph.inputIds();
    if (inputs.size() != 1)
        return {};
    std::string node = graph.outputId();
    while (node != inputs.front()) {
        chain.push_back(node);
        const auto& from = graph.nodeInputIds(node);
        if (from.size() != 1)
            return {};
        node = from.front();
    }
    return chain;
}

} // namespace

std::optional<Bottleneck> findBottleneck(const Graph& graph)
{
    const std::vector<std::string> chain = chainToInput(graph);
    if (chain.size() < 2)
        return std::nullopt;
    // Output excluded; walking from the output back, the first narrowest is the
    // last one in data-flow order. A bottleneck is narrower than both ends: the
    // layer that shapes the output of a wide (denoising) autoencoder is not one.
    const std::size_t ends = std::min(shapeNumel(graph.nodeShape(chain.front())), shapeNumel(graph.nodeShape(chain.back())));
    std::optional<Bottleneck> best;
    std::size_t bestSize = 0;
    for (std::size_t k = 1; k + 1 < chain.size(); ++k) {
        const Shape shape = graph.nodeShape(chain[k]);
        const std::size_t size = shapeNumel(shape);
        if (size < ends && (!best || size < bestSize)) {
            best = Bottleneck { chain[k], shape };
            bestSize = size;
        }
    }
    return best;
}

LatentDecoder::LatentDecoder(Graph& graph, std::string bottleneckId)
    : m_graph(graph)
    , m_bottleneck(std::move(bottleneckId))
{
    std::string node = graph.outputId();
    while (node != m_bottleneck) {
        const auto& from = graph.nodeInputIds(node);
        if (from.size() != 1 || std::find(graph.inputIds().begin(), graph.inputIds().end(), node) != graph.inputIds().end())
            throw EngineError("the layers after '" + m_bottleneck + "' are not one chain to the output '"
                + graph.outputId() + "': only such a decoder can be run on its own");
        m_decoder.push_back(node);
        node = from.front();
    }
    std::reverse(m_decoder.begin(), m_decoder.end());
}

Tensor LatentDecoder::decode(const Tensor& codes, ThreadPool& pool)
{
    const Shape code = codeShape();
    if (codes.rank() < 1 || Shape(codes.shape().begin() + 1, codes.shape().end()) != code)
        throw EngineError("codes for '" + m_bottleneck + "' must be [n, " + shapeToString(code) + "], got "
            + shapeToString(codes.shape()));
    ExecutionContext ctx { .pool = &pool, .training = false, .step = 0, .parameterGradients = false };
    Tensor current = codes;
    Tensor next;
    for (const std::string& id : m_decoder) {
        const Tensor* in[] = { &current };
        m_graph.layer(id)->forward(in, next, ctx);
        std::swap(current, next);
    }
    return current;
}

} // namespace nw
