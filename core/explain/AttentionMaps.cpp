#include "AttentionMaps.h"

#include "ExplainModel.h"
#include "Explainer.h"
#include "engine/layers/MultiHeadAttention.h"

#include <Eigen/Dense>

namespace nw {

namespace {

MultiHeadAttention* attentionLayer(ExplainModel& model, const std::string& node)
{
    auto* layer = dynamic_cast<MultiHeadAttention*>(model.graph().layer(node));
    if (!layer)
        throw ExplainError(ExplainProblem::NotAttentionNode, { node });
    return layer;
}

// The weights of the last forward for its only sample: [1, heads, T, T] -> [heads, T, T].
Tensor onlySample(const Tensor& weights)
{
    const Shape& s = weights.shape();
    return Tensor({ s[1], s[2], s[3] }, std::vector<float>(weights.data(), weights.data() + weights.size()));
}

} // namespace

std::vector<std::string> attentionNodes(ExplainModel& model)
{
    std::vector<std::string> nodes;
    for (const std::string& id : model.graph().nodeIds())
        if (dynamic_cast<MultiHeadAttention*>(model.graph().layer(id)))
            nodes.push_back(id);
    return nodes;
}

Tensor attentionWeights(ExplainModel& model, const Tensor& sample, const std::string& node)
{
    MultiHeadAttention* layer = attentionLayer(model, node);
    model.scores(asBatch(sample));
    return onlySample(layer->attentionWeights());
}

std::vector<Tensor> allAttentionWeights(ExplainModel& model, const Tensor& sample)
{
    const std::vector<std::string> nodes = attentionNodes(model);
    if (nodes.empty())
        throw ExplainError(ExplainProblem::NoAttentionNode);
    model.scores(asBatch(sample));
    std::vector<Tensor> out;
    for (const std::string& node : nodes)
        out.push_back(onlySample(attentionLayer(model, node)->attentionWeights()));
    return out;
}

Tensor attentionRollout(const std::vector<Tensor>& layers)
{
    if (layers.empty())
        throw ExplainError(ExplainProblem::NoAttentionNode);
    const int t = layers.front().dim(1);
    Eigen::MatrixXd rollout = Eigen::MatrixXd::Identity(t, t);
    for (const Tensor& w : layers) {
        if (w.dim(1) != t)
            throw ExplainError(ExplainProblem::RolloutLengths);
        const int heads = w.dim(0);
        Eigen::MatrixXd mean = Eigen::MatrixXd::Zero(t, t);
        for (int h = 0; h < heads; ++h)
            for (int i = 0; i < t; ++i)
                for (int j = 0; j < t; ++j)
                    mean(i, j) += w[(static_cast<std::size_t>(h) * t + i) * t + j];
        mean /= heads;
        // The residual connection: half the information stays where it was.
        Eigen::MatrixXd a = 0.5 * mean + 0.5 * Eigen::MatrixXd::Identity(t, t);
        for (int i = 0; i < t; ++i)
            a.row(i) /= a.row(i).sum();
        rollout = a * rollout;
    }
    Tensor out({ t, t });
    for (int i = 0; i < t; ++i)
        for (int j = 0; j < t; ++j)
            out[static_cast<std::size_t>(i) * t + j] = static_cast<float>(rollout(i, j));
    return out;
}

} // namespace nw
