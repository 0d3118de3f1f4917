#pragma once
// What the window calls the explanation methods and baselines, in the user's
// language: core/explain names them for files and the command line
// (explainMethodName()), these are the words on screen.
#include "explain/ExplainMethod.h"

#include <QCoreApplication>
#include <QString>

namespace nw {

class ExplainTexts {
    Q_DECLARE_TR_FUNCTIONS(nw::ExplainTexts)
public:
    static QString methodTitle(ExplainMethod method);
    // One sentence on what the map shows, for tooltips.
    static QString methodToolTip(ExplainMethod method);
    static QString baselineTitle(ExplainBaseline baseline);
};

} // namespace nw
