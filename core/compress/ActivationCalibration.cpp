#include "ActivationCalibration.h"

#include "engine/BatchSource.h"
#include "engine/EngineError.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nw {

namespace {

constexpr std::size_t kBatch = 256;

std::vector<std::string> quantizedNodes(Graph& graph)
{
    std::vector<std::string> ids;
    for (const std::string& id : graph.nodeIds()) {
        Layer* layer = graph.layer(id);
        if (layer && readsInt8Input(layer->typeName()) && graph.nodeInputIds(id).size() == 1)
            ids.push_back(id);
    }
    return ids;
}

} // namespace

bool readsInt8Input(const std::string& layerType)
{
    return layerType == "Dense" || layerType == "Conv2D" || layerType == "ConvTranspose2D";
}

std::map<std::string, float> calibrateInputScales(
    Graph& graph, const BatchSource& source, std::size_t samples, ThreadPool& pool)
{
    const std::size_t n = std::min(samples, source.size());
    if (n == 0)
        throw EngineError("calibrating int8 activations needs at least one sample");
    const std::vector<std::string> ids = quantizedNodes(graph);
    std::map<std::string, float> before;
    for (const std::string& id : ids) {
        before[id] = graph.inputQuantization(id);
        graph.setInputQuantization(id, 0.0f);
    }
    std::map<std::string, float> largest;
    for (const std::string& id : ids)
        largest[id] = 0.0f;

    // Evenly spread over the part, not its first n: a part kept in class order (an
    // image folder) would otherwise calibrate on the first class or two only.
    std::vector<std::size_t> indices(n);
    for (std::size_t i = 0; i < n; ++i)
        indices[i] = i * source.size() / n;
    Tensor inputs, targets;
    ExecutionContext ctx;
    ctx.pool = &pool;
    ctx.training = false;
    try {
        for (std::size_t begin = 0; begin < n; begin += kBatch) {
            const std::size_t count = std::min(kBatch, n - begin);
            source.fillBatch(std::span<const std::size_t>(indices).subspan(begin, count), inputs, targets);
            graph.forward(inputs, ctx);
            for (const std::string& id : ids) {
                const Tensor& read = graph.nodeOutput(graph.nodeInputIds(id).front());
                if (!read.allFinite())
                    throw EngineError("node '" + id + "' reads a value that is not finite while calibrating");
                const float m = read.empty() ? 0.0f : read.array().abs().maxCoeff();
                largest[id] = std::max(largest[id], m);
            }
        }
    } catch (...) {
        for (const auto& [id, scale] : before)
            graph.setInputQuantization(id, scale);
        throw;
    }
    for (const auto& [id, scale] : before)
        graph.setInputQuantization(id, scale);

    std::map<std::string, float> scales;
    for (const auto& [id, m] : largest)
        scales[id] = m > 0.0f ? m / 127.0f : 1.0f;
    return scales;
}

} // namespace nw
