#pragma once
// What `netwright-cli train` adds to the project's runs/ folder once its weights are
// saved: the run's settings, history, test figures and final weights (RunStore), with
// the run it continued from when it resumed.
#include "engine/TrainingReports.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nw {
class PreparedProject;
class ProjectTraining;
struct EvaluationReport;
} // namespace nw

namespace nw::cli {

struct TrainRunFacts {
    QString projectPath; // where the trained project was saved: the run belongs to it
    QString dataSpec;
    QDateTime started;
    double seconds = 0.0;
    bool resumed = false;
};

// Returns the new run's id, or nullopt with `error` set.
std::optional<QString> recordTrainRun(PreparedProject& prepared, const ProjectTraining& training,
    const TrainingResult& result, const EvaluationReport* test, const TrainRunFacts& facts, QString* error);

} // namespace nw::cli
