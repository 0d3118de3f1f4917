#pragma once
// The methods behind explain() (Explainer.h), one file each, one signature: the
// model, one sample (input shape, no batch dimension), the target class already
// resolved, the options and the context. Each fills the map and its diagnostics;
// explain() fills the rest (score, probabilities, predicted class).
#include "ExplainContext.h"
#include "ExplainOptions.h"
#include "Explanation.h"

namespace nw {

class ExplainModel;

Explanation gradientSaliency(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation gradientTimesInput(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation smoothGrad(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation integratedGradients(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation gradCam(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation occlusion(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation lime(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);
Explanation kernelShap(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context);

} // namespace nw
