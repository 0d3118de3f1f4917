#pragma once
// The engine benchmark of DESIGN.md / issue "spine and engine": one epoch of
// Fashion-MNIST training for a reference MLP and a reference CNN, then test
// accuracy. The same models run in bench/torch_bench.py, so the two engines can
// be compared side by side in one session. Used by the netwright_bench target and
// by `netwright-cli bench`.
#include "data/AugmentationSettings.h"

#include <cstdint>
#include <string>

namespace nw {

class Dataset;
class Graph;
struct OptimizerSettings;
struct ScheduleSettings;

struct BenchmarkSettings {
    std::string model = "mlp"; // "mlp" or "cnn"
    int epochs = 1;
    int threads = 0; // 0: all cores
    std::uint64_t seed = 1;
    std::string dataDirectory; // empty: fashionMnistDirectory()
    // Training images varied as a project's dataset.augmentation does (all off: none).
    AugmentationSettings augmentation;
};

struct BenchmarkResult {
    std::string model;
    int threads = 0;
    int epochs = 0;
    double trainSeconds = 0.0;
    double samplesPerSecond = 0.0;
    float testAccuracy = 0.0f;
    float finalTrainLoss = 0.0f;
    double peakMemoryMb = 0.0; // process peak resident set so far
};

// Throws DataError when the dataset is missing or broken, EngineError on bad settings.
BenchmarkResult runFashionBenchmark(const BenchmarkSettings& settings);

struct InferenceResult {
    std::string model;
    int threads = 0;
    int batchSize = 0;
    double samplesPerSecond = 0.0;
};

// Forward passes only, as the window's evaluation and `predict` run them: the 10,000
// test images in batches of `batchSize` (uint8 to float included), one untimed pass
// and then `passes` timed ones, with freshly initialised weights (the speed does not
// depend on their values). 20 passes time the MLP for about 0.3 s: five (80 ms) fell
// inside the ~0.1 s that OpenBLAS, loaded by OpenCV, spends yield-spinning its idle
// threads after the process starts, and single runs swung by a third.
InferenceResult runFashionInference(const BenchmarkSettings& settings, int batchSize = 256, int passes = 20);

// Floating-point operations of one sample's training step (forward, and backward
// products for weight and input gradients, except the input gradient of a layer fed
// by the data), or of its forward pass alone: 2 per multiply-add of the matrix
// products (dense, convolution, recurrent, attention); elementwise work not counted.
// mlp 0.82 MFLOP, cnn 1.63, lstm 4.72, transformer 5.51 per training sample.
double trainingFlopsPerSample(const std::string& model);
double forwardFlopsPerSample(const std::string& model);

// What every benchmark does once its graph and data are ready: trains the compiled,
// initialised graph on `train` (softmax cross-entropy, batch 64, the settings'
// epochs, threads and seed), timing the epochs only, then evaluates on `test`.
// Throws EngineError when training diverges.
BenchmarkResult trainAndMeasure(Graph& graph, const Dataset& train, const Dataset& test,
    const OptimizerSettings& optimizer, const ScheduleSettings& schedule, const BenchmarkSettings& settings);

// Peak resident set size of this process in MiB (VmHWM), 0 when unknown.
double peakResidentMemoryMb();

} // namespace nw
