#include "AnalysisController.h"

#include "ProjectComparison.h"
#include "training/BackgroundTask.h"
#include "TrainingController.h"

#include "analysis/EvaluationDock.h"
#include "model/NetworkDocument.h"
#include "training/PreparedProject.h"
#include "training/TrainingSession.h"

#include <QUndoStack>

namespace nw {

AnalysisController::AnalysisController(
    NetworkDocument* document, TrainingController* training, EvaluationDock* dock, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_training(training)
    , m_dock(dock)
{
    connect(m_dock, &EvaluationDock::partChanged, this, &AnalysisController::refresh);
    connect(m_dock, &EvaluationDock::refreshRequested, this, &AnalysisController::refresh);
    connect(m_dock, &EvaluationDock::refreshesEachEpochChanged, this, [this](bool on) {
        if (on && m_outdated && isShown())
            refresh();
    });
    connect(&m_runner, &EvaluationRunner::finished, this, &AnalysisController::onEvaluated);
    connect(&m_runner, &EvaluationRunner::failed, this, &AnalysisController::onFailed);
    connect(&m_preparer, &BackgroundWatcher<Prepared>::finished, this, &AnalysisController::onPrepared);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (!isBusy())
            runPending();
    });
    connect(m_training, &TrainingController::runPrepared, this, &AnalysisController::onRunPrepared);
    connect(m_training, &TrainingController::runFailed, this, [this] {
        if (!isBusy())
            runPending(); // a request that waited for the run's data goes on without it
    });
    connect(m_training->session(), &TrainingSession::epochFinished, this,
        [this] { markOutdated(m_dock->refreshesEachEpoch()); });
    // An edit makes the result on show outdated; the next refresh sees whether the
    // data must be prepared again.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] { markOutdated(false); });
    connect(m_document, &NetworkDocument::projectPartsChanged, this, [this] { markOutdated(false); });
    // New weights (a run ended, Reset Weights, a project opened) are worth a look at once.
    connect(m_document, &NetworkDocument::weightsChanged, this,
        [this] { markOutdated(m_dock->refreshesEachEpoch()); });
}

AnalysisController::~AnalysisController() = default;

void AnalysisController::refresh()
{
    if (isBusy() || m_training->isPreparing()) {
        m_pending = true; // runPending() after the evaluation or on runPrepared()
        return;
    }
    m_pending = false;
    if (m_training->session()->isRunning()) {
        // A small model finishes hundreds of epochs a second: refresh at most a few
        // times a second, always with the latest epoch's weights.
        const qint64 since = m_sinceEvaluation.isValid() ? m_sinceEvaluation.elapsed() : kMinIntervalWhileTrainingMs;
        if (since < kMinIntervalWhileTrainingMs) {
            m_pending = true;
            if (!m_throttle.isActive())
                m_throttle.start(static_cast<int>(kMinIntervalWhileTrainingMs - since));
            return;
        }
        if (m_project)
            evaluate(); // the run's twin (onRunPrepared)
        return;
    }
    if (!m_project || !evaluatesAlike(m_document->project(), m_preparedFrom))
        startPreparing();
    else
        evaluate();
}

void AnalysisController::runPending()
{
    if (m_pending)
        refresh();
}

void AnalysisController::documentReplaced()
{
    m_project.reset();
    m_result.reset();
    m_pendingInspection.reset();
    m_dock->setResult(nullptr, {});
    Q_EMIT resultReady(nullptr);
    markOutdated(true);
}

void AnalysisController::visibilityMayHaveChanged()
{
    if (m_outdated && m_dock->refreshesEachEpoch() && isShown())
        refresh();
}

bool AnalysisController::isShown() const
{
    // A dock tab behind another stays isVisible(); only its visible region says it is covered.
    return m_dock->isVisible() && !m_dock->visibleRegion().isEmpty();
}

void AnalysisController::markOutdated(bool refreshIfShown)
{
    m_outdated = true;
    if (refreshIfShown && isShown())
        refresh();
}

void AnalysisController::inspect(DataPart part, std::size_t position)
{
    m_pendingInspection = std::make_pair(part, position);
    if (m_result && m_result->part == part) {
        deliverInspection();
        return;
    }
    if (m_dock->part() != part)
        m_dock->setPart(part); // partChanged() -> refresh()
    else
        refresh();
}

void AnalysisController::deliverInspection()
{
    if (!m_pendingInspection || !m_result || m_result->part != m_pendingInspection->first)
        return;
    const std::size_t position = m_pendingInspection->second;
    m_pendingInspection.reset();
    if (position < m_result->sampleCount())
        Q_EMIT sampleRequested(m_result->datasetIndices[position]);
}

void AnalysisController::startPreparing()
{
    m_preparing = true;
    m_dock->setBusy(true);
    Project project = m_document->project();
    const QString path = m_training->dataProjectPath();
    m_preparer.setTask(runInBackground(
        [project = std::move(project), path, cache = m_training->dataCache()]() mutable {
        PreparedProject::Options options;
        options.loadWeights = false; // the window's weights are set per evaluation
        options.dataCache = cache.get(); // the data training prepared, not a second copy
        Prepared prepared;
        QString error;
        std::unique_ptr<PreparedProject> p = PreparedProject::fromProject(std::move(project), path, options, &error);
        if (!p)
            prepared.error = error;
        else if (!p->isValid())
            prepared.error = tr("The network has problems; see the Problems panel.");
        else
            prepared.project = std::move(p);
        return prepared;
    }));
}

void AnalysisController::onPrepared()
{
    m_preparing = false;
    const Prepared prepared = m_preparer.result();
    if (m_training->isBusy()) {
        refresh(); // a run started meanwhile: its twin (onRunPrepared) is what to evaluate
        return;
    }
    if (!prepared.project) {
        onFailed(prepared.error);
        return;
    }
    m_project = prepared.project;
    m_preparedFrom = m_project->project();
    refresh(); // evaluates, or prepares again if the document moved on while the data loaded
}

void AnalysisController::onRunPrepared(std::shared_ptr<PreparedProject> twin)
{
    m_project = std::move(twin);
    if (m_project)
        m_preparedFrom = m_project->project();
    if (!isBusy())
        runPending();
}

void AnalysisController::evaluate()
{
    TrainingSession* session = m_training->session();
    const bool training = session->isRunning();
    auto weights = std::make_shared<WeightMap>();
    if (training) {
        int epoch = -1;
        *weights = session->weightsSnapshot(&epoch);
        m_inFlightOrigin = epoch >= 0 ? tr("after epoch %1").arg(epoch + 1) : tr("initial weights");
    } else {
        *weights = m_document->weights();
        m_inFlightOrigin = weights->empty() ? tr("untrained (initial weights)") : tr("trained weights");
    }
    // While training, one thread: the run keeps the rest of the machine.
    const int threads = training ? 1 : 0;
    m_outdated = false;
    m_sinceEvaluation.start();
    m_runner.start(m_project, m_dock->part(), threads, std::move(weights));
    m_dock->setBusy(true);
}

void AnalysisController::onEvaluated(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    ++m_delivered;
    m_dock->setBusy(false);
    m_dock->setResult(m_result, m_inFlightOrigin);
    Q_EMIT resultReady(m_result);
    deliverInspection();
    runPending();
}

void AnalysisController::onFailed(const QString& message)
{
    m_dock->setBusy(false);
    m_dock->showProblem(message);
    m_pendingInspection.reset();
    Q_EMIT failed(message);
    runPending();
}

} // namespace nw
