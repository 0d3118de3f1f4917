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
// Each run ends with exactly one finished() (the engine returned: Completed,
// Stopped, EarlyStopped or Diverged) or failed() (an exception: invalid settings,
// data that cannot be batched, a resume without saved state). By then state() is
// Idle, weightsSnapshot() holds the weights of the run, and start() may be called
// again from the slot. Destroying the session stops a run (paused or not) and joins
// the thread; that takes one batch.
#include "engine/Tensor.h"
#include "ProjectTraining.h"
#include "TrainingMetaTypes.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

#include <map>
#include <memory>
#include <string>

namespace nw {

class PreparedProject;
class TrainingControl;

class TrainingSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)

    static constexpr int kFlushIntervalMs = 50;

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

    // While Idle: draws the project's initial weights again from the seed (of the last
    // run, else the project's) and forgets the optimizer state of the last run.
    bool resetWeights(QString* error = nullptr);

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; } // a run exists, even paused or stopping
    bool isPaused() const { return m_state == State::Paused; }

    // The project's weights and buffers ("<node-id>.<param>") as the last run left
    // them (or after resetWeights()); empty before the first run. A copy: the GUI may
    // keep it while the next run trains.
    std::map<std::string, Tensor> weightsSnapshot() const;

    // While Idle, after a run: writes weights with optimizer state and the project,
    // as ProjectTraining::save().
    bool saveTrained(const QString& projectPath, QString* error);

Q_SIGNALS:
    // totalEpochs: the epoch count the run ends at (epochs before a resume included),
    // so every report's epoch is below it.
    void started(int totalEpochs, int batchesPerEpoch);
    void batchesReady(const QVector<nw::BatchReport>& batches);
    void epochFinished(const nw::EpochReport& report);
    void finished(const nw::TrainingResult& result);
    void failed(const QString& message);
    void stateChanged(nw::TrainingSession::State state);

private:
    // Runs on the worker thread.
    void runOnWorker(std::shared_ptr<PreparedProject> project, std::shared_ptr<TrainingControl> control,
        TrainingOverrides overrides, bool resume);
    // Either thread: posts the pending batches as one batchesReady().
    void flushBatches();
    // Session thread.
    void endRun(std::shared_ptr<ProjectTraining> training, const TrainingResult* result, const QString& error);
    void setState(State state);

    QThread m_thread;
    QObject m_worker; // lives on m_thread: the context for the work posted there

    // Session thread only. While a run lasts the worker owns the project (and the
    // ProjectTraining it builds); the session touches them again only when Idle.
    State m_state = State::Idle;
    std::shared_ptr<PreparedProject> m_project;
    std::shared_ptr<ProjectTraining> m_training; // of the last finished run, for saveTrained()
    std::shared_ptr<TrainingControl> m_control; // of the current run; thread-safe itself

    mutable QMutex m_mutex;
    QVector<BatchReport> m_pendingBatches; // guarded by m_mutex
    std::map<std::string, Tensor> m_weights; // guarded by m_mutex
};

} // namespace nw
