#include "ExplainJobRunner.h"

#include "analysis/EvaluationRunner.h"
#include "engine/ThreadPool.h"
#include "explain/ExplainModel.h"
#include "explain/ExplainTexts.h"
#include "explain/Explainer.h"
#include "training/BackgroundTask.h"
#include "training/PreparedProject.h"


namespace nw {

struct ExplainJobRunner::State {
    std::shared_ptr<const PreparedProject> source; // what `twin` was made from
    std::unique_ptr<PreparedProject> twin;
    quint64 weightsRevision = 0;
    bool weightsSet = false;
    std::unique_ptr<ThreadPool> pool;
};

ExplainJobRunner::ExplainJobRunner(int threads, QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
    , m_threads(threads)
{
    connect(&m_watcher, &BackgroundWatcher<QString>::finished, this, &ExplainJobRunner::finished);
}

ExplainJobRunner::~ExplainJobRunner()
{
    m_watcher.waitForFinished();
}

void ExplainJobRunner::setProject(std::shared_ptr<const PreparedProject> project)
{
    m_project = std::move(project);
}

void ExplainJobRunner::setWeights(std::shared_ptr<const WeightMap> weights, quint64 revision)
{
    m_weights = std::move(weights);
    m_weightsRevision = revision;
}

void ExplainJobRunner::submit(Work work, Done done)
{
    Job job { std::move(work), std::move(done) };
    if (m_busy) {
        m_waiting = std::move(job); // replaces whatever waited
        return;
    }
    start(std::move(job));
}

void ExplainJobRunner::dropWaiting()
{
    m_waiting = {};
}

void ExplainJobRunner::start(Job job)
{
    if (!m_project) {
        if (job.done)
            job.done(tr("The network is not ready yet."));
        return;
    }
    m_busy = true;
    m_running = std::move(job.done);
    m_watcher.setTask(runInBackground(
        [state = m_state, project = m_project, weights = m_weights, revision = m_weightsRevision, threads = m_threads,
            work = std::move(job.work)]() -> QString {
            try {
                if (state->source != project || !state->twin) {
                    state->twin = project->twin();
                    state->source = project;
                    state->weightsSet = false;
                    if (!state->twin)
                        return tr("The network has problems; see the Problems panel.");
                }
                if (!state->weightsSet || state->weightsRevision != revision) {
                    state->weightsSet = false; // until they are on the graph
                    EvaluationRunner::setProjectWeights(*state->twin, weights ? *weights : WeightMap {});
                    state->weightsRevision = revision;
                    state->weightsSet = true;
                }
                if (!state->pool)
                    state->pool = std::make_unique<ThreadPool>(threads);
                ExplainModel model(state->twin->graph(), *state->pool);
                return work(model, *state->twin);
            } catch (const ExplainError& error) {
                return ExplainTexts::problem(error.problem(), error.args());
            } catch (const std::exception& error) {
                return QString::fromStdString(error.what());
            }
        }));
}

void ExplainJobRunner::finished()
{
    const QString error = m_watcher.result();
    m_busy = false;
    Done done = std::move(m_running);
    m_running = {};
    if (m_waiting.work) {
        Job next = std::move(m_waiting);
        m_waiting = {};
        start(std::move(next));
    }
    if (done)
        done(error);
}

} // namespace nw
