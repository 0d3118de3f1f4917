#include "StepStages.h"

#include "engine/StepThroughTrace.h"

#include <algorithm>

namespace nw {

QVector<StepStage> stepStages(const StepThroughTrace& trace)
{
    QVector<StepStage> stages;
    for (const NodeTrace& n : trace.nodes)
        stages.append({ StepStage::Kind::Forward, QString::fromStdString(n.id) });
    stages.append({ StepStage::Kind::Loss, QString() });
    for (auto it = trace.nodes.rbegin(); it != trace.nodes.rend(); ++it)
        if (it->hasGradient)
            stages.append({ StepStage::Kind::Backward, QString::fromStdString(it->id) });
    for (const NodeTrace& n : trace.nodes)
        if (std::any_of(n.parameters.begin(), n.parameters.end(), [](const ParameterTrace& p) { return p.trainable; }))
            stages.append({ StepStage::Kind::Update, QString::fromStdString(n.id) });
    return stages;
}

} // namespace nw
