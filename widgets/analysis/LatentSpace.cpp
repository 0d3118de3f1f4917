#include "LatentSpace.h"

#include "engine/BatchSource.h"
#include "engine/EngineError.h"
#include "io/GraphWeights.h"
#include "training/ProjectEvaluation.h"

#include <numeric>

namespace nw {

std::shared_ptr<LatentSpace> LatentSpace::capture(
    PreparedProject& project, const BatchSource& source, DataPart part, ThreadPool& pool)
{
    const Dataset& data = project.partData(part);
    if (!project.isValid() || !data.isReconstruction())
        return nullptr;
    Graph& graph = project.graph();
    const std::optional<Bottleneck> bottleneck = findBottleneck(graph);
    if (!bottleneck)
        return nullptr;
    std::shared_ptr<LatentSpace> space(new LatentSpace);
    space->m_bottleneck = *bottleneck;
    space->m_imageShape = graph.outputShape();
    if (shapeNumel(bottleneck->shape) != 2)
        return space; // named on the panel, no plane to draw

    // Every sample's code, batch by batch, in the source's order (the result's).
    constexpr std::size_t kBatch = 256;
    ExecutionContext ctx { .pool = &pool, .training = false };
    std::vector<std::size_t> all(source.size());
    std::iota(all.begin(), all.end(), std::size_t { 0 });
    Tensor inputs, targets;
    space->m_codes.reserve(source.size() * 2);
    for (std::size_t first = 0; first < all.size(); first += kBatch) {
        const std::span<const std::size_t> batch(all.data() + first, std::min(kBatch, all.size() - first));
        source.fillBatch(batch, inputs, targets);
        graph.forward(inputs, ctx);
        const Tensor& code = graph.nodeOutput(bottleneck->id);
        space->m_codes.insert(space->m_codes.end(), code.data(), code.data() + code.size());
    }
    for (std::size_t index : project.partIndices(part))
        space->m_classes.push_back(data.originalLabel(index));
    for (const std::string& name : data.originalClassNames())
        space->m_classNames.push_back(QString::fromStdString(name));

    // The decoder runs on a twin holding these weights, so the evaluated project can go.
    space->m_decoderProject = project.twin();
    if (!space->m_decoderProject)
        return space;
    QString error;
    if (!applyWeights(space->m_decoderProject->graph(), collectWeights(graph), &error))
        throw EngineError("the latent space's decoder could not take the weights: " + error.toStdString());
    space->m_decoder = std::make_unique<LatentDecoder>(space->m_decoderProject->graph(), bottleneck->id);
    space->m_loss = project.project().training.loss;
    return space;
}

std::vector<float> LatentSpace::decode(float x, float y) const
{
    if (!m_decoder)
        throw EngineError("this network's bottleneck does not have 2 values");
    const std::lock_guard lock(m_mutex);
    ThreadPool pool(1);
    Tensor out = m_decoder->decode(Tensor({ 1, 2 }, std::vector<float> { x, y }), pool);
    outputsToReconstruction(out, m_loss);
    return { out.data(), out.data() + out.size() };
}

} // namespace nw
