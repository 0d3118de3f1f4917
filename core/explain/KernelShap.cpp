// Kernel SHAP (Lundberg and Lee 2017): Shapley values of the features
// (superpixels or columns) as the weighted least-squares fit of the score over
// coalitions, with the Shapley kernel pi(z) = (M-1) / (C(M,|z|) |z| (M-|z|)).
// Switched-off features take the baseline's values. The empty and the full
// coalition are constraints, not samples: eliminating the last feature makes the
// values sum to score(x) - score(baseline) exactly. Up to 12 features every
// coalition is enumerated (the values are then the exact Shapley values); beyond,
// coalition sizes are drawn in proportion to the kernel's weight per size, each
// with its complement, and weighted equally.
#include "AttributionMethods.h"
#include "Baseline.h"
#include "ExplainModel.h"
#include "Explainer.h"
#include "FeatureGroups.h"
#include "engine/Rng.h"

#include <Eigen/Dense>

#include <cmath>
#include <cstring>
#include <numeric>

namespace nw {

namespace {

double binomial(int n, int k)
{
    double r = 1.0;
    for (int i = 1; i <= k; ++i)
        r = r * (n - k + i) / i;
    return r;
}

struct Coalitions {
    Eigen::MatrixXd z;      // [count, M] on/off
    Eigen::VectorXd weight; // kernel weight per coalition
};

Coalitions enumerateAll(int m)
{
    const int count = (1 << m) - 2;
    Coalitions c{ Eigen::MatrixXd(count, m), Eigen::VectorXd(count) };
    for (int mask = 1, row = 0; mask < (1 << m) - 1; ++mask, ++row) {
        int size = 0;
        for (int j = 0; j < m; ++j) {
            c.z(row, j) = (mask >> j) & 1;
            size += (mask >> j) & 1;
        }
        c.weight(row) = (m - 1) / (binomial(m, size) * size * (m - size));
    }
    return c;
}

Coalitions sampleCoalitions(int m, int count, std::uint64_t seed)
{
    // P(size s) is proportional to the kernel's total weight at s: (M-1) / (s (M-s)).
    std::vector<double> cumulative(static_cast<std::size_t>(m - 1));
    double total = 0.0;
    for (int s = 1; s < m; ++s)
        cumulative[static_cast<std::size_t>(s - 1)] = total += 1.0 / (static_cast<double>(s) * (m - s));
    const int pairs = (count + 1) / 2;
    Coalitions c{ Eigen::MatrixXd::Zero(2 * pairs, m), Eigen::VectorXd::Ones(2 * pairs) };
    Rng rng(seed);
    std::vector<int> order(static_cast<std::size_t>(m));
    for (int p = 0; p < pairs; ++p) {
        const double u = rng.uniform() * total;
        int size = 1;
        while (size < m - 1 && cumulative[static_cast<std::size_t>(size - 1)] < u)
            ++size;
        std::iota(order.begin(), order.end(), 0);
        // The first `size` of a partial Fisher-Yates shuffle: a uniform subset.
        for (int i = 0; i < size; ++i) {
            const int j = i + static_cast<int>(rng.nextU64() % static_cast<std::uint64_t>(m - i));
            std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
        }
        for (int j = 0; j < m; ++j)
            c.z(2 * p + 1, j) = 1.0;
        for (int i = 0; i < size; ++i) {
            c.z(2 * p, order[static_cast<std::size_t>(i)]) = 1.0;
            c.z(2 * p + 1, order[static_cast<std::size_t>(i)]) = 0.0;
        }
    }
    return c;
}

} // namespace

Explanation kernelShap(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context)
{
    const FeatureGroups groups = makeFeatureGroups(sample, options, context);
    const int m = groups.count;
    const Tensor baseline = makeBaseline(options.baseline, sample, context);
    const bool exact = m <= ExplainOptions::kExactShapFeatures;
    const int requested = options.samples > 0 ? options.samples : ExplainOptions::kDefaultPerturbationSamples;
    if (!exact && requested < 2)
        throw ExplainError(ExplainProblem::TooFewSamples, { explainMethodName(ExplainMethod::KernelShap), std::to_string(requested) });
    const Coalitions c = m < 2 ? Coalitions{} : exact ? enumerateAll(m) : sampleCoalitions(m, requested, options.seed);
    const int count = static_cast<int>(c.z.rows());

    // Row 0: the baseline, row 1: the sample, then one row per coalition.
    const std::size_t size = sample.size();
    Shape shape{ count + 2 };
    shape.insert(shape.end(), sample.shape().begin(), sample.shape().end());
    Tensor batch(shape);
    std::memcpy(batch.data(), baseline.data(), sizeof(float) * size);
    std::memcpy(batch.data() + size, sample.data(), sizeof(float) * size);
    std::vector<char> on(static_cast<std::size_t>(m));
    for (int i = 0; i < count; ++i) {
        for (int j = 0; j < m; ++j)
            on[static_cast<std::size_t>(j)] = c.z(i, j) > 0.5;
        composeSample(groups, sample, baseline.data(), on, batch.data() + static_cast<std::size_t>(i + 2) * size);
    }
    const std::vector<float> scores = model.targetScores(batch, target);
    const double f0 = scores[0];
    const double delta = static_cast<double>(scores[1]) - f0;

    std::vector<double> phi(static_cast<std::size_t>(std::max(m, 0)), 0.0);
    if (m == 1)
        phi[0] = delta;
    else if (m > 1) {
        // phi_last = delta - sum(others): fit the others on z_j - z_last.
        Eigen::MatrixXd x(count, m - 1);
        Eigen::VectorXd y(count);
        for (int i = 0; i < count; ++i) {
            const double last = c.z(i, m - 1);
            y(i) = scores[static_cast<std::size_t>(i + 2)] - f0 - last * delta;
            for (int j = 0; j < m - 1; ++j)
                x(i, j) = c.z(i, j) - last;
        }
        const Eigen::MatrixXd normal = x.transpose() * c.weight.asDiagonal() * x;
        const Eigen::VectorXd rhs = x.transpose() * c.weight.asDiagonal() * y;
        // Complete orthogonal decomposition: a sampled design may leave a feature
        // unseen, and the minimum-norm answer then gives it zero.
        const Eigen::VectorXd others = normal.completeOrthogonalDecomposition().solve(rhs);
        double sum = 0.0;
        for (int j = 0; j < m - 1; ++j) {
            phi[static_cast<std::size_t>(j)] = others(j);
            sum += others(j);
        }
        phi[static_cast<std::size_t>(m - 1)] = delta - sum;
    }

    Explanation e;
    double total = 0.0;
    for (double v : phi) {
        e.featureValues.push_back(static_cast<float>(v));
        total += static_cast<float>(v);
    }
    e.featureNames = groups.names;
    e.segments = groups.segments;
    e.exact = exact;
    e.baselineScore = static_cast<float>(f0);
    e.completenessGap = static_cast<float>(std::abs(total - delta));
    e.map = spreadOverInput(groups, e.featureValues, sample.shape());
    return e;
}

} // namespace nw
