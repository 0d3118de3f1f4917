#include "Trainer.h"

#include "BatchSource.h"
#include "EngineError.h"
#include "Graph.h"
#include "Rng.h"
#include "Shuffle.h"
#include "ThreadPool.h"
#include "TrainingControl.h"
#include "WeightPenalties.h"
#include "losses/Loss.h"
#include "optim/GradientClipping.h"
#include "optim/LearningRateSchedule.h"
#include "optim/Optimizer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace nw {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

Trainer::Trainer(Graph& graph, const Loss& loss, Optimizer& optimizer, const LearningRateSchedule& schedule,
                 ThreadPool& pool, TrainerSettings settings)
    : m_graph(graph)
    , m_loss(loss)
    , m_optimizer(optimizer)
    , m_schedule(schedule)
    , m_pool(pool)
    , m_settings(settings)
{
    if (!m_graph.isCompiled())
        throw EngineError("the network must compile before training");
    if (m_settings.batchSize < 1)
        throw EngineError("batch size must be at least 1, got " + std::to_string(m_settings.batchSize));
    if (m_settings.epochs < 0)
        throw EngineError("epochs must not be negative, got " + std::to_string(m_settings.epochs));
    if (!(m_settings.validationFraction >= 0.0f && m_settings.validationFraction < 1.0f))
        throw EngineError("the validation fraction must be in [0, 1), got "
                          + std::to_string(m_settings.validationFraction));
    m_ctx.pool = &m_pool;
}

float Trainer::applyPenalties(bool addGradients)
{
    return applyWeightPenalties(m_graph, addGradients);
}

void Trainer::snapshotWeights(std::vector<Tensor>& into)
{
    const auto params = m_graph.namedParameters();
    into.resize(params.size());
    for (std::size_t i = 0; i < params.size(); ++i)
        into[i].copyFrom(params[i].param->value);
}

void Trainer::restoreWeights(const std::vector<Tensor>& from)
{
    const auto params = m_graph.namedParameters();
    for (std::size_t i = 0; i < params.size() && i < from.size(); ++i)
        params[i].param->value.copyFrom(from[i]);
}

Evaluation Trainer::evaluate(const BatchSource& source, std::span<const std::size_t> indices)
{
    std::vector<std::size_t> all;
    if (indices.empty()) {
        all.resize(source.size());
        std::iota(all.begin(), all.end(), std::size_t{0});
        indices = all;
    }
    Evaluation result;
    ExecutionContext ctx = m_ctx;
    ctx.training = false;
    // Larger batches than training: no gradients are kept, so memory is not the limit.
    const std::size_t batch = std::max<std::size_t>(static_cast<std::size_t>(m_settings.batchSize), 256);
    double lossSum = 0.0;
    std::size_t correct = 0, total = 0;
    bool hasAccuracy = false;
    Tensor inputs, targets, grad;
    for (std::size_t start = 0; start < indices.size(); start += batch) {
        const auto chunk = indices.subspan(start, std::min(batch, indices.size() - start));
        source.fillBatchInParallel(chunk, &m_pool, inputs, targets);
        const Tensor& out = m_graph.forward(inputs, ctx);
        ctx.weightsUnchangedSinceLastForward = true; // evaluation's batches share one set of weights
        lossSum += static_cast<double>(m_loss.compute(out, targets, grad)) * static_cast<double>(chunk.size());
        std::size_t c = 0, t = 0;
        if (m_loss.countCorrect(out, targets, c, t)) {
            hasAccuracy = true;
            correct += c;
            total += t;
        }
    }
    result.samples = indices.size();
    result.loss = indices.empty() ? 0.0f : static_cast<float>(lossSum / static_cast<double>(indices.size()));
    result.accuracy = hasAccuracy && total ? static_cast<float>(static_cast<double>(correct) / total) : -1.0f;
    return result;
}

TrainingResult Trainer::fit(const BatchSource& train, const BatchSource* validation, const TrainerCallbacks& callbacks,
                            TrainingControl* control)
{
    TrainingResult result;
    if (train.sampleShape() != m_graph.inputShape())
        throw EngineError("the data has samples of " + shapeToString(train.sampleShape()) + " but the network input '"
                          + m_graph.inputIds().front() + "' expects " + shapeToString(m_graph.inputShape()));

    // Sample order and validation split both come from the seed alone.
    Rng orderRng(m_settings.seed ^ 0x5EEDF00Dull);
    std::vector<std::size_t> trainIndices(train.size());
    std::iota(trainIndices.begin(), trainIndices.end(), std::size_t{0});
    std::vector<std::size_t> validationIndices;
    const BatchSource* validationSource = validation;
    if (!validation && m_settings.validationFraction > 0.0f) {
        fisherYatesShuffle(trainIndices, orderRng);
        const auto held = static_cast<std::size_t>(std::llround(m_settings.validationFraction * train.size()));
        validationIndices.assign(trainIndices.end() - static_cast<std::ptrdiff_t>(held), trainIndices.end());
        trainIndices.resize(trainIndices.size() - held);
        std::sort(trainIndices.begin(), trainIndices.end());
        validationSource = &train;
    }
    if (trainIndices.empty())
        throw EngineError("there are no training samples");

    const auto params = m_graph.namedParameters(true);
    const std::size_t batchSize = static_cast<std::size_t>(m_settings.batchSize);
    const int batchesPerEpoch = static_cast<int>((trainIndices.size() + batchSize - 1) / batchSize);
    EarlyStopping earlyStopping(m_settings.earlyStopping);
    std::vector<Tensor> lastGood, best;
    const auto fitStart = Clock::now();
    long long samplesSeen = 0;
    bool stopped = false;

    const std::vector<std::size_t> baseOrder = trainIndices;
    const int endEpoch = m_settings.startEpoch + m_settings.epochs;
    m_graph.applyWeightMasks(); // the run may start from weights drawn after pruning
    for (int epoch = m_settings.startEpoch; epoch < endEpoch && !stopped; ++epoch) {
        const auto epochStart = Clock::now();
        // Each epoch's order depends on (seed, epoch) alone, so a resumed run sees
        // the same batches as one that never stopped.
        if (m_settings.shuffle) {
            trainIndices = baseOrder;
            Rng epochRng(splitMix64(m_settings.seed ^ 0x5EEDF00Dull) + static_cast<std::uint64_t>(epoch));
            fisherYatesShuffle(trainIndices, epochRng);
        }
        snapshotWeights(lastGood);

        double lossSum = 0.0;
        std::size_t correctSum = 0, totalSum = 0, samplesThisEpoch = 0;
        bool hasAccuracy = false;
        float learningRate = 0.0f;
        for (int b = 0; b < batchesPerEpoch; ++b) {
            if (control && !control->waitForPermission()) {
                stopped = true;
                result.status = TrainingStatus::Stopped;
                result.stopEpoch = epoch + 1;
                result.stopBatch = b + 1;
                break;
            }
            const std::size_t begin = static_cast<std::size_t>(b) * batchSize;
            const auto indices = std::span<const std::size_t>(trainIndices).subspan(
                begin, std::min(batchSize, trainIndices.size() - begin));
            train.fillTrainingBatch(indices, TrainingBatchContext { epoch, &m_pool }, m_inputs, m_targets);

            learningRate = m_schedule.learningRate(epoch, static_cast<double>(b + 1) / batchesPerEpoch);
            m_ctx.training = true;
            m_ctx.step = static_cast<std::uint64_t>(epoch) * static_cast<std::uint64_t>(batchesPerEpoch)
                + static_cast<std::uint64_t>(b) + 1;
            const Tensor& out = m_graph.forward(m_inputs, m_ctx);
            float loss = m_loss.compute(out, m_targets, m_outputGrad);
            std::size_t correct = 0, total = 0;
            const bool batchHasAccuracy = m_loss.countCorrect(out, m_targets, correct, total);

            const auto diverge = [&](DivergenceCause cause) {
                result.status = TrainingStatus::Diverged;
                result.stopEpoch = epoch + 1;
                result.stopBatch = b + 1;
                result.divergence = cause;
                result.divergedLoss = loss;
                result.learningRate = learningRate;
                stopped = true;
            };
            if (!std::isfinite(loss)) {
                diverge(DivergenceCause::Loss);
                break;
            }
            m_graph.backward(m_outputGrad, m_ctx);
            loss += applyPenalties(true);
            m_graph.maskGradients(); // pruned weights do not count in the clipping norm
            const float gradientNorm = clipGradientNorm(params, m_settings.gradientClipNorm, m_pool);
            if (!std::isfinite(gradientNorm) || !std::isfinite(loss)) {
                diverge(DivergenceCause::Gradients);
                break;
            }
            m_optimizer.step(params, learningRate, m_pool);
            m_graph.applyWeightMasks(); // a pruned network stays pruned

            samplesSeen += static_cast<long long>(indices.size());
            samplesThisEpoch += indices.size();
            lossSum += static_cast<double>(loss) * static_cast<double>(indices.size());
            if (batchHasAccuracy) {
                hasAccuracy = true;
                correctSum += correct;
                totalSum += total;
            }
            if (callbacks.onBatch) {
                BatchReport r;
                r.epoch = epoch;
                r.batch = b;
                r.batchesPerEpoch = batchesPerEpoch;
                r.loss = loss;
                r.accuracy = batchHasAccuracy && total ? static_cast<float>(static_cast<double>(correct) / total) : -1.0f;
                r.learningRate = learningRate;
                r.gradientNorm = gradientNorm;
                r.samplesSeen = samplesSeen;
                r.elapsedSeconds = secondsSince(fitStart);
                callbacks.onBatch(r);
            }
        }

        if (result.status == TrainingStatus::Diverged) {
            // Weights after the last finite step are kept unless they are already broken.
            bool finite = true;
            for (const auto& p : m_graph.namedParameters())
                finite = finite && p.param->value.allFinite();
            if (!finite)
                restoreWeights(lastGood);
            break;
        }
        if (stopped)
            break;

        EpochReport report;
        report.epoch = epoch;
        report.trainLoss = static_cast<float>(lossSum / static_cast<double>(samplesThisEpoch));
        report.trainAccuracy = hasAccuracy && totalSum ? static_cast<float>(static_cast<double>(correctSum) / totalSum) : -1.0f;
        report.learningRate = learningRate;
        if (validationSource && (validation || !validationIndices.empty())) {
            const Evaluation v = evaluate(*validationSource, validationIndices);
            report.hasValidation = true;
            report.validationLoss = v.loss;
            report.validationAccuracy = v.accuracy;
        }
        report.seconds = secondsSince(epochStart);
        report.samplesPerSecond = report.seconds > 0 ? samplesThisEpoch / report.seconds : 0.0;
        const float monitored = report.hasValidation ? report.validationLoss : report.trainLoss;
        report.improved = earlyStopping.update(epoch, monitored);
        if (report.improved && m_settings.earlyStopping.enabled && m_settings.earlyStopping.restoreBestWeights)
            snapshotWeights(best);
        result.history.push_back(report);
        result.epochsCompleted = epoch + 1 - m_settings.startEpoch;
        if (callbacks.onEpoch)
            callbacks.onEpoch(report);
        if (earlyStopping.shouldStop()) {
            result.status = TrainingStatus::EarlyStopped;
            result.stopEpoch = epoch + 1;
            result.monitoredValidation = report.hasValidation;
            result.patience = m_settings.earlyStopping.patience;
            break;
        }
    }

    result.bestEpoch = earlyStopping.bestEpoch();
    if (m_settings.earlyStopping.enabled && m_settings.earlyStopping.restoreBestWeights && !best.empty()
        && result.status != TrainingStatus::Diverged) {
        restoreWeights(best);
        result.bestWeightsRestored = true;
    }
    const double seconds = secondsSince(fitStart);
    result.samplesPerSecond = seconds > 0 ? static_cast<double>(samplesSeen) / seconds : 0.0;
    return result;
}

} // namespace nw
