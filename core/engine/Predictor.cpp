#include "Predictor.h"

#include "BatchSource.h"
#include "ExecutionContext.h"
#include "Graph.h"

#include <algorithm>
#include <numeric>

namespace nw {

Predictions predictAll(Graph& graph, const BatchSource& source, ThreadPool& pool, int batchSize)
{
    Predictions result;
    const std::size_t n = source.size();
    const std::size_t batch = static_cast<std::size_t>(std::max(1, batchSize));
    ExecutionContext ctx{&pool, false, 0};
    std::vector<std::size_t> indices(batch);
    Tensor inputs, targets;
    std::size_t outStride = 0, targetStride = 0;
    for (std::size_t start = 0; start < n; start += batch) {
        const std::size_t count = std::min(batch, n - start);
        indices.resize(count);
        std::iota(indices.begin(), indices.end(), start);
        source.fillBatchInParallel(indices, &pool, inputs, targets);
        const Tensor& out = graph.forward(inputs, ctx);
        ctx.weightsUnchangedSinceLastForward = true; // nothing here touches the weights between batches
        if (start == 0) {
            Shape outShape = out.shape();
            outShape[0] = static_cast<int>(n);
            result.outputs.resize(outShape);
            Shape targetShape = targets.shape();
            targetShape[0] = static_cast<int>(n);
            result.targets.resize(targetShape);
            outStride = out.size() / count;
            targetStride = targets.size() / count;
        }
        std::copy_n(out.data(), out.size(), result.outputs.data() + start * outStride);
        std::copy_n(targets.data(), targets.size(), result.targets.data() + start * targetStride);
    }
    return result;
}

Tensor softmaxRows(const Tensor& logits)
{
    Tensor p(logits.shape());
    const ConstMatrixMap z = logits.matrix();
    MatrixMap out = p.matrix();
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
        out.row(i) = (z.row(i).array() - z.row(i).maxCoeff()).exp().matrix();
        out.row(i) /= out.row(i).sum();
    }
    return p;
}

std::vector<int> argmaxRows(const Tensor& scores)
{
    const ConstMatrixMap s = scores.matrix();
    std::vector<int> best(static_cast<std::size_t>(s.rows()));
    for (Eigen::Index i = 0; i < s.rows(); ++i) {
        Eigen::Index k = 0;
        s.row(i).maxCoeff(&k);
        best[static_cast<std::size_t>(i)] = static_cast<int>(k);
    }
    return best;
}

} // namespace nw
