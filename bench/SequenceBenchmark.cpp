#include "SequenceBenchmark.h"

#include "data/Dataset.h"
#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/Rng.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Add.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Embedding.h"
#include "engine/layers/LSTM.h"
#include "engine/layers/LayerNorm.h"
#include "engine/layers/MultiHeadAttention.h"
#include "engine/layers/PositionalEncoding.h"
#include "engine/layers/SequencePool.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"


namespace nw {

namespace {

constexpr int kEmbedding = 32;

Dataset tokenTask(int samples, std::uint64_t offset)
{
    std::vector<float> tokens(static_cast<std::size_t>(samples) * kSequenceSteps);
    std::vector<int> labels(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        int ones = 0;
        int twos = 0;
        for (int t = 0; t < kSequenceSteps; ++t) {
            const std::uint64_t h = splitMix64(offset + static_cast<std::uint64_t>(i) * kSequenceSteps + static_cast<std::uint64_t>(t));
            const int token = 1 + static_cast<int>(h % (kSequenceVocabulary - 1));
            tokens[static_cast<std::size_t>(i) * kSequenceSteps + static_cast<std::size_t>(t)] = static_cast<float>(token);
            ones += token == 1;
            twos += token == 2;
        }
        labels[static_cast<std::size_t>(i)] = ones > twos ? 0 : 1;
    }
    return Dataset::fromFloats("tokens", { kSequenceSteps }, std::move(tokens), std::move(labels), { "more 1s", "not more 1s" });
}

// Embedding(16, 32) - LSTM(64) - Dense(2), as torch_sequence_bench.py's "lstm".
Graph buildLstm()
{
    Graph g;
    g.addInput("ids", { kSequenceSteps });
    g.addNode("embed", std::make_unique<Embedding>(kSequenceVocabulary, kEmbedding), { "ids" });
    g.addNode("lstm", std::make_unique<LSTM>(64, false, false), { "embed" });
    g.addNode("out", std::make_unique<Dense>(2), { "lstm" });
    return g;
}

// Embedding(16, 32) - sinusoidal positions - 2 pre-norm encoder blocks (2 heads,
// feed-forward 128, GELU) - mean over steps - Dense(2), as torch's "transformer".
Graph buildTransformer()
{
    Graph g;
    g.addInput("ids", { kSequenceSteps });
    g.addNode("embed", std::make_unique<Embedding>(kSequenceVocabulary, kEmbedding), { "ids" });
    g.addNode("pos", std::make_unique<PositionalEncoding>(PositionalEncodingKind::Sinusoidal, kSequenceSteps), { "embed" });
    std::string x = "pos";
    for (int b = 1; b <= 2; ++b) {
        const std::string p = "b" + std::to_string(b) + ".";
        g.addNode(p + "ln1", std::make_unique<LayerNorm>(), { x });
        g.addNode(p + "attn", std::make_unique<MultiHeadAttention>(2, false, 0.0f), { p + "ln1" });
        g.addNode(p + "add1", std::make_unique<Add>(), { p + "attn", x });
        g.addNode(p + "ln2", std::make_unique<LayerNorm>(), { p + "add1" });
        g.addNode(p + "ff1", std::make_unique<Dense>(4 * kEmbedding), { p + "ln2" });
        g.addNode(p + "gelu", std::make_unique<Activation>(ActivationKind::GELU), { p + "ff1" });
        g.addNode(p + "ff2", std::make_unique<Dense>(kEmbedding), { p + "gelu" });
        g.addNode(p + "add2", std::make_unique<Add>(), { p + "ff2", p + "add1" });
        x = p + "add2";
    }
    g.addNode("pool", std::make_unique<SequencePool>(SequencePoolMode::Mean), { x });
    g.addNode("out", std::make_unique<Dense>(2), { "pool" });
    return g;
}

} // namespace

BenchmarkResult runSequenceBenchmark(const BenchmarkSettings& settings)
{
    const bool lstm = settings.model == "lstm";
    if (!lstm && settings.model != "transformer")
        throw EngineError("unknown sequence benchmark model '" + settings.model + "': use lstm or transformer");
    if (settings.epochs < 1)
        throw EngineError("the benchmark needs at least one epoch");
    const std::uint64_t base = settings.seed << 32;
    const Dataset train = tokenTask(kSequenceTrainSamples, base);
    const Dataset test = tokenTask(kSequenceTestSamples, base + (1ull << 31));

    Graph graph = lstm ? buildLstm() : buildTransformer();
    const GraphReport report = graph.compile();
    if (!report.ok())
        throw EngineError(report.summary());
    graph.initialize(settings.seed);

    OptimizerSettings optimizer;
    optimizer.name = "adam";
    ScheduleSettings schedule;
    schedule.learningRate = lstm ? 3e-3f : 1e-3f;
    return trainAndMeasure(graph, train, test, optimizer, schedule, settings);
}

} // namespace nw
