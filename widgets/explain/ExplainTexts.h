#pragma once
// What the window calls the explanation methods and baselines, in the user's
// language: core/explain names them for files and the command line
// (explainMethodName()), these are the words on screen.
#include "explain/ExplainMethod.h"
#include "explain/ExplainProblem.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace nw {

class ExplainTexts {
    Q_DECLARE_TR_FUNCTIONS(nw::ExplainTexts)
public:
    static QString methodTitle(ExplainMethod method);
    // One sentence on what the map shows, for tooltips.
    static QString methodToolTip(ExplainMethod method);
    static QString baselineTitle(ExplainBaseline baseline);
    // Why an explanation could not be made (core/explain's ExplainError), in the user's language.
    static QString problem(ExplainProblem problem, const std::vector<std::string>& args);
};

} // namespace nw
