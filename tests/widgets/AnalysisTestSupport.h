#pragma once
// Trained example projects evaluated for the analysis panel tests.
#include "analysis/EvaluationResult.h"

#include <QString>

#include <memory>

namespace nw::test {

// resources/examples/<name>.nwproj trained with its own settings on one thread,
// then evaluated on `part`. Null (with a gtest failure) when anything fails.
std::shared_ptr<const EvaluationResult> trainedEvaluation(const QString& name, DataPart part = DataPart::Test);

} // namespace nw::test
