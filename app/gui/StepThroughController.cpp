#include "StepThroughController.h"

#include "ExplainController.h"
#include "TrainingController.h"

#include "data/Dataset.h"
#include "engine/EngineError.h"
#include "engine/StepThroughTrace.h"
#include "engine/ThreadPool.h"
#include "engine/losses/Loss.h"
#include "engine/optim/LearningRateSchedule.h"
#include "explain/ExplainModel.h"
#include "model/NetworkDocument.h"
#include "stepthrough/StepThroughOverlay.h"
#include "stepthrough/StepThroughPanel.h"
#include "training/PreparedProject.h"
#include "training/TrainingSession.h"

#include <QAction>
#include <QDockWidget>

#include <algorithm>
#include <utility>

namespace nw {

StepThroughController::StepThroughController(NetworkDocument* document, ExplainController* explain,
    TrainingController* training, GraphScene* scene, StepThroughPanel* view, QDockWidget* dock, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_explain(explain)
    , m_training(training)
    , m_view(view)
    , m_dock(dock)
    , m_overlay(new StepThroughOverlay(scene, this))
    , m_previousAction(new QAction(tr("Previous Step"), this))
    , m_nextAction(new QAction(tr("Next Step"), this))
    , m_modeAction(new QAction(tr("Step Through"), this))
    , m_runner(1) // one sample: more threads would only cost their wake-ups
{
    m_previousAction->setObjectName(QStringLiteral("actionStepPrevious"));
    m_previousAction->setShortcut(QKeySequence(Qt::Key_Left));
    m_nextAction->setObjectName(QStringLiteral("actionStepNext"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_Right));
    connect(m_previousAction, &QAction::triggered, m_view, &StepThroughPanel::previous);
    connect(m_nextAction, &QAction::triggered, m_view, &StepThroughPanel::next);
    m_modeAction->setObjectName(QStringLiteral("actionStepThrough"));
    m_modeAction->setCheckable(true);
    m_modeAction->setToolTip(tr("Walk one training step on the sample open in Explain through the network, node by "
                                "node: forward, loss, backward, update"));
    connect(m_modeAction, &QAction::triggered, this, [this](bool on) {
        if (on) {
            m_dock->show();
            m_dock->raise();
        } else {
            m_dock->hide();
        }
    });

    connect(m_explain, &ExplainController::sampleOpened, this, &StepThroughController::sampleOpened);
    connect(m_explain, &ExplainController::setupChanged, this, [this] {
        m_runner.setProject(m_explain->setup().project);
        m_shows = {}; // another network: whatever is on show is of the old one
        // Its optimizer state and the weights an undo would bring back belong to it too.
        m_optimizerState.clear();
        m_stateOptimizer.clear();
        m_beforeApply.reset();
        refresh();
    });
    connect(m_explain, &ExplainController::weightsUpdated, this, &StepThroughController::refresh);
    connect(m_document, &NetworkDocument::weightsChanged, this, [this] {
        if (!m_applying) {
            m_beforeApply.reset(); // trained, reset or loaded: an undo would now lose that
            m_optimizerState.clear(); // and the next step starts a fresh optimizer, as a new run does
        }
        m_traceMatchesDocument = traceStartsFromDocumentWeights();
        updateActions();
    });
    connect(m_training->session(), &TrainingSession::stateChanged, this, [this] {
        updateActions();
        refresh();
    });
    connect(m_view, &StepThroughPanel::modeChanged, this, &StepThroughController::refresh);
    connect(m_view, &StepThroughPanel::stageChanged, this, [this] {
        showOverlay();
        updateActions();
    });
    connect(m_view, &StepThroughPanel::applyRequested, this, &StepThroughController::applyStep);
    connect(m_view, &StepThroughPanel::undoApplyRequested, this, &StepThroughController::undoApply);
    updateActions();
}

StepThroughController::~StepThroughController() = default;

bool StepThroughController::isShown() const
{
    // A dock tab behind another stays isVisible(); only its visible region says it is covered.
    return m_dock->isVisible() && !m_dock->visibleRegion().isEmpty();
}

void StepThroughController::visibilityMayHaveChanged()
{
    if (!isShown()) {
        m_view->setPlaying(false);
        m_overlay->clear(); // the mode ends with the dock: the graph is for editing again
        updateActions();
        return;
    }
    refresh();
    showOverlay();
    updateActions();
}

void StepThroughController::sampleOpened()
{
    ++m_sampleSerial;
    if (!m_explain->hasSample())
        m_view->setMessage(QString());
    refresh();
}

void StepThroughController::refresh()
{
    if (!isShown() || !m_explain->hasSample())
        return;
    m_explain->ensurePrepared();
    const ExplainSetup& setup = m_explain->setup();
    if (!setup.isValid() || m_explain->isPreparing()) {
        if (m_shows.sample != m_sampleSerial)
            m_view->setMessage(tr("Preparing the network…"));
        return; // setupChanged() comes back here
    }
    if (m_explain->sample().shape() != setup.inputShape) {
        m_view->setMessage(tr("This sample (%1) does not fit the network's input (%2).")
                               .arg(QString::fromStdString(shapeToString(m_explain->sample().shape())),
                                   QString::fromStdString(shapeToString(setup.inputShape))));
        return;
    }
    if (m_shows == Shows { m_sampleSerial, m_explain->weightsRevision(), m_view->trainingMode() })
        return;
    compute();
}

void StepThroughController::compute()
{
    std::shared_ptr<const ExplainJobRunner::WeightMap> weights = m_explain->weights();
    if (!weights)
        weights = std::make_shared<const ExplainJobRunner::WeightMap>();
    m_runner.setWeights(weights, m_explain->weightsRevision());
    m_shows = { m_sampleSerial, m_explain->weightsRevision(), m_view->trainingMode() };

    Tensor input, target;
    const std::size_t index = m_explain->sampleIndex();
    m_explain->sampleDataset()->fillBatch(std::span<const std::size_t>(&index, 1), input, target);
    const TrainingConfig config = m_document->project().training;
    StepThroughSettings settings;
    settings.training = m_view->trainingMode();
    // The rate the schedule gives the epoch after the one the weights belong to, at its
    // end (past any warm-up): the step a run continuing from these weights would take.
    const int nextEpoch = std::max(0, m_document->weightsEpoch() + 1); // -1: not from a run
    settings.learningRate = LearningRateSchedule(config.toScheduleSettings()).learningRate(nextEpoch, 1.0);
    settings.gradientClipNorm = static_cast<float>(config.gradientClipNorm);
    settings.optimizer = config.toOptimizerSettings();
    if (m_stateOptimizer == config.optimizer.name.toLower())
        settings.optimizerState = m_optimizerState;
    const QString lossName = config.loss;
    const float smoothing = static_cast<float>(config.labelSmoothing);

    const QString caption = m_explain->subject().title + QStringLiteral(" — ")
        + (weights->empty() ? tr("untrained: the seed's initial weights") : tr("trained weights"));
    auto trace = std::make_shared<StepThroughTrace>();
    const quint64 serial = ++m_requestSerial;
    const bool fromSeed = weights->empty();
    m_runner.submit(
        [trace, input, target, settings, lossName, smoothing](ExplainModel& model, PreparedProject&) {
            try {
                const auto loss = makeLoss(lossName.toStdString(), smoothing);
                ThreadPool pool(1);
                *trace = traceStep(model.graph(), *loss, input, target, settings, pool);
            } catch (const EngineError& e) {
                return tr("This sample cannot be stepped through: %1").arg(QString::fromStdString(e.what()));
            }
            return QString();
        },
        [this, trace, serial, fromSeed, caption](const QString& error) {
            if (serial != m_requestSerial)
                return; // a newer request is on its way
            if (!error.isEmpty()) {
                m_view->setMessage(error);
                m_overlay->clear();
                return;
            }
            QStringList classes = m_explain->setup().classNames;
            m_view->setTrace(trace, caption, classes);
            m_traceFromSeed = fromSeed;
            m_traceMatchesDocument = traceStartsFromDocumentWeights();
            ++m_traces;
            updateActions();
            Q_EMIT traceShown();
        });
    updateActions(); // the trace on show is being replaced: no Apply until the new one is in
}

void StepThroughController::showOverlay()
{
    const StepStage* stage = m_view->stage();
    if (!isShown() || !stage || !m_view->trace()) {
        m_overlay->clear();
        return;
    }
    m_overlay->show(*m_view->trace(), *stage, m_view->unit());
}

void StepThroughController::updateActions()
{
    m_modeAction->setChecked(isShown());
    const bool active = isShown() && m_view->trace() != nullptr;
    m_previousAction->setEnabled(active);
    m_nextAction->setEnabled(active);
    const bool idle = !m_training->session()->isRunning();
    QString note;
    if (!idle)
        note = tr("Apply Step is off while the network trains.");
    else if (m_beforeApply)
        note = tr("The step was applied: the network's weights changed. Undo Apply puts back the weights of before.");
    else if (m_view->trace())
        note = tr("Apply Step writes this update into the network's weights, as one training step on this sample.");
    m_view->setApplyState(idle && traceIsCurrent(), idle && m_beforeApply.has_value(), note);
}

bool StepThroughController::traceIsCurrent() const
{
    // The trace on show is the last one asked for, and of the weights the document holds now.
    return m_view->trace() != nullptr && !m_runner.isBusy() && m_traceMatchesDocument;
}

bool StepThroughController::traceStartsFromDocumentWeights() const
{
    const std::shared_ptr<const StepThroughTrace> trace = m_view->trace();
    if (!trace)
        return false;
    const std::map<std::string, Tensor>& weights = m_document->weights();
    if (weights.empty())
        return m_traceFromSeed;
    if (m_traceFromSeed)
        return false;
    for (const NodeTrace& node : trace->nodes)
        for (const ParameterTrace& parameter : node.parameters) {
            const auto it = weights.find(parameter.name);
            if (it == weights.end() || it->second.size() != parameter.value.size()
                || !std::equal(parameter.value.data(), parameter.value.data() + parameter.value.size(),
                    it->second.data()))
                return false;
        }
    return true;
}

void StepThroughController::applyStep()
{
    const std::shared_ptr<const StepThroughTrace> trace = m_view->trace();
    if (!traceIsCurrent() || m_training->session()->isRunning())
        return;
    // Everything the next trace reads is in place before the document announces the
    // weights: the Explain controller may pass them on, and a trace start, at once.
    m_beforeApply = m_document->weights();
    m_beforeApplyEpoch = m_document->weightsEpoch();
    m_originsBeforeApply = m_document->weightOrigins();
    m_stateBeforeApply = std::exchange(m_optimizerState, trace->optimizerState);
    m_stateOptimizer = m_document->project().training.optimizer.name.toLower();
    m_applying = true;
    // The step trained the nodes it updated; frozen ones keep where their weights came from.
    std::map<QString, WeightOrigin> origins = m_originsBeforeApply;
    for (const NodeTrace& node : trace->nodes)
        for (const ParameterTrace& parameter : node.parameters)
            if (parameter.trainable)
                origins[QString::fromStdString(node.id)] = WeightOrigin::Trained;
    m_document->setWeights(trace->updatedWeights(), m_beforeApplyEpoch, std::move(origins));
    m_applying = false;
    updateActions();
}

void StepThroughController::undoApply()
{
    if (!m_beforeApply || m_training->session()->isRunning())
        return;
    std::map<std::string, Tensor> weights = std::move(*m_beforeApply);
    m_beforeApply.reset();
    m_optimizerState = std::exchange(m_stateBeforeApply, {});
    m_applying = true;
    m_document->setWeights(std::move(weights), m_beforeApplyEpoch, std::exchange(m_originsBeforeApply, {}));
    m_applying = false;
    updateActions();
}

} // namespace nw
