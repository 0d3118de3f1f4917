#include "TrainingSession.h"

#include "engine/TrainingControl.h"
#include "io/GraphWeights.h"
#include "PreparedProject.h"

#include "engine/ThreadPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>

#include <chrono>
#include <exception>
#include <stdexcept>
#include <utility>

namespace nw {

TrainingSession::TrainingSession(QObject* parent)
    : QObject(parent)
{
    registerTrainingMetaTypes();
    qRegisterMetaType<nw::SequenceTraceReport>("nw::SequenceTraceReport");
    m_thread.setObjectName(QStringLiteral("TrainingSession worker"));
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

TrainingSession::~TrainingSession()
{
    // As in qtbase's mandelbrot RenderThread: ask the run to end (requestStop also
    // wakes a paused one), let the thread's event loop finish, and join it. The
    // engine checks between batches, so this takes one batch.
    if (m_control)
        m_control->requestStop();
    // The worker's last task first, waited for in a way ThreadSanitizer sees (see
    // ThreadMailbox), then the idle thread's join.
    using namespace std::chrono_literals;
    if (!m_worker.waitForPostedTasks(1s)) {
        qWarning("TrainingSession: the training thread took more than a second to stop");
        while (!m_worker.waitForPostedTasks(1h)) { }
    }
    m_thread.quit();
    m_thread.wait();
    // Reports and the run's end posted to us are of no use now; drop them while the
    // members they refer to still exist.
    QCoreApplication::removePostedEvents(this);
}

bool TrainingSession::start(std::shared_ptr<PreparedProject> project, const TrainingOverrides& overrides, bool resume)
{
    if (m_state != State::Idle || !project)
        return false;
    m_training.reset(); // it refers to the previous project
    m_project = std::move(project);
    m_control = std::make_shared<TrainingControl>();
    {
        QMutexLocker lock(&m_mutex);
        m_pendingBatches.clear();
    }
    // The worker gets its own copies of everything it needs: nothing of the run's
    // parameters is shared with this thread afterwards.
    m_worker.post([this, project = m_project, control = m_control, overrides, resume] {
        runOnWorker(project, control, overrides, resume);
    });
    setState(State::Running);
    return true;
}

void TrainingSession::pause()
{
    if (m_state != State::Running)
        return;
    m_control->requestPause();
    // Batches run before the pause may still wait for their 50 ms; the worker will
    // not flush them while it sleeps, so they go now (the one in flight, if any,
    // sees the pause and flushes itself).
    flushBatches();
    setState(State::Paused);
}

void TrainingSession::resume()
{
    if (m_state != State::Paused)
        return;
    m_control->resume();
    setState(State::Running);
}

void TrainingSession::step()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_control->requestStep(1);
    flushBatches();
    setState(State::Paused);
}

void TrainingSession::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_control->requestStop();
    setState(State::Stopping);
}

bool TrainingSession::resetWeights(QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_state != State::Idle)
        return fail(tr("The weights cannot be reset while training runs."));
    if (!m_project || !m_project->isValid())
        return fail(tr("There is no network to reset."));
    const quint64 seed = m_training ? m_training->config().seed : m_project->project().training.seed;
    forgetOptimizerState(); // it belongs to the weights about to be replaced
    // The worker draws them: it may be drawing a field from this graph right now.
    m_worker.post([this, project = m_project, seed] {
        project->graph().initialize(seed);
        publishWeights(project->graph(), -1);
        postDecisionField(); // the boundary of the fresh weights, when one is wanted
        postSequenceTrace(0);
        m_toSession.post([this] { Q_EMIT weightsReset(); });
    });
    return true;
}

bool TrainingSession::showWeights(std::shared_ptr<const Weights> weights, int epoch, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_state != State::Idle)
        return fail(tr("Other weights cannot be shown while training runs."));
    if (!m_project || !m_project->isValid() || !weights)
        return fail(tr("There is no trained network to show them on."));
    forgetOptimizerState();
    m_worker.post([this, project = m_project, weights = std::move(weights), epoch] {
        QString problem;
        if (!applyWeights(project->graph(), *weights, &problem))
            return; // weights of another network: the field keeps what it showed
        {
            QMutexLocker lock(&m_mutex);
            m_weights = weights;
            m_weightsEpoch = epoch;
        }
        postDecisionField();
        postSequenceTrace(epoch);
    });
    return true;
}

void TrainingSession::forgetOptimizerState()
{
    if (m_state == State::Idle)
        m_training.reset();
}

std::shared_ptr<const TrainingSession::Weights> TrainingSession::publishWeights(Graph& graph, int epoch)
{
    auto weights = std::make_shared<const Weights>(collectWeights(graph));
    QMutexLocker lock(&m_mutex);
    m_weights = weights;
    m_weightsEpoch = epoch;
    return weights;
}

std::map<std::string, Tensor> TrainingSession::weightsSnapshot(int* epoch) const
{
    QMutexLocker lock(&m_mutex);
    if (epoch)
        *epoch = m_weightsEpoch;
    return m_weights ? *m_weights : Weights {};
}

bool TrainingSession::saveTrained(const QString& projectPath, QString* error)
{
    if (m_state != State::Idle) {
        *error = tr("The project cannot be saved with its weights while training runs.");
        return false;
    }
    if (!m_training) {
        *error = tr("Nothing has been trained in this session.");
        return false;
    }
    return m_training->save(projectPath, error);
}

void TrainingSession::setDecisionFieldEnabled(bool enabled, QRectF domain, int columns, int rows)
{
    m_inspector.setSettings({ enabled, domain, columns, rows });
}

bool TrainingSession::isDecisionFieldEnabled() const
{
    return m_inspector.settings().enabled;
}

void TrainingSession::requestDecisionField()
{
    inspectOnWorker([this] { postDecisionField(); });
}

void TrainingSession::requestNeuronFields(const QString& nodeId, int columns, int rows)
{
    inspectOnWorker([this, nodeId, columns, rows] { postNeuronFields(nodeId, columns, rows); });
}

void TrainingSession::setSequenceSample(bool enabled, Tensor sample, quint64 serial)
{
    m_sequences.setSample(enabled, std::move(sample), serial);
}

bool TrainingSession::isSequenceTraceEnabled() const
{
    return m_sequences.isEnabled();
}

void TrainingSession::requestSequenceTrace()
{
    inspectOnWorker([this] { postSequenceTrace(m_traceEpoch); });
}

void TrainingSession::postSequenceTrace(int epoch)
{
    if (std::optional<SequenceTraceReport> report = m_sequences.trace(epoch))
        m_toSession.post([this, report = std::move(*report)] { Q_EMIT sequenceTraceReady(report); });
}

void TrainingSession::inspectOnWorker(std::function<void()> task)
{
    if (m_control) {
        // A run exists: the engine runs it before its next batch, or while paused.
        m_control->post(std::move(task));
        return;
    }
    // Idle: the worker's event loop runs it, in order with a reset of the weights.
    m_worker.post(std::move(task));
}

void TrainingSession::postDecisionField()
{
    if (std::optional<DecisionField> field = m_inspector.field())
        m_toSession.post([this, field = std::move(*field)] { Q_EMIT decisionFieldReady(field); });
}

void TrainingSession::postNeuronFields(const QString& nodeId, int columns, int rows)
{
    QVector<DecisionField> fields = m_inspector.neuronFields(nodeId, columns, rows);
    m_toSession.post([this, nodeId, fields = std::move(fields)] { Q_EMIT neuronFieldsReady(nodeId, fields); });
}

void TrainingSession::runOnWorker(std::shared_ptr<PreparedProject> project, std::shared_ptr<TrainingControl> control,
    TrainingOverrides overrides, bool resume)
{
    std::shared_ptr<ProjectTraining> training;
    try {
        m_inspector.detach();
        m_sequences.detach();
        training = std::make_shared<ProjectTraining>(*project, overrides);
        m_inspector.attach(project, training);
        m_sequences.attach(project, training);
        m_traceEpoch = training->epochsBefore();
        if (resume) {
            QString error;
            if (!training->resume(&error))
                throw std::runtime_error(error.toStdString());
        }
        // Until the first epoch ends, the run's weights are the ones it starts from.
        publishWeights(project->graph(), -1);
        const auto batchSize = static_cast<std::size_t>(training->config().batchSize);
        const int batchesPerEpoch = static_cast<int>((project->partSize(DataPart::Train) + batchSize - 1) / batchSize);
        const int totalEpochs = training->epochsBefore() + training->config().epochs;
        m_toSession.post([this, totalEpochs, batchesPerEpoch] { Q_EMIT started(totalEpochs, batchesPerEpoch); });

        QElapsedTimer sinceFlush;
        sinceFlush.start();
        QElapsedTimer sinceField; // training time since the last decision field
        sinceField.start();
        QElapsedTimer sinceTrace; // and since the last sequence trace
        sinceTrace.start();
        TrainerCallbacks callbacks;
        callbacks.onBatch = [&](const BatchReport& report) {
            {
                QMutexLocker lock(&m_mutex);
                m_pendingBatches.append(report);
            }
            // A paused run sleeps before its next batch, so what it has must go now.
            if (sinceFlush.elapsed() >= kFlushIntervalMs || control->isPaused() || control->stopRequested()) {
                flushBatches();
                sinceFlush.restart();
            }
            // Between batches the graph is ours: draw the boundary the model has now.
            if (m_inspector.wantsField()
                && (sinceField.elapsed() >= kFieldIntervalMs || control->isPaused() || control->stopRequested())) {
                postDecisionField();
                sinceField.restart();
            }
            m_traceEpoch = report.epoch;
            if (m_sequences.wantsTrace()
                && (sinceTrace.elapsed() >= kTraceIntervalMs || control->isPaused() || control->stopRequested())) {
                postSequenceTrace(report.epoch);
                sinceTrace.restart();
            }
        };
        callbacks.onEpoch = [&](const EpochReport& report) {
            flushBatches();
            sinceFlush.restart();
            // The epoch's weights, for panels that evaluate them while the next epoch trains.
            auto weights = publishWeights(project->graph(), report.epoch);
            m_toSession.post([this, report, weights = std::move(weights)] {
                Q_EMIT epochFinished(report);
                Q_EMIT epochWeights(report.epoch, weights);
            });
        };
        const TrainingResult result = training->run(callbacks, control.get());
        flushBatches();
        // The boundary of the weights the run ended with (the best epoch's, when restored).
        if (m_inspector.wantsField())
            postDecisionField();
        if (m_sequences.wantsTrace())
            postSequenceTrace(m_traceEpoch);
        control->runPosted();

        publishWeights(project->graph(), -1);
        m_toSession.post([this, training, result] { endRun(training, &result, {}); });
    } catch (const std::exception& e) {
        m_inspector.detach();
        m_sequences.detach();
        flushBatches();
        const QString message = QString::fromStdString(e.what());
        m_toSession.post([this, message] { endRun(nullptr, nullptr, message); });
    } catch (...) {
        m_inspector.detach();
        m_sequences.detach();
        flushBatches();
        m_toSession.post([this] { endRun(nullptr, nullptr, tr("Training failed with an unknown error.")); });
    }
}

void TrainingSession::flushBatches()
{
    QMutexLocker lock(&m_mutex);
    if (m_pendingBatches.isEmpty())
        return;
    // Posting under the lock keeps batches in order when both threads flush.
    m_toSession.post([this, batches = std::exchange(m_pendingBatches, {})] { Q_EMIT batchesReady(batches); });
}

void TrainingSession::endRun(
    std::shared_ptr<ProjectTraining> training, const TrainingResult* result, const QString& error)
{
    m_training = std::move(training);
    // Inspection asked for after the worker's last look at the control: serve it now.
    if (m_control)
        m_worker.post([control = m_control] { control->runPosted(); });
    m_control.reset();
    // Idle before the news, so a slot may start the next run.
    setState(State::Idle);
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(error);
}

void TrainingSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace nw
