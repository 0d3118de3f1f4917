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
//
// Sequences of token ids (text, word lists, the sequence tasks) carry the
// Vocabulary their ids come from, and text datasets each sample's text as read,
// so panels show characters and words rather than numbers. Per-position
// classification (tagging: one class per token) keeps T labels per sample:
// targets are [n, T] class ids, and every position counts in class counts and
// confusion matrices.
#include "DataError.h"
#include "Vocabulary.h"
#include "engine/BatchSource.h"

#include <cstdint>
#include <memory>
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
    // Per-position classification over float features (token ids [T]): `labels`
    // holds `positions` class ids per sample, sample after sample.
    static Dataset perPosition(std::string name, Shape sampleShape, std::vector<float> features, int positions,
        std::vector<int> labels, std::vector<std::string> classNames);
    // Regression: `targets` holds size() * numel(targetShape) values.
    static Dataset regression(std::string name, Shape sampleShape, std::vector<float> features, Shape targetShape,
        std::vector<float> targets);

    // The same samples as an autoencoder's data (task=reconstruction): regression
    // whose target is each sample itself, taken from the stored features in
    // fillBatch (no second copy; Fashion-MNIST stays bytes). With noiseStd > 0 the
    // inputs, never the targets, get Gaussian noise of that standard deviation
    // (denoising): the same noise for a sample in every epoch and every subset,
    // drawn from (noiseSeed, the sample's index here), so runs and evaluations
    // repeat exactly on any thread count. A classification source keeps its labels
    // as originalLabel() (a latent space is coloured by them). Throws DataError for
    // token ids, per-position labels, or a noise level that is negative or not finite.
    static Dataset reconstruction(Dataset source, float noiseStd, std::uint64_t noiseSeed);

    const std::string& name() const { return m_name; }
    TaskKind task() const { return m_task; }

    std::size_t size() const override { return m_sampleCount; }
    Shape sampleShape() const override { return m_sampleShape; }
    // Empty for classification (targets are class ids); [T] for per-position labels.
    Shape targetShape() const override { return m_targetShape; }
    // inputs [n, sample...]; targets [n] class ids as float (classification),
    // [n, T] (per-position) or [n, target...] (regression). Reuses the tensors' storage; throws DataError for
    // an index out of range.
    void fillBatch(std::span<const std::size_t> indices, Tensor& inputs, Tensor& targets) const override;
    void fillBatchInParallel(
        std::span<const std::size_t> indices, ThreadPool* pool, Tensor& inputs, Tensor& targets) const override;

    bool isReconstruction() const { return m_reconstruction; }
    float noiseStd() const { return m_noiseStd; }
    // Reconstruction data: the class sample i had before it became its own target,
    // or -1 when the source had no classes; and the names of those classes.
    int originalLabel(std::size_t i) const;
    const std::vector<std::string>& originalClassNames() const { return m_originalClassNames; }

    // 0 for regression.
    int classCount() const { return static_cast<int>(m_classNames.size()); }
    const std::vector<std::string>& classNames() const { return m_classNames; }
    // Class id of sample i; throws DataError for regression, per-position labels or
    // an index out of range.
    int label(std::size_t i) const;
    // One class id per sample, or positionCount() per sample for per-position labels.
    const std::vector<int>& labels() const { return m_labels; }
    // Whether each sample has one class per position (tagging) instead of one class.
    bool hasPositionLabels() const { return m_task == TaskKind::Classification && !m_targetShape.empty(); }
    // T for per-position labels, 1 otherwise.
    int positionCount() const { return hasPositionLabels() ? m_targetShape[0] : 1; }
    // The class ids of sample i's positions (one id for per-sample labels).
    std::span<const int> positionLabels(std::size_t i) const;

    // What the ids of a token sequence stand for (null: the features are not
    // tokens). Throws DataError when the sample shape is not [T] or the vocabulary's
    // length differs from T.
    void setVocabulary(std::shared_ptr<const Vocabulary> vocabulary);
    const std::shared_ptr<const Vocabulary>& vocabulary() const { return m_vocabulary; }
    // New float features of the same shape for every sample (text encoded with another
    // vocabulary); labels, origins and texts stay. Throws DataError for a wrong count
    // or a value that is not finite.
    void replaceFeatures(std::vector<float> features);
    // Each sample's text as read (text datasets); throws DataError when the count differs.
    void setTexts(std::vector<std::string> texts);
    const std::vector<std::string>& texts() const { return m_texts; }
    bool hasTexts() const { return !m_texts.empty(); }
    // Whether the features are stored as bytes (images), which fillBatch() multiplies
    // by byteScale(); exports write them as they are stored.
    bool holdsBytes() const { return m_byteStorage; }
    float byteScale() const { return m_byteStorage ? m_scale : 1.0f; }
    // Byte images [C, H, W] only: fillBatch() hands out (value - mean[c]) / stddev[c]
    // for channel c after the byte scale (an images: spec's normalize, mean and std).
    // One value, or one per channel; stddev > 0. Throws DataError otherwise.
    void setChannelNormalization(std::vector<float> mean, std::vector<float> stddev);
    bool hasChannelNormalization() const { return !m_channelMean.empty(); }
    // One value per channel; empty without normalisation.
    const std::vector<float>& channelMean() const { return m_channelMean; }
    const std::vector<float>& channelStd() const { return m_channelStd; }
    // Byte images: each channel's mean and (population) standard deviation over these
    // samples, of the scaled values before normalisation. Throws DataError for other
    // data or no samples.
    void channelStatistics(
        std::span<const std::size_t> indices, std::vector<float>& mean, std::vector<float>& stddev) const;

    // Sample i's stored bytes (byte storage only; empty otherwise). Throws DataError
    // for an index out of range.
    std::span<const std::uint8_t> sampleBytes(std::size_t i) const;
    // Sample i's token ids (sample shape [T] only; empty otherwise).
    std::vector<float> tokenIds(std::size_t i) const;
    // What sample i shows as text: its text as read, else its tokens joined; empty
    // without a vocabulary.
    std::string sampleText(std::size_t i) const;

    // Every sample comes from `file`, with the index equal to its sample index
    // (any earlier per-sample origins are replaced).
    void setOriginFile(std::string file);
    // One origin per sample; throws DataError when the count differs from size().
    void setOrigins(std::vector<SampleOrigin> origins);
    SampleOrigin origin(std::size_t i) const;

    // The given samples, in the given order (repeats allowed). Keeps the storage
    // type and scale, class names and each sample's origin.
    Dataset subset(std::span<const std::size_t> indices) const;
    // Single-label classification only: new labels (one per sample) over new class
    // names, as a class selection (ClassSelection.h) renumbers the classes it keeps.
    // Throws DataError, changing nothing, when they do not fit.
    void relabel(std::vector<int> labels, std::vector<std::string> classNames);
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
    void prefetchSamples(std::span<const std::size_t> indices) const;
    // The inputs of `indices`, one sample after another from `in`.
    void fillInputs(std::span<const std::size_t> indices, float* in) const;

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
    std::vector<float> m_channelMean, m_channelStd; // per channel; empty: none

    std::vector<int> m_labels; // classification
    std::vector<std::string> m_classNames;
    std::vector<float> m_targets; // regression

    // Reconstruction (see reconstruction()): the target is the input.
    bool m_reconstruction = false;
    float m_noiseStd = 0.0f;
    std::uint64_t m_noiseSeed = 0;
    std::vector<std::uint64_t> m_noiseKeys; // per sample; empty: the sample index
    std::vector<int> m_originalLabels; // empty: the source had no classes
    std::vector<std::string> m_originalClassNames;

    std::shared_ptr<const Vocabulary> m_vocabulary; // token sequences
    std::vector<std::string> m_texts; // text datasets: one per sample

    // Origins, compact: distinct file names, each sample's file id (empty: all use
    // file 0) and index (empty: the sample index). Loaders with one file per
    // dataset then pay nothing per sample.
    std::vector<std::string> m_originFiles;
    std::vector<std::uint32_t> m_originFileIds;
    std::vector<long long> m_originIndices;
};

} // namespace nw
