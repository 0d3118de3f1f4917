#pragma once
// Runs explanation jobs for the Explain dock off the GUI thread, one at a time, on
// a graph of its own: a twin (PreparedProject::twin()) of the project it is
// given, made on the worker, so it never touches a training run's graph or
// another panel's. The weights it is given are set on that graph before the next
// job, only when they changed (a drawn stroke does not pay for copying them).
//
// Latest wins: a job submitted while one runs waits, and replaces any job already
// waiting, so a burst of requests (strokes, spin boxes, epochs) never queues up.
// `done` runs on the GUI thread after the job; nothing runs once the runner is
// gone (its destructor waits for the job in flight). Owned by ExplainController.
#include "engine/Tensor.h"
#include "training/BackgroundWatcher.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace nw {

class ExplainModel;
class PreparedProject;
class ThreadPool;

class ExplainJobRunner : public QObject {
    Q_OBJECT
public:
    using WeightMap = std::map<std::string, Tensor>;
    // Runs on a pool thread; returns an error to show, or an empty string. Throwing works too.
    using Work = std::function<QString(ExplainModel& model, PreparedProject& project)>;
    using Done = std::function<void(const QString& error)>;

    // `threads` for the engine's pool (0: every core).
    explicit ExplainJobRunner(int threads = 0, QObject* parent = nullptr);
    ~ExplainJobRunner() override;

    // The project the next jobs run on (a twin of it is made once); null forgets it.
    void setProject(std::shared_ptr<const PreparedProject> project);
    bool hasProject() const { return m_project != nullptr; }
    // Empty map: the seed's initial weights. `revision` tells weights apart cheaply.
    void setWeights(std::shared_ptr<const WeightMap> weights, quint64 revision);

    void submit(Work work, Done done);
    bool isBusy() const { return m_busy; }
    bool hasWaiting() const { return static_cast<bool>(m_waiting.work); }
    // Forgets the job waiting (the one running still delivers).
    void dropWaiting();

private:
    struct Job {
        Work work;
        Done done;
    };
    // What the worker keeps between jobs: the twin and which weights it holds.
    struct State;

    void start(Job job);
    void finished();

    std::shared_ptr<const PreparedProject> m_project;
    std::shared_ptr<const WeightMap> m_weights;
    quint64 m_weightsRevision = 0;
    std::shared_ptr<State> m_state;
    int m_threads;
    BackgroundWatcher<QString> m_watcher;
    Done m_running;
    Job m_waiting;
    bool m_busy = false;
};

} // namespace nw
