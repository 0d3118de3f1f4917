#include "ProjectCompression.h"

#include "ProjectTraining.h"

#include "compress/ModelSize.h"
#include "engine/BatchSource.h"
#include "engine/EngineError.h"
#include "engine/Predictor.h"
#include "engine/ThreadPool.h"
#include "engine/TrainingEndText.h"
#include "engine/losses/Loss.h"
#include "io/GraphWeights.h"

namespace nw {

ProjectCompression::ProjectCompression(PreparedProject& project, DataPart part, int threads)
    : m_project(project)
    , m_part(part)
    , m_threads(threads)
{
    if (!project.isValid())
        throw EngineError("the network has errors: " + project.compiled().summary().toStdString());
    if (!project.hasData())
        throw EngineError("the project has no data loaded");
    if (project.partSize(part) == 0)
        throw EngineError("the " + dataPartName(part).toStdString() + " split has no samples");
    const TrainingConfig& training = project.project().training;
    m_loss = makeLoss(training.loss.toStdString(), static_cast<float>(training.labelSmoothing));
    m_pool = std::make_unique<ThreadPool>(threads);
    m_source = project.source(part);
}

ProjectCompression::~ProjectCompression() = default;

Evaluation ProjectCompression::evaluate()
{
    const Predictions p = predictAll(m_project.graph(), *m_source, *m_pool);
    Evaluation e;
    Tensor grad;
    e.loss = m_loss->compute(p.outputs, p.targets, grad);
    e.samples = m_source->size();
    std::size_t correct = 0, total = 0;
    if (m_loss->countCorrect(p.outputs, p.targets, correct, total) && total > 0)
        e.accuracy = static_cast<float>(static_cast<double>(correct) / static_cast<double>(total));
    return e;
}

std::vector<SweepPoint> ProjectCompression::sweep(
    std::span<const double> fractions, PruningScope scope, const std::function<bool()>& cancelled)
{
    return sparsitySweep(m_project.graph(), fractions, scope, [this](Graph&) { return evaluate(); }, cancelled);
}

PruningMasks ProjectCompression::prune(const PruningSettings& settings)
{
    PruningMasks masks = pruneByMagnitude(m_project.graph(), settings);
    masks.attach(m_project.graph());
    return masks;
}

Evaluation ProjectCompression::fineTune(int epochs, const TrainerCallbacks& callbacks, TrainingControl* control)
{
    // A fresh run from the graph's weights: every node starts from them (setStartingWeights),
    // the masks attached to the graph hold the pruned ones at zero.
    m_project.setStartingWeights(collectWeights(m_project.graph()));
    TrainingOverrides overrides;
    overrides.epochs = epochs;
    if (m_threads > 0)
        overrides.threads = m_threads;
    ProjectTraining training(m_project, overrides);
    const TrainingResult result = training.run(callbacks, control);
    if (result.status == TrainingStatus::Diverged)
        throw EngineError("fine-tuning stopped: " + describeTrainingEnd(result));
    return evaluate();
}

Int8Model ProjectCompression::quantize(const Int8ModelSettings& settings)
{
    const auto train = m_project.source(DataPart::Train);
    Int8Model model = quantizeModel(m_project.graph(), *train, settings, *m_pool);
    applyInt8Model(m_project.graph(), model);
    return model;
}

SafetensorsContents ProjectCompression::weightsFile(const PruningMasks* masks, const Int8Model* model) const
{
    Graph& graph = m_project.graph();
    SafetensorsContents out;
    if (model) {
        Int8Tensors t = int8ModelTensors(graph, *model);
        out.tensors = std::move(t.tensors);
        out.int8 = std::move(t.int8Names);
        for (const auto& [key, value] : t.metadata)
            out.metadata.insert(QString::fromStdString(key), QString::fromStdString(value));
    } else {
        out.tensors = collectWeights(graph);
    }
    if (masks && !masks->empty()) {
        out.metadata.insert(QStringLiteral("pruning"), QStringLiteral("magnitude"));
        out.metadata.insert(QStringLiteral("sparsity"), QString::number(masks->sparsity(), 'g', 6));
    }
    return out;
}

CompressionReport compressProject(PreparedProject& project, const CompressionSettings& settings,
    const std::function<void(const QString&)>& progress, SafetensorsContents* weights)
{
    const auto say = [&](const QString& line) {
        if (progress)
            progress(line);
    };
    ProjectCompression compression(project, settings.part, settings.threads);
    CompressionReport report;
    report.part = settings.part;
    report.sweepScope = settings.scope;
    say(QStringLiteral("evaluating the float32 model"));
    report.float32 = compression.evaluate();
    report.classification = report.float32.accuracy >= 0.0f;
    report.float32Bytes = modelBytes(project.graph());
    if (settings.sweep) {
        say(QStringLiteral("sweeping sparsity from 0 to 95%"));
        const std::vector<double> fractions = defaultSweepFractions();
        report.sweep = compression.sweep(fractions, settings.scope);
    }
    std::optional<PruningMasks> masks;
    Evaluation reference = report.float32;
    if (settings.pruneFraction) {
        say(QStringLiteral("pruning %1%").arg(100.0 * *settings.pruneFraction));
        masks = compression.prune({settings.scope, PruningCriterion::Fraction, *settings.pruneFraction});
        PruneOutcome p;
        p.fraction = *settings.pruneFraction;
        p.scope = settings.scope;
        p.sparsity = masks->sparsity();
        p.pruned = compression.evaluate();
        if (settings.fineTuneEpochs > 0) {
            say(QStringLiteral("fine-tuning %1 epochs with the masks kept").arg(settings.fineTuneEpochs));
            p.fineTuneEpochs = settings.fineTuneEpochs;
            p.fineTuned = compression.fineTune(settings.fineTuneEpochs);
        }
        p.bytes = modelBytes(project.graph(), &*masks);
        reference = p.fineTuned ? *p.fineTuned : p.pruned;
        report.prune = p;
    }
    std::optional<Int8Model> model;
    if (settings.quantizeInt8) {
        say(QStringLiteral("quantizing to int8"));
        model = compression.quantize(settings.int8);
        QuantizeOutcome q;
        q.weightScales = model->weightScales;
        q.calibrationSamples = model->calibrationSamples;
        q.reference = reference;
        q.int8 = compression.evaluate();
        q.bytes = modelBytes(project.graph(), masks ? &*masks : nullptr, &*model);
        report.quantize = q;
    }
    if (weights)
        *weights = compression.weightsFile(masks ? &*masks : nullptr, model ? &*model : nullptr);
    return report;
}

} // namespace nw
