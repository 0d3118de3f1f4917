#include "NpyDataset.h"

#include "NpyFile.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <filesystem>

namespace nw {

namespace {

constexpr int kMaxClasses = 65536; // a larger id is surely not a class id

// Values of a target array as floats, whatever its storage.
std::vector<float> valuesOf(NpyArray& a)
{
    if (!a.holdsBytes())
        return std::move(a.floats);
    return std::vector<float>(a.bytes.begin(), a.bytes.end());
}

// Dataset's own checks (non-finite values) name the dataset; add the file.
template <typename F> Dataset inFile(const std::string& path, F&& make)
{
    try {
        return make();
    } catch (const DataError& e) {
        throw DataError(path + ": " + e.what());
    }
}

} // namespace

Dataset loadNpyDataset(const std::string& featuresPath, const std::string& targetsPath, std::optional<TaskKind> task)
{
    NpyArray features = readNpyFile(featuresPath);
    NpyArray targets = readNpyFile(targetsPath);

    if (features.shape.empty() || features.shape[0] == 0)
        throw DataError(featuresPath + ": holds no samples (the features need shape [N, ...] with N > 0)");
    if (targets.shape.empty())
        throw DataError(targetsPath + ": the targets need shape [N] or [N, ...], the file holds a single value");
    const std::size_t n = features.shape[0];
    if (targets.shape[0] != n)
        throw DataError(targetsPath + ": holds " + std::to_string(targets.shape[0]) + " targets but " + featuresPath
            + " holds " + std::to_string(n) + " samples");

    Shape sampleShape;
    for (std::size_t i = 1; i < features.shape.size(); ++i) {
        if (features.shape[i] == 0 || features.shape[i] > static_cast<std::size_t>(INT_MAX))
            throw DataError(featuresPath + ": a sample dimension of the shape is 0 or too large");
        sampleShape.push_back(static_cast<int>(features.shape[i]));
    }
    if (sampleShape.empty())
        sampleShape.push_back(1);
    Shape targetShape;
    for (std::size_t i = 1; i < targets.shape.size(); ++i) {
        if (targets.shape[i] == 0 || targets.shape[i] > static_cast<std::size_t>(INT_MAX))
            throw DataError(targetsPath + ": a target dimension of the shape is 0 or too large");
        targetShape.push_back(static_cast<int>(targets.shape[i]));
    }
    if (targetShape.empty())
        targetShape.push_back(1);

    const TaskKind kind = task.value_or(targets.holdsIntegers() ? TaskKind::Classification : TaskKind::Regression);
    const std::string name = std::filesystem::path(featuresPath).stem().string();
    const float byteScale = features.type == NpyType::UInt8 ? 1.0f / 255.0f : 1.0f;
    std::vector<float> targetValues = valuesOf(targets);

    Dataset dataset = [&] {
        if (kind == TaskKind::Regression) {
            std::vector<float> x
                = features.holdsBytes() ? std::vector<float>(features.bytes.size()) : std::move(features.floats);
            for (std::size_t i = 0; features.holdsBytes() && i < x.size(); ++i)
                x[i] = static_cast<float>(features.bytes[i]) * byteScale;
            return inFile(featuresPath, [&] {
                return Dataset::regression(name, sampleShape, std::move(x), targetShape, std::move(targetValues));
            });
        }
        if (targetShape != Shape { 1 })
            throw DataError(targetsPath + ": classification targets must have shape [N], the file holds ["
                + std::to_string(n) + ", " + shapeToString(targetShape) + "]");
        std::vector<int> labels(n);
        int classes = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const float v = targetValues[i];
            if (!(v >= 0.0f) || v >= static_cast<float>(kMaxClasses) || v != std::floor(v))
                throw DataError(targetsPath + ": target " + std::to_string(v) + " of sample " + std::to_string(i)
                    + " is not a class id (a whole number 0.." + std::to_string(kMaxClasses - 1) + ")");
            labels[i] = static_cast<int>(v);
            classes = std::max(classes, labels[i] + 1);
        }
        std::vector<std::string> classNames;
        for (int c = 0; c < classes; ++c)
            classNames.push_back(std::to_string(c));
        return inFile(featuresPath, [&] {
            if (features.holdsBytes())
                return Dataset::fromBytes(
                    name, sampleShape, std::move(features.bytes), byteScale, std::move(labels), std::move(classNames));
            return Dataset::fromFloats(
                name, sampleShape, std::move(features.floats), std::move(labels), std::move(classNames));
        });
    }();
    dataset.setOriginFile(featuresPath);
    return dataset;
}

} // namespace nw
