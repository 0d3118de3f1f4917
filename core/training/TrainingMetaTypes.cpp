#include "TrainingMetaTypes.h"

namespace nw {

void registerTrainingMetaTypes()
{
    qRegisterMetaType<nw::BatchReport>("nw::BatchReport");
    qRegisterMetaType<nw::EpochReport>("nw::EpochReport");
    qRegisterMetaType<nw::TrainingResult>("nw::TrainingResult");
    qRegisterMetaType<QVector<nw::BatchReport>>("QVector<nw::BatchReport>");
    qRegisterMetaType<nw::DecisionField>("nw::DecisionField");
    qRegisterMetaType<QVector<nw::DecisionField>>("QVector<nw::DecisionField>");
}

} // namespace nw
