#pragma once
// An explanation as the JSON `netwright-cli explain --json` prints (docs/CLI.md):
// method, target and its score and probabilities, the map's shape and range,
// IG's completeness gap, LIME/SHAP's per-feature values with their names, the
// projection's explained variance.
#include "explain/ExplainOptions.h"
#include "explain/Explanation.h"

#include <QJsonObject>
#include <QStringList>

namespace nw::cli {

QJsonObject explanationJson(const Explanation& e, const ExplainOptions& options, const QStringList& classNames);

} // namespace nw::cli
