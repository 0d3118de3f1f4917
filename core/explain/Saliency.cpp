// Vanilla gradient saliency (Simonyan et al. 2014) and gradient x input
// (Shrikumar et al. 2016): one backward pass from the target's score.
#include "AttributionMethods.h"
#include "ExplainModel.h"

namespace nw {

Explanation gradientSaliency(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions&,
    const ExplainContext&)
{
    Explanation e;
    e.map = sampleOf(model.gradients(asBatch(sample), target).input, 0);
    return e;
}

Explanation gradientTimesInput(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context)
{
    Explanation e = gradientSaliency(model, sample, target, options, context);
    e.map.array() *= sample.array();
    return e;
}

} // namespace nw
