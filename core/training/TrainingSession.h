#pragma once
// Trains a PreparedProject on a worker thread for the GUI, which never waits on it.
// Owned by the main window (or a test); lives on the thread that created it, and
// every signal is emitted there, delivered through the event loop.
//
// One QThread per session, started with it and idle between runs. start() hands
// the worker everything the run needs (the project, a TrainingControl, the
// overrides): the GUI builds the project from a snapshot of its document and
// never touches it again while the run lasts. The worker drives ProjectTraining,
// exactly as the CLI does, so a project trains bit-identically in both.
//
// Reports travel as plain structs: the worker collects BatchReports and posts them
// in one batchesReady() at most every kFlushIntervalMs (and at each epoch's end, on
// pause, step and stop), so a fast engine costs the GUI a few events per second
// instead of thousands. Pause, step and stop go through TrainingControl, which the
// engine checks between batches; none of them blocks the caller.
//
// Two-dimensional classifiers (input [2]) get their decision boundary drawn live:
// with setDecisionFieldEnabled(), the worker has its DecisionFieldInspector evaluate
// the model on a grid between batches, at most every kFieldIntervalMs of training
// (and when it pauses or the run ends), and posts decisionFieldReady().
// requestNeuronFields() asks for what each unit of one node responds to over the
// same plane. Both run on the worker thread, through TrainingControl::post() during
// a run, so they never race a batch, and are served while paused too; while Idle
// they use the last run's graph. Everything that touches the run's graph, Reset
// Weights included, happens on the worker: the GUI never waits for it.
//
// Sequence networks (attention, recurrent layers) get one sample traced live the
// same way: with setSequenceSample(), the worker has its SequenceInspector run the
// sample between batches, at most every kTraceIntervalMs of training (and when it
// pauses or the run ends), and posts sequenceTraceReady(): the Attention dock shows
// heads specialising while the run trains.
//
// Each run ends with exactly one finished() (the engine returned: Completed,
// Stopped, EarlyStopped or Diverged) or failed() (an exception: invalid settings,
// data that cannot be batched, a resume without saved state). By then state() is
// Idle, weightsSnapshot() holds the weights of the run, and start() may be called
// again from the slot. Destroying the session stops a run (paused or not) and joins
// the thread; that takes one batch.
#include "engine/Tensor.h"
#include "DecisionField.h"
#include "DecisionFieldInspector.h"
#include "ProjectTraining.h"
#include "SequenceInspector.h"
#include "ThreadMailbox.h"
#include "TrainingMetaTypes.h"

#include <QMutex>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QThread>
#include <QVector>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace nw {

class Graph;
class PreparedProject;
class ThreadPool;
class TrainingControl;

class TrainingSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)
    using Weights = std::map<std::string, Tensor>;

    static constexpr int kFlushIntervalMs = 50;
    static constexpr int kFieldIntervalMs = 150; // of training time between two decision fields
    static constexpr int kTraceIntervalMs = 150; // of training time between two sequence traces

    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // Starts a run and returns at once (state Running). Refused (false) unless Idle or
    // without a project. `resume` continues from the optimizer state and epoch count
    // saved with the project's weights; otherwise the run starts from the seed.
    bool start(std::shared_ptr<PreparedProject> project, const TrainingOverrides& overrides = {}, bool resume = false);
    void pause(); // Running -> Paused after the current batch
    void resume(); // Paused -> Running
    // Paused: exactly one more batch, then Paused again (TrainingControl::requestStep).
    // Running: pauses, after the batch in flight (if any) and one more.
    void step();
    void stop(); // -> Stopping; the run ends between batches with status Stopped

    // Decision fields over `domain` (the network's input space), a columns x rows grid,
    // for runs of a 2-D classifier (input [2], classification data); others never get
    // one. Takes effect at the next batch; may be called at any time.
    void setDecisionFieldEnabled(bool enabled, QRectF domain = {}, int columns = 64, int rows = 64);
    bool isDecisionFieldEnabled() const;
    // One field as soon as the worker can (between batches, paused, or Idle after a run).
    void requestDecisionField();
    // Per unit of node `nodeId` (up to 16 units), a field over the decision field's
    // domain: neuronFieldsReady(), with an empty list when the node gives no flat
    // vector or there is no 2-D network to ask (before the first run).
    void requestNeuronFields(const QString& nodeId, int columns = 32, int rows = 32);

    // The sample (the network's input, no batch dimension) whose attention weights and
    // recurrent states are traced during runs of a sequence network; `serial` comes
    // back in each report. Takes effect at the next batch; may be called at any time.
    void setSequenceSample(bool enabled, Tensor sample = {}, quint64 serial = 0);
    bool isSequenceTraceEnabled() const;
    // One trace as soon as the worker can (between batches, paused, or Idle after a run).
    void requestSequenceTrace();

    // While Idle: has the worker draw the project's initial weights again from the seed
    // (of the last run, else the project's), and forgets the optimizer state of the last
    // run. Returns at once; weightsSnapshot() has them as soon as the worker is done.
    bool resetWeights(QString* error = nullptr);
    // While Idle, after a run: puts `weights` (of the same network, e.g. an earlier
    // epoch's, to rewind) into the last run's graph, so the decision field and the
    // traces show them; forgets the optimizer state (it belongs to other weights).
    // Returns at once; false, with `error` set, while training or without a run.
    bool showWeights(std::shared_ptr<const Weights> weights, int epoch, QString* error = nullptr);
    // While Idle: the next resumed run starts its optimizer afresh (Adam's moments, the
    // epoch count); the weights stay.
    void forgetOptimizerState();

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; } // a run exists, even paused or stopping
    bool isPaused() const { return m_state == State::Paused; }

    // The project's weights and buffers ("<node-id>.<param>") as the last run left
    // them (or after resetWeights()); during a run, as its last finished epoch left
    // them (taken before epochFinished() is emitted), or before the first epoch the
    // weights the run started from; empty before the first run. A copy: the GUI may
    // keep it while the run trains on. `epoch`, when given, receives the 0-based
    // epoch the weights are of, or -1 (a run's start or end, or a reset).
    std::map<std::string, Tensor> weightsSnapshot(int* epoch = nullptr) const;

    // While Idle, after a run: writes weights with optimizer state and the project,
    // as ProjectTraining::save().
    bool saveTrained(const QString& projectPath, QString* error);

Q_SIGNALS:
    // totalEpochs: the epoch count the run ends at (epochs before a resume included),
    // so every report's epoch is below it.
    void started(int totalEpochs, int batchesPerEpoch);
    void batchesReady(const QVector<nw::BatchReport>& batches);
    void epochFinished(const nw::EpochReport& report);
    // Right after epochFinished(): the weights that epoch ended with (0-based `epoch`),
    // shared and never changed, for a run's history of snapshots (no copy is made).
    void epochWeights(int epoch, std::shared_ptr<const nw::TrainingSession::Weights> weights);
    void finished(const nw::TrainingResult& result);
    void failed(const QString& message);
    void stateChanged(nw::TrainingSession::State state);
    void decisionFieldReady(const nw::DecisionField& field);
    // resetWeights() is done: weightsSnapshot() holds the seed's initial weights.
    void weightsReset();
    void neuronFieldsReady(const QString& nodeId, const QVector<nw::DecisionField>& fields);
    void sequenceTraceReady(const nw::SequenceTraceReport& report);

private:
    // Runs on the worker thread.
    void runOnWorker(std::shared_ptr<PreparedProject> project, std::shared_ptr<TrainingControl> control,
        TrainingOverrides overrides, bool resume);
    // Worker thread: evaluate the graph and post the result.
    void postDecisionField();
    void postNeuronFields(const QString& nodeId, int columns, int rows);
    void postSequenceTrace(int epoch);
    // Worker thread: makes `graph`'s weights what weightsSnapshot() returns, as of
    // 0-based `epoch` (-1: a run's start or end, a reset).
    std::shared_ptr<const Weights> publishWeights(Graph& graph, int epoch);
    // Session thread: runs `task` on the worker, between batches of a run (even
    // paused) or, Idle, in the worker's event loop.
    void inspectOnWorker(std::function<void()> task);
    // Either thread: posts the pending batches as one batchesReady().
    void flushBatches();
    // Session thread.
    void endRun(std::shared_ptr<ProjectTraining> training, const TrainingResult* result, const QString& error);
    void setState(State state);

    QThread m_thread;
    ThreadMailbox m_worker; // lives on m_thread: the work posted there runs there
    ThreadMailbox m_toSession; // lives on this object's thread: news from the worker

    // Session thread only. While a run lasts the worker owns the project (and the
    // ProjectTraining it builds); the session touches them again only when Idle.
    State m_state = State::Idle;
    std::shared_ptr<PreparedProject> m_project;
    std::shared_ptr<ProjectTraining> m_training; // of the last finished run, for saveTrained()
    std::shared_ptr<TrainingControl> m_control; // of the current run; thread-safe itself

    mutable QMutex m_mutex;
    QVector<BatchReport> m_pendingBatches; // guarded by m_mutex
    std::shared_ptr<const Weights> m_weights; // guarded by m_mutex; never changed once published
    int m_weightsEpoch = -1; // guarded by m_mutex
    // Its settings from any thread; its graph (the current or last run's) on the worker.
    DecisionFieldInspector m_inspector;
    SequenceInspector m_sequences; // the same for the traced sample
    int m_traceEpoch = 0; // worker thread only: the epoch being trained
};

} // namespace nw
