#pragma once
// Evaluates a trained project on one split off the GUI thread and hands the
// panels an EvaluationResult. The caller gives up its PreparedProject (a snapshot
// made for this purpose, never the live training session's): the worker owns it
// while it runs, and afterwards the result only keeps its dataset alive.
// Owned by whoever shows the panels (the main window); one run at a time.
#include "EvaluationResult.h"
#include "engine/Tensor.h"
#include "training/BackgroundWatcher.h"

#include <QObject>

#include <map>
#include <memory>
#include <string>

namespace nw {

class EvaluationRunner : public QObject {
    Q_OBJECT
public:
    explicit EvaluationRunner(QObject* parent = nullptr);
    // Waits for a running evaluation: the worker holds the project.
    ~EvaluationRunner() override;

    using WeightMap = std::map<std::string, Tensor>;

    // Starts a run; false (and nothing happens) until the previous one has delivered.
    // With `weights`, the worker first sets them on the project's graph (an empty map:
    // the seed's initial weights), so one project can be evaluated again and again
    // as training moves on; weights that do not fit the graph fail the run.
    bool start(std::shared_ptr<PreparedProject> project, DataPart part, int threads = 0,
        std::shared_ptr<const WeightMap> weights = {});
    bool isRunning() const;
    void waitForFinished();

    // What start() does with `weights`, on the calling thread. Throws EngineError.
    static void setProjectWeights(PreparedProject& project, const WeightMap& weights);
    // The same work on the calling thread (tests, the CLI). Throws EngineError or
    // DataError when the project cannot be evaluated.
    static std::shared_ptr<const EvaluationResult> evaluate(
        std::shared_ptr<PreparedProject> project, DataPart part, int threads = 0);

Q_SIGNALS:
    void finished(std::shared_ptr<const EvaluationResult> result);
    void failed(const QString& message);

private:
    struct Outcome {
        std::shared_ptr<const EvaluationResult> result;
        QString error;
    };
    void deliver();

    BackgroundWatcher<Outcome> m_watcher;
    bool m_busy = false; // from start() until finished() or failed() is emitted
};

} // namespace nw
