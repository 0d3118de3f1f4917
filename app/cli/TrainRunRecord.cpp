#include "TrainRunRecord.h"

#include "io/GraphWeights.h"
#include "io/RunStore.h"
#include "io/TrainingConfigChanges.h"
#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"
#include "training/ProjectTraining.h"

namespace nw::cli {

std::optional<QString> recordTrainRun(PreparedProject& prepared, const ProjectTraining& training,
    const TrainingResult& result, const EvaluationReport* test, const TrainRunFacts& facts, QString* error)
{
    const RunStore store(facts.projectPath);
    QStringList problems; // unreadable runs are not this run's problem; `runs` reports them
    const std::vector<RunRecord> earlier = store.list(&problems);

    RunRecord run;
    run.origin = QStringLiteral("cli");
    run.started = facts.started.toUTC();
    run.durationSeconds = facts.seconds;
    run.status = RunRecord::statusName(result.status);
    run.training = training.config();
    run.dataSpec = facts.dataSpec;
    run.history = result.history;
    // A resumed run goes on from the weights the last run left, at the epoch it reached.
    if (facts.resumed && !earlier.empty()) {
        run.parent = earlier.back().id;
        run.branchEpoch = training.epochsBefore();
        // The resumed epochs are numbered after the parent's.
    }
    if (!earlier.empty())
        run.changes = trainingConfigChanges(earlier.back().training, run.training);
    if (test)
        run.test = Evaluation { static_cast<float>(test->loss),
            test->classification ? static_cast<float>(test->accuracy) : -1.0f, test->samples };
    if (!store.add(run, collectWeights(prepared.graph()), error))
        return std::nullopt;
    return run.id;
}

} // namespace nw::cli
