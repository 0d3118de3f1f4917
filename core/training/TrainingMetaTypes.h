#pragma once
// Makes the engine's report structs known to Qt's meta-type system, so they can
// travel through queued signals (TrainingSession) and QVariant (QSignalSpy, models).
// Q_DECLARE_METATYPE covers QVector<nw::BatchReport> too; registerTrainingMetaTypes()
// also registers the names for string-based connections. Safe to call repeatedly.
#include "engine/TrainingReports.h"
#include "DecisionField.h"

#include <QMetaType>
#include <QVector>

Q_DECLARE_METATYPE(nw::BatchReport)
Q_DECLARE_METATYPE(nw::EpochReport)
Q_DECLARE_METATYPE(nw::TrainingResult)
Q_DECLARE_METATYPE(nw::DecisionField)

namespace nw {

void registerTrainingMetaTypes();

} // namespace nw
