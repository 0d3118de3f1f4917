#pragma once
// What Start says about the weights a run begins with, in the user's language:
// "Kept imported weights for conv1, conv2; kept trained weights for fc1;
// initialised head." Start keeps every node's imported or trained weights and draws
// only the others from the seed; this names which is which, so a frozen layer is
// never silently re-seeded.
#include "engine/WeightTransfer.h"
#include "model/WeightOrigin.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace nw {

class StartingWeightsText {
    Q_DECLARE_TR_FUNCTIONS(StartingWeightsText)

public:
    // `match`: the document's kept tensors against the run's graph; `origins`: the
    // document's, at Start.
    static QString describe(const WeightMatch& match, const std::map<QString, WeightOrigin>& origins);
};

} // namespace nw
