#include "ProjectExplainContext.h"

#include "PreparedProject.h"
#include "data/DataKind.h"
#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "engine/BatchSource.h"

#include <algorithm>
#include <numeric>

namespace nw {

namespace {

std::vector<std::string> featureNamesOf(const PreparedProject& project)
{
    try {
        const DataSpec spec = parseDataSpec(project.project().dataset.spec.toStdString());
        if (standardizeFeaturesByDefault(spec))
            return tabularReport(spec, project.directory().toStdString()).featureNames;
        if (const DataKind* kind = DataKind::find(spec.kind))
            return kind->featureNames;
    } catch (const std::exception&) {
        // No names: the methods number the features instead.
    }
    return {};
}

} // namespace

ExplainContext projectExplainContext(const PreparedProject& project)
{
    ExplainContext context;
    if (!project.hasData())
        return context;
    context.featureNames = featureNamesOf(project);
    const Dataset& data = project.partData(DataPart::Train);
    const std::vector<std::size_t> indices = project.partIndices(DataPart::Train);
    if (indices.empty())
        return context;
    const Shape sample = data.sampleShape();
    context.trainingMean = Tensor(sample);
    const std::size_t size = context.trainingMean.size();

    // The mean over the whole split, in split order and in double.
    std::vector<double> sum(size, 0.0);
    constexpr std::size_t kChunk = 256;
    const std::size_t rows = std::min<std::size_t>(indices.size(), kExplainBackgroundRows);
    Shape backgroundShape{ static_cast<int>(rows) };
    backgroundShape.insert(backgroundShape.end(), sample.begin(), sample.end());
    context.trainingSamples = Tensor(backgroundShape);
    Tensor batch;
    Tensor targets;
    for (std::size_t first = 0; first < indices.size(); first += kChunk) {
        const std::size_t count = std::min(kChunk, indices.size() - first);
        data.fillBatch(std::span<const std::size_t>(indices.data() + first, count), batch, targets);
        for (std::size_t i = 0; i < count; ++i) {
            const float* row = batch.data() + i * size;
            for (std::size_t k = 0; k < size; ++k)
                sum[k] += row[k];
            // Background rows spread evenly over the split, not its first few.
            const std::size_t at = first + i;
            if (rows && at * rows / indices.size() != (at + 1) * rows / indices.size())
                std::copy(row, row + size, context.trainingSamples.data() + (at * rows / indices.size()) * size);
        }
    }
    for (std::size_t k = 0; k < size; ++k)
        context.trainingMean[k] = static_cast<float>(sum[k] / static_cast<double>(indices.size()));
    return context;
}

} // namespace nw
