#include "CompressController.h"

#include "training/BackgroundTask.h"
#include "TrainingController.h"

#include "compress/CompressPanel.h"

#include "compress/ModelSize.h"
#include "compress/PruningMasks.h"
#include "compress/SparsitySweep.h"
#include "io/GraphWeights.h"
#include "model/NetworkDocument.h"
#include "training/PreparedDataCache.h"
#include "training/PreparedProject.h"
#include "training/ProjectCompression.h"

#include <QUndoStack>

namespace nw {

namespace {

// Whether every weight a mask prunes is still zero in `weights` (nothing else changed them).
bool masksHold(const PruningMasks& masks, const std::map<std::string, Tensor>& weights)
{
    for (const auto& [name, keep] : masks.masks()) {
        const auto it = weights.find(name);
        if (it == weights.end() || it->second.size() != keep.size())
            return false;
        for (std::size_t i = 0; i < keep.size(); ++i)
            if (!keep[i] && it->second[i] != 0.0f)
                return false;
    }
    return true;
}

} // namespace

CompressController::CompressController(
    NetworkDocument* document, TrainingController* training, CompressPanel* panel, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_training(training)
    , m_panel(panel)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &BackgroundWatcher<Job>::finished, this, &CompressController::onJobFinished);
    connect(panel, &CompressPanel::measureRequested, this, &CompressController::measure);
    connect(panel, &CompressPanel::pruneRequested, this, &CompressController::prune);
    connect(panel, &CompressPanel::fineTuneRequested, this, &CompressController::fineTune);
    connect(document, &NetworkDocument::weightsChanged, this, &CompressController::onWeightsChanged);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isBusy())
            ++m_generation; // the network was edited under a running job
    });
    connect(training, &TrainingController::runStarting, this, &CompressController::updateBusy);
    connect(training, &TrainingController::runFailed, this, [this] {
        m_awaitingFineTune = false;
        updateBusy();
    });
    connect(training, &TrainingController::runEnded, this, [this] {
        updateBusy();
        if (!std::exchange(m_awaitingFineTune, false) || !m_masks)
            return;
        const auto masks = m_masks;
        const int epochs = m_fineTuneEpochs;
        start(Step::MeasureFineTuned, tr("Measuring the fine-tuned network…"),
            [masks, epochs](ProjectCompression& c, PreparedProject& p, Job& job) {
                PruneOutcome outcome;
                outcome.fineTuneEpochs = epochs;
                outcome.fineTuned = c.evaluate();
                outcome.sparsity = masks->sparsity();
                outcome.bytes = modelBytes(p.graph(), masks.get());
                job.report.prune = outcome;
                const Int8Model model = c.quantize({});
                QuantizeOutcome q{model.weightScales, model.calibrationSamples, c.evaluate(), *outcome.fineTuned,
                    modelBytes(p.graph(), masks.get(), &model)};
                job.report.quantize = q;
            });
    });
    updateBusy();
}

CompressController::~CompressController()
{
    m_cancel->store(true); // a sweep stops at its next point; the pool waits for it at exit
}

void CompressController::documentReplaced()
{
    ++m_generation;
    m_masks.reset();
    m_report = {};
    m_panel->setReport(m_report);
    updateBusy();
}

void CompressController::measure()
{
    start(Step::Measure, tr("Measuring accuracy from 0 to 95% sparsity…"),
        [cancel = m_cancel](ProjectCompression& c, PreparedProject& p, Job& job) {
            CompressionReport& r = job.report;
            r.float32 = c.evaluate();
            r.classification = r.float32.accuracy >= 0.0f;
            r.float32Bytes = modelBytes(p.graph());
            const std::vector<double> fractions = defaultSweepFractions();
            r.sweep = c.sweep(fractions, PruningScope::Global, [cancel] { return cancel->load(); });
            const Int8Model model = c.quantize({});
            r.quantize = QuantizeOutcome{
                model.weightScales, model.calibrationSamples, c.evaluate(), r.float32, modelBytes(p.graph(), nullptr, &model)};
        });
}

void CompressController::prune(double fraction, PruningScope scope)
{
    start(Step::Prune, tr("Pruning %1% of the weights…").arg(100.0 * fraction, 0, 'f', 0),
        [fraction, scope](ProjectCompression& c, PreparedProject& p, Job& job) {
            CompressionReport& r = job.report;
            r.float32 = c.evaluate();
            r.classification = r.float32.accuracy >= 0.0f;
            r.float32Bytes = modelBytes(p.graph());
            auto masks = std::make_shared<PruningMasks>(c.prune({scope, PruningCriterion::Fraction, fraction}));
            PruneOutcome outcome{fraction, scope, masks->sparsity(), c.evaluate()};
            outcome.bytes = modelBytes(p.graph(), masks.get());
            job.weights = collectWeights(p.graph());
            const Int8Model model = c.quantize({});
            r.quantize = QuantizeOutcome{model.weightScales, model.calibrationSamples, c.evaluate(), outcome.pruned,
                modelBytes(p.graph(), masks.get(), &model)};
            r.prune = outcome;
            job.masks = std::move(masks);
        });
}

void CompressController::fineTune(int epochs)
{
    if (!m_masks || m_training->isBusy() || isBusy())
        return;
    m_fineTuneEpochs = epochs;
    m_awaitingFineTune = true;
    m_training->startFineTuning(m_masks, epochs);
    updateBusy();
}

void CompressController::start(Step step, const QString& status, Work work)
{
    if (isBusy() || m_training->isBusy())
        return;
    Project project = m_document->project();
    std::map<std::string, Tensor> weights = m_document->weights();
    const QString path = m_training->dataProjectPath();
    m_panel->setBusy(true, status);
    m_watcher.setTask(runInBackground(
        [step, project = std::move(project), weights = std::move(weights), path, cache = m_training->dataCache(),
            work = std::move(work), generation = m_generation]() mutable {
            Job job;
            job.step = step;
            job.generation = generation;
            PreparedProject::Options options;
            options.loadWeights = false; // the document's weights, not the file's
            options.dataCache = cache.get();
            QString error;
            std::unique_ptr<PreparedProject> p = PreparedProject::fromProject(std::move(project), path, options, &error);
            if (!p) {
                job.error = error;
                return job;
            }
            if (!p->isValid()) {
                job.error = tr("The network has problems; see the Problems panel.");
                return job;
            }
            if (!weights.empty() && !applyWeights(p->graph(), weights, &error)) {
                job.error = tr("The weights do not fit the edited network: train it again.");
                return job;
            }
            try {
                ProjectCompression compression(*p, DataPart::Test);
                work(compression, *p, job);
            } catch (const std::exception& e) {
                job.error = QString::fromStdString(e.what());
            }
            return job;
        }));
}

void CompressController::onJobFinished()
{
    Job job = m_watcher.result();
    if (job.generation != m_generation) {
        m_panel->setBusy(false, tr("The network or its weights changed while this ran: nothing was changed."));
        updateBusy();
        Q_EMIT stepFinished();
        return;
    }
    if (!job.error.isEmpty()) {
        m_panel->setBusy(false, tr("Could not compress: %1").arg(job.error));
        updateBusy();
        Q_EMIT stepFinished();
        return;
    }
    switch (job.step) {
    case Step::Measure:
        m_report = job.report;
        m_panel->setStatus(tr("Measured on %1 test samples.").arg(job.report.float32.samples));
        break;
    case Step::Prune: {
        const auto sweep = std::move(m_report.sweep);
        const bool measured = m_report.float32Bytes > 0;
        const CompressionReport before = m_report;
        m_report = job.report;
        m_report.sweep = sweep;
        if (measured) // the float32 model is the one measured before any pruning
            m_report.float32 = before.float32;
        m_masks = job.masks;
        // The origins stay; the seed's weights, pruned, become the document's own.
        std::map<QString, WeightOrigin> origins = m_document->weightOrigins();
        for (const auto& [name, tensor] : job.weights) {
            const QString node = QString::fromStdString(name.substr(0, name.rfind('.')));
            origins.try_emplace(node, WeightOrigin::Trained);
        }
        m_document->setWeights(std::move(job.weights), m_document->weightsEpoch(), std::move(origins));
        m_panel->setStatus(tr("Pruned: %1% of the weights are zero.").arg(100.0 * m_report.prune->sparsity, 0, 'f', 1));
        break;
    }
    case Step::MeasureFineTuned:
        if (m_report.prune) {
            m_report.prune->fineTuned = job.report.prune->fineTuned;
            m_report.prune->fineTuneEpochs = job.report.prune->fineTuneEpochs;
        } else {
            m_report.prune = job.report.prune;
        }
        m_report.quantize = job.report.quantize;
        m_panel->setStatus(tr("Fine-tuned for %1 epochs; the pruned weights stayed zero.")
                               .arg(job.report.prune->fineTuneEpochs));
        break;
    }
    m_panel->setReport(m_report);
    m_panel->setBusy(false);
    updateBusy();
    Q_EMIT stepFinished();
}

void CompressController::onWeightsChanged()
{
    if (isBusy())
        ++m_generation; // trained, reset or loaded under a running job: its result is of the old weights
    if (m_masks && !masksHold(*m_masks, m_document->weights()))
        m_masks.reset(); // a reset, a load or a run without masks: nothing left to fine-tune
    updateBusy();
}

void CompressController::updateBusy()
{
    const bool busy = isBusy() || m_training->isBusy();
    m_panel->setBusy(busy);
    m_panel->setFineTuneAvailable(m_masks != nullptr);
}

} // namespace nw
