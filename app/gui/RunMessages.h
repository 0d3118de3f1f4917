#pragma once
// How a run ended, in the user's language: the engine reports it as data (a
// TrainingResult: status, where, why) and this words it with tr(), plurals through
// %n. English, without a translation loaded, is the engine's own describeTrainingEnd().
#include "engine/TrainingReports.h"

#include <QCoreApplication>
#include <QString>

namespace nw {

class RunMessages {
    Q_DECLARE_TR_FUNCTIONS(RunMessages)

public:
    static QString describe(const TrainingResult& result);
};

} // namespace nw
