#include "FashionBenchmark.h"

#include "data/AugmentedBatchSource.h"
#include "data/IdxDataset.h"
#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/Predictor.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/TrainingEndText.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"

#include <chrono>
#include <fstream>
#include <optional>
#include <sstream>

namespace nw {

namespace {

// 784-256(ReLU)-10, as bench/torch_bench.py's "mlp".
Graph buildMlp()
{
    Graph g;
    g.addInput("image", {1, 28, 28});
    g.addNode("flatten", std::make_unique<Flatten>(), {"image"});
    g.addNode("fc1", std::make_unique<Dense>(256), {"flatten"});
    g.addNode("relu1", std::make_unique<Activation>(ActivationKind::ReLU), {"fc1"});
    g.addNode("fc2", std::make_unique<Dense>(10), {"relu1"});
    return g;
}

// conv3x3x8-ReLU-maxpool2-conv3x3x16-ReLU-maxpool2-dense10, as torch_bench.py's "cnn".
Graph buildCnn()
{
    Graph g;
    g.addInput("image", {1, 28, 28});
    g.addNode("conv1", std::make_unique<Conv2D>(8, 3, 1, 1), {"image"});
    g.addNode("relu1", std::make_unique<Activation>(ActivationKind::ReLU), {"conv1"});
    g.addNode("pool1", std::make_unique<MaxPool2D>(2), {"relu1"});
    g.addNode("conv2", std::make_unique<Conv2D>(16, 3, 1, 1), {"pool1"});
    g.addNode("relu2", std::make_unique<Activation>(ActivationKind::ReLU), {"conv2"});
    g.addNode("pool2", std::make_unique<MaxPool2D>(2), {"relu2"});
    g.addNode("flatten", std::make_unique<Flatten>(), {"pool2"});
    g.addNode("fc", std::make_unique<Dense>(10), {"flatten"});
    return g;
}

} // namespace

BenchmarkResult trainAndMeasure(Graph& graph, const Dataset& train, const Dataset& test,
    const OptimizerSettings& optimizer, const ScheduleSettings& schedule, const BenchmarkSettings& settings)
{
    auto opt = makeOptimizer(optimizer);
    LearningRateSchedule lr(schedule);
    SoftmaxCrossEntropy loss;
    ThreadPool pool(settings.threads);
    TrainerSettings trainerSettings;
    trainerSettings.epochs = settings.epochs;
    trainerSettings.batchSize = 64;
    trainerSettings.seed = settings.seed;
    Trainer trainer(graph, loss, *opt, lr, pool, trainerSettings);

    const auto start = std::chrono::steady_clock::now();
    // Augmented batches are assembled inside the timed epoch, as in a project's training.
    std::optional<AugmentedBatchSource> augmented;
    if (settings.augmentation.isActive())
        augmented.emplace(train, settings.augmentation, settings.seed,
            AugmentedBatchSource::Options { PixelRange { 0.0f, 255.0f * train.byteScale() }, false });
    const TrainingResult trained = augmented ? trainer.fit(*augmented) : trainer.fit(train);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (trained.status == TrainingStatus::Diverged)
        throw EngineError(describeTrainingEnd(trained));

    BenchmarkResult result;
    result.model = settings.model;
    result.threads = pool.threadCount();
    result.epochs = settings.epochs;
    result.trainSeconds = seconds;
    result.samplesPerSecond = static_cast<double>(train.size()) * settings.epochs / seconds;
    result.finalTrainLoss = trained.history.empty() ? 0.0f : trained.history.back().trainLoss;
    result.testAccuracy = trainer.evaluate(test).accuracy;
    result.peakMemoryMb = peakResidentMemoryMb();
    return result;
}

double peakResidentMemoryMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream s(line.substr(6));
            double kb = 0;
            s >> kb;
            return kb / 1024.0;
        }
    return 0.0;
}

namespace {

// Multiply-adds of each model's matrix products per sample in the forward pass, and
// those of the first layer (whose input gradient training never computes).
struct ProductWork {
    double forward;
    double firstLayer;
};

ProductWork productWork(const std::string& model)
{
    if (model == "mlp") // 784x256, 256x10
        return { 784.0 * 256 + 256.0 * 10, 784.0 * 256 };
    if (model == "cnn") { // conv 1->8 on 28x28, conv 8->16 on 14x14 (3x3 taps), 784x10
        const double conv1 = 28.0 * 28 * 8 * 9;
        return { conv1 + 14.0 * 14 * 16 * 72 + 784.0 * 10, conv1 };
    }
    if (model == "lstm") // 32 steps of 4 gates x 64 units over input 32 + hidden 64; 64x2
        return { 32.0 * 4 * 64 * (32 + 64) + 64.0 * 2, 0.0 }; // the embedding below needs dX
    if (model == "transformer") { // 2 blocks on 32 steps of width 32: QKV, scores, weighted V, out, 32-128-32
        const double t = 32, d = 32;
        return { 2 * (3 * t * d * d + t * t * d + t * t * d + t * d * d + 2 * t * d * 4 * d) + d * 2, 0.0 };
    }
    throw EngineError("no operation count for model '" + model + "'");
}

} // namespace

double trainingFlopsPerSample(const std::string& model)
{
    const ProductWork w = productWork(model);
    return 2.0 * (3.0 * w.forward - w.firstLayer);
}

double forwardFlopsPerSample(const std::string& model)
{
    return 2.0 * productWork(model).forward;
}

namespace {

// "train" or "t10k" of Fashion-MNIST, from the settings' folder or the system's.
Dataset loadFashionSplit(const BenchmarkSettings& settings, const std::string& split)
{
    const std::string dir = settings.dataDirectory.empty() ? fashionMnistDirectory() : settings.dataDirectory;
    return loadIdxDataset(dir + "/" + split + "-images-idx3-ubyte.gz", dir + "/" + split + "-labels-idx1-ubyte.gz",
        fashionMnistClassNames());
}

// The settings' model (mlp or cnn), compiled and initialised from the settings' seed.
Graph buildFashionModel(const BenchmarkSettings& settings)
{
    const bool mlp = settings.model == "mlp";
    if (!mlp && settings.model != "cnn")
        throw EngineError("unknown benchmark model '" + settings.model + "': use mlp or cnn");
    Graph graph = mlp ? buildMlp() : buildCnn();
    const GraphReport report = graph.compile();
    if (!report.ok())
        throw EngineError(report.summary());
    graph.initialize(settings.seed);
    return graph;
}

} // namespace

InferenceResult runFashionInference(const BenchmarkSettings& settings, int batchSize, int passes)
{
    Graph graph = buildFashionModel(settings);
    const Dataset test = loadFashionSplit(settings, "t10k");
    ThreadPool pool(settings.threads);
    predictAll(graph, test, pool, batchSize); // warm-up: buffers sized, caches filled
    const auto start = std::chrono::steady_clock::now();
    for (int pass = 0; pass < passes; ++pass)
        predictAll(graph, test, pool, batchSize);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return { settings.model, pool.threadCount(), batchSize, static_cast<double>(test.size()) * passes / seconds };
}

BenchmarkResult runFashionBenchmark(const BenchmarkSettings& settings)
{
    if (settings.epochs < 1)
        throw EngineError("the benchmark needs at least one epoch");
    Graph graph = buildFashionModel(settings);
    const bool mlp = settings.model == "mlp";
    const Dataset train = loadFashionSplit(settings, "train");
    const Dataset test = loadFashionSplit(settings, "t10k");

    OptimizerSettings optimizer;
    ScheduleSettings schedule;
    if (mlp) {
        optimizer.name = "sgd";
        optimizer.momentum = 0.9f;
        schedule.learningRate = 0.1f;
    } else {
        optimizer.name = "adam";
        schedule.learningRate = 1e-3f;
    }
    return trainAndMeasure(graph, train, test, optimizer, schedule, settings);
}

} // namespace nw
