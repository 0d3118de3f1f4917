#pragma once
// A labelled dataset held in memory: what every loader (IDX, CSV, image folders,
// toy generators) produces and what the trainer, the metrics panels and the CLI
// consume. It is a BatchSource, so the trainer reads it by sample index.
//
// Storage stays compact: images are kept as uint8 and multiplied by `scale` only
// when a batch is assembled (60,000 Fashion-MNIST images are 47 MB as bytes, 188 MB
// as floats). Every sample remembers where it came from (file and row/index), so a
// confusion-matrix cell can name the files of its misclassified samples.
//
// A Dataset is a plain value (copyable, movable); subset() copies the selected
// samples. All factories validate their input and throw DataError naming the
// dataset and the problem; a constructed Dataset is always consistent, so
// fillBatch() only has to check the indices it is given.
#include "DataError.h"
#include "engine/BatchSource.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nw {

enum class TaskKind { Classification, Regression };

// File and row/index a sample came from; `file` is empty for generated data.
struct SampleOrigin {
    std::string file;
    long long index = 0;
};

class Dataset final : public BatchSource {
public:
    // Classification over byte features, multiplied by `scale` in fillBatch()
    // (images: 1/255).
    static Dataset fromBytes(std::string name, Shape sampleShape, std::vector<std::uint8_t> features, float scale,
        std::vector<int> labels, std::vector<std::string> classNames);
    // Classification over float features.
    static Dataset fromFloats(std::string name, Shape sampleShape, std::vector<float> features, std::vector<int> labels,
        std::vector<std::string> classNames);
    // Regression: `targets` holds size() * numel(targetShape) values.
    static Dataset regression(std::string name, Shape sampleShape, std::vector<float> features, Shape targetShape,
        std::vector<float> targets);

    const std::string& name() const { return m_name; }
    TaskKind task() const { return m_task; }

    std::size_t size() const override { return m_sampleCount; }
    Shape sampleShape() const override { return m_sampleShape; }
    // Empty for classification (targets are class ids).
    Shape targetShape() const override { return m_targetShape; }
    // inputs [n, sample...]; targets [n] class ids as float (classification) or
    // [n, target...] (regression). Reuses the tensors' storage; throws DataError for
    // an index out of range.
    void fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const override;

    // 0 for regression.
    int classCount() const { return static_cast<int>(m_classNames.size()); }
    const std::vector<std::string>& classNames() const { return m_classNames; }
    // Class id of sample i; throws DataError for regression or an index out of range.
    int label(std::size_t i) const;
    const std::vector<int>& labels() const { return m_labels; }

    // Every sample comes from `file`, with the index equal to its sample index
    // (any earlier per-sample origins are replaced).
    void setOriginFile(std::string file);
    // One origin per sample; throws DataError when the count differs from size().
    void setOrigins(std::vector<SampleOrigin> origins);
    SampleOrigin origin(std::size_t i) const;

    // The given samples, in the given order (repeats allowed). Keeps the storage
    // type and scale, class names and each sample's origin.
    Dataset subset(std::span<const std::size_t> indices) const;
    // Samples per class over all samples, or over `indices` (repeats counted). Two
    // overloads rather than "all when empty": an empty validation part must count
    // as zero samples, not as the whole dataset. Empty for regression.
    std::vector<std::size_t> classCounts() const;
    std::vector<std::size_t> classCounts(std::span<const std::size_t> indices) const;

private:
    Dataset() = default;
    void validate() const;
    [[noreturn]] void fail(const std::string& problem) const;
    void checkIndex(std::size_t i) const;

    std::string m_name;
    TaskKind m_task = TaskKind::Classification;
    Shape m_sampleShape;
    Shape m_targetShape;
    std::size_t m_sampleCount = 0;

    // Exactly one of the two feature stores is used.
    bool m_byteStorage = false;
    std::vector<std::uint8_t> m_bytes;
    float m_scale = 1.0f;
    std::vector<float> m_floats;

    std::vector<int> m_labels; // classification
    std::vector<std::string> m_classNames;
    std::vector<float> m_targets; // regression

    // Origins, compact: distinct file names, each sample's file id (empty: all use
    // file 0) and index (empty: the sample index). Loaders with one file per
    // dataset then pay nothing per sample.
    std::vector<std::string> m_originFiles;
    std::vector<std::uint32_t> m_originFileIds;
    std::vector<long long> m_originIndices;
};

} // namespace nw
