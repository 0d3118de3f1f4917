#pragma once
// What is wrong with the network, in the user's language: the engine reports each
// problem as data (GraphProblem and its arguments) and this words it with tr(). A
// layer's own reason (why it rejects its input shape) comes from the engine in
// English and is shown as it is. English, without a translation loaded, is the
// engine's own sentence.
#include "engine/GraphReport.h"

#include <QCoreApplication>
#include <QString>

namespace nw {

class GraphMessages {
    Q_DECLARE_TR_FUNCTIONS(GraphMessages)

public:
    static QString describe(const NodeMessage& message);
};

} // namespace nw
