#include "AnalysisTestSupport.h"

#include "analysis/EvaluationRunner.h"
#include "engine/TrainingEndText.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>

namespace nw::test {

std::shared_ptr<const EvaluationResult> trainedEvaluation(const QString& name, DataPart part)
{
    QString error;
    std::shared_ptr<PreparedProject> project
        = PreparedProject::load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/%1.nwproj").arg(name),
            { .loadWeights = false }, &error);
    if (!project || !project->isValid()) {
        ADD_FAILURE() << "cannot load " << name.toStdString() << ": " << error.toStdString();
        return nullptr;
    }
    ProjectTraining training(*project, { .threads = 1 });
    const TrainingResult trained = training.run();
    if (trained.status != TrainingStatus::Completed && trained.status != TrainingStatus::EarlyStopped) {
        ADD_FAILURE() << "training " << name.toStdString() << " failed: " << describeTrainingEnd(trained);
        return nullptr;
    }
    return EvaluationRunner::evaluate(std::move(project), part, 1);
}

} // namespace nw::test
