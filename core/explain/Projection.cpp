#include "Projection.h"

#include "Explainer.h"
#include "engine/Rng.h"

#include <Eigen/Dense>

#include <algorithm>

namespace nw {

namespace {

// The top `k` eigenvectors of the covariance of centred `x` [N, D], as columns.
Eigen::MatrixXd topDirections(const Eigen::MatrixXd& x, int k, Eigen::VectorXd& variances)
{
    const Eigen::Index d = x.cols();
    const double denom = std::max<Eigen::Index>(1, x.rows() - 1);
    if (d <= kExactPcaDimensions) {
        const Eigen::MatrixXd cov = (x.transpose() * x) / denom;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
        // Eigenvalues come in increasing order.
        Eigen::MatrixXd dirs(d, k);
        variances.resize(k);
        for (int i = 0; i < k; ++i) {
            dirs.col(i) = solver.eigenvectors().col(d - 1 - i);
            variances(i) = std::max(0.0, solver.eigenvalues()(d - 1 - i));
        }
        return dirs;
    }
    // Randomised subspace iteration (Halko, Martinsson and Tropp 2011) with a few
    // extra directions; re-orthonormalised every step.
    const int width = std::min<Eigen::Index>(d, k + 8);
    Rng rng(0x9ca);
    Eigen::MatrixXd q(d, width);
    for (Eigen::Index i = 0; i < q.size(); ++i)
        q.data()[i] = rng.normal();
    for (int it = 0; it < 12; ++it) {
        const Eigen::MatrixXd y = x.transpose() * (x * q);
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(y);
        q = qr.householderQ() * Eigen::MatrixXd::Identity(d, width);
    }
    const Eigen::MatrixXd small = (q.transpose() * (x.transpose() * (x * q))) / denom;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(small);
    Eigen::MatrixXd dirs(d, k);
    variances.resize(k);
    for (int i = 0; i < k; ++i) {
        dirs.col(i) = q * solver.eigenvectors().col(width - 1 - i);
        variances(i) = std::max(0.0, solver.eigenvalues()(width - 1 - i));
    }
    return dirs;
}

} // namespace

PrincipalComponents principalComponents2d(const Tensor& rows)
{
    if (rows.rank() < 1 || rows.dim(0) < 2)
        throw ExplainError(ExplainProblem::ProjectionTooFewSamples);
    const Eigen::Index n = rows.dim(0);
    const Eigen::Index d = static_cast<Eigen::Index>(rows.size()) / n;
    Eigen::MatrixXd x = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        rows.data(), n, d)
                            .cast<double>();
    x.rowwise() -= x.colwise().mean();
    const double total = x.squaredNorm() / std::max<Eigen::Index>(1, n - 1);
    const int k = static_cast<int>(std::min<Eigen::Index>(2, d));
    Eigen::VectorXd variances;
    Eigen::MatrixXd dirs = topDirections(x, k, variances);
    // Eigenvectors have no sign of their own: make each one's largest loading
    // positive so the same data always gives the same picture.
    for (int i = 0; i < k; ++i) {
        Eigen::Index at = 0;
        dirs.col(i).cwiseAbs().maxCoeff(&at);
        if (dirs(at, i) < 0)
            dirs.col(i) = -dirs.col(i);
    }
    const Eigen::MatrixXd projected = x * dirs;
    PrincipalComponents pc;
    pc.points = Tensor({ static_cast<int>(n), 2 });
    for (Eigen::Index i = 0; i < n; ++i)
        for (int j = 0; j < k; ++j)
            pc.points[static_cast<std::size_t>(i * 2 + j)] = static_cast<float>(projected(i, j));
    for (int j = 0; j < 2; ++j)
        pc.explainedVariance.push_back(j < k && total > 0.0 ? static_cast<float>(variances(j) / total) : 0.0f);
    return pc;
}

} // namespace nw
