#pragma once
// The one entry point of core/explain: runs any method on one sample (or, for
// projection, on many) and fills in what every explanation carries (target,
// predicted class, score, probabilities). Throws ExplainError with a message a
// user understands when a method cannot apply (Grad-CAM on a flat node, a
// baseline the context cannot give).
#include "ExplainContext.h"
#include "ExplainOptions.h"
#include "ExplainProblem.h"
#include "Explanation.h"

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace nw {

class ExplainModel;

// Carries the problem as data (ExplainProblem.h) and its English text as what().
class ExplainError : public std::runtime_error {
public:
    ExplainError(ExplainProblem problem, std::vector<std::string> args = {})
        : std::runtime_error(describeExplainProblem(problem, args))
        , m_problem(problem)
        , m_args(std::move(args))
    {
    }
    ExplainProblem problem() const { return m_problem; }
    const std::vector<std::string>& args() const { return m_args; }

private:
    ExplainProblem m_problem;
    std::vector<std::string> m_args;
};

// `sample` has the input's shape, no batch dimension.
Explanation explain(ExplainModel& model, const Tensor& sample, const ExplainOptions& options,
    const ExplainContext& context = {});

// Projection of a node's outputs over `samples` [N, input...] to 2-D.
Explanation explainProjection(ExplainModel& model, const Tensor& samples, const std::string& node);

} // namespace nw
