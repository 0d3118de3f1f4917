#include "SoftmaxCrossEntropy.h"

#include "../EngineError.h"

#include <cmath>

namespace nw {

SoftmaxCrossEntropy::SoftmaxCrossEntropy(float labelSmoothing)
    : m_smoothing(labelSmoothing)
{
    if (!(labelSmoothing >= 0.0f && labelSmoothing < 1.0f))
        throw EngineError("label smoothing must be in [0, 1), got " + std::to_string(labelSmoothing));
}

float SoftmaxCrossEntropy::compute(const Tensor& prediction, const Tensor& target, Tensor& predictionGrad) const
{
    // [N, C]: one label per sample; [N, T, C]: one label per position (tagging),
    // averaged over every position as nn.CrossEntropyLoss does on (N*T, C).
    if (prediction.rank() != 2 && prediction.rank() != 3)
        throw EngineError("cross-entropy needs one score per class (a flat output, or one per position of a "
                          "sequence), got " + shapeToString({prediction.shape().begin() + 1, prediction.shape().end()}));
    const int classes = prediction.dim(prediction.rank() - 1);
    const int steps = prediction.rank() == 3 ? prediction.dim(1) : 1;
    const int batch = prediction.dim(0) * steps;
    if (static_cast<int>(target.size()) != batch)
        throw EngineError(steps > 1 || prediction.rank() == 3
                ? "per-position cross-entropy needs one class label per position, got " + std::to_string(target.size())
                    + " labels for " + std::to_string(prediction.dim(0)) + " samples of " + std::to_string(steps) + " positions"
                : "cross-entropy needs one class label per sample, got " + std::to_string(target.size())
                    + " labels for " + std::to_string(batch) + " samples");
    predictionGrad.resize(prediction.shape());
    const ConstMatrixMap logits = prediction.matrix(batch, classes);
    MatrixMap grad = predictionGrad.matrix(batch, classes);
    const float offValue = m_smoothing / static_cast<float>(classes);
    const float onValue = 1.0f - m_smoothing + offValue;
    const float invBatch = 1.0f / static_cast<float>(batch);
    double total = 0.0;
    for (int i = 0; i < batch; ++i) {
        const float label = target[static_cast<std::size_t>(i)];
        const int y = static_cast<int>(label);
        if (!(label >= 0.0f) || y >= classes || static_cast<float>(y) != label)
            throw EngineError("class label " + std::to_string(label) + " of sample " + std::to_string(i / steps)
                              + (prediction.rank() == 3 ? ", position " + std::to_string(i % steps) : std::string())
                              + " is not a class of this " + std::to_string(classes) + "-class output");
        const float maxLogit = logits.row(i).maxCoeff();
        auto g = grad.row(i);
        g = (logits.row(i).array() - maxLogit).exp().matrix();
        const float sum = g.sum();
        const float logSum = std::log(sum) + maxLogit;
        // loss_i = -sum_c q_c (z_c - logSumExp) with q the smoothed target.
        double rowLoss = 0.0;
        if (m_smoothing > 0.0f)
            rowLoss = -static_cast<double>(offValue) * (logits.row(i).array() - logSum).cast<double>().sum();
        rowLoss -= static_cast<double>(onValue - offValue) * (logits(i, y) - logSum);
        total += rowLoss;
        g *= invBatch / sum;
        if (m_smoothing > 0.0f)
            g.array() -= offValue * invBatch;
        g(y) -= (onValue - offValue) * invBatch;
    }
    return static_cast<float>(total / batch);
}

bool SoftmaxCrossEntropy::countCorrect(const Tensor& prediction, const Tensor& target, std::size_t& correct,
                                       std::size_t& total) const
{
    const int classes = prediction.dim(prediction.rank() - 1);
    const ConstMatrixMap logits = prediction.matrix(static_cast<int>(prediction.size()) / classes, classes);
    correct = 0;
    total = static_cast<std::size_t>(logits.rows());
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        Eigen::Index best = 0;
        logits.row(i).maxCoeff(&best);
        correct += static_cast<float>(best) == target[static_cast<std::size_t>(i)] ? 1 : 0;
    }
    return true;
}

} // namespace nw
