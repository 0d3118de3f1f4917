// LIME (Ribeiro et al. 2016): the model's score on perturbed copies of the sample
// (features switched off at random) is fitted by a ridge regression on the on/off
// pattern, each copy weighted by its closeness to the sample. Images switch
// superpixels to the baseline; tables replace a column with the value of a random
// training row (the baseline when no training rows are at hand). Closeness is
// LIME's default for images: exp(-d^2 / 0.25^2) with d the cosine distance
// between the pattern and all-on; ridge alpha 1 with an unpenalised intercept.
#include "AttributionMethods.h"
#include "Baseline.h"
#include "ExplainModel.h"
#include "Explainer.h"
#include "FeatureGroups.h"
#include "engine/Rng.h"

#include <Eigen/Dense>

#include <cmath>
#include <cstring>

namespace nw {

namespace {

constexpr double kKernelWidth = 0.25;
constexpr double kRidgeAlpha = 1.0;

} // namespace

Explanation lime(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context)
{
    const int n = options.samples > 0 ? options.samples : ExplainOptions::kDefaultPerturbationSamples;
    if (n < 2)
        throw ExplainError(ExplainProblem::TooFewSamples, { explainMethodName(ExplainMethod::Lime), std::to_string(n) });
    const FeatureGroups groups = makeFeatureGroups(sample, options, context);
    const int m = groups.count;
    const Tensor baseline = makeBaseline(options.baseline, sample, context);
    const std::size_t size = sample.size();
    const bool drawRows = !groups.image && context.trainingSamples.rank() >= 1 && context.trainingSamples.dim(0) > 0
        && context.trainingSamples.size() / static_cast<std::size_t>(context.trainingSamples.dim(0)) == size;

    Rng rng(options.seed);
    Eigen::MatrixXd z(n, m);
    Shape shape{ n };
    shape.insert(shape.end(), sample.shape().begin(), sample.shape().end());
    Tensor batch(shape);
    std::vector<char> on(static_cast<std::size_t>(m));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) {
            // The first copy is the sample itself, as in LIME.
            on[static_cast<std::size_t>(j)] = i == 0 || rng.uniform() < 0.5f;
            z(i, j) = on[static_cast<std::size_t>(j)] ? 1.0 : 0.0;
        }
        const float* off = baseline.data();
        if (drawRows) {
            const auto rows = static_cast<std::uint64_t>(context.trainingSamples.dim(0));
            off = context.trainingSamples.data() + (rng.nextU64() % rows) * size;
        }
        composeSample(groups, sample, off, on, batch.data() + static_cast<std::size_t>(i) * size);
    }
    const std::vector<float> scores = model.targetScores(batch, target);

    Eigen::VectorXd y(n);
    Eigen::VectorXd weight(n);
    for (int i = 0; i < n; ++i) {
        y(i) = scores[static_cast<std::size_t>(i)];
        const double active = z.row(i).sum();
        const double distance = active > 0.0 ? 1.0 - std::sqrt(active / m) : 1.0;
        weight(i) = std::exp(-distance * distance / (kKernelWidth * kKernelWidth));
    }
    // Weighted ridge with an intercept: centre by the weighted means, solve the
    // normal equations for the slopes, recover the intercept.
    const double total = weight.sum();
    const Eigen::RowVectorXd zMean = (weight.asDiagonal() * z).colwise().sum() / total;
    const double yMean = weight.dot(y) / total;
    const Eigen::MatrixXd zc = z.rowwise() - zMean;
    const Eigen::VectorXd yc = y.array() - yMean;
    Eigen::MatrixXd normal = zc.transpose() * weight.asDiagonal() * zc;
    normal.diagonal().array() += kRidgeAlpha;
    const Eigen::VectorXd beta = normal.ldlt().solve(zc.transpose() * weight.asDiagonal() * yc);
    const double intercept = yMean - zMean.dot(beta);

    const Eigen::VectorXd fitted = (z * beta).array() + intercept;
    const double residual = (weight.array() * (y - fitted).array().square()).sum();
    const double spread = (weight.array() * yc.array().square()).sum();

    Explanation e;
    e.featureValues.resize(static_cast<std::size_t>(m));
    for (int j = 0; j < m; ++j)
        e.featureValues[static_cast<std::size_t>(j)] = static_cast<float>(beta(j));
    e.featureNames = groups.names;
    e.segments = groups.segments;
    e.intercept = static_cast<float>(intercept);
    e.localFit = static_cast<float>(spread > 0.0 ? 1.0 - residual / spread : 1.0);
    e.map = spreadOverInput(groups, e.featureValues, sample.shape());
    return e;
}

} // namespace nw
