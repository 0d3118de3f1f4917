// Occlusion (Zeiler and Fergus 2014): a square window of side W slides with
// stride S over the image, filled with the baseline across all channels; every
// pixel gets the mean score drop, score(x) - score(occluded), over the windows
// that cover it (zero where none does). All occluded copies run as batches.
#include "AttributionMethods.h"
#include "Baseline.h"
#include "ExplainModel.h"
#include "Explainer.h"

#include <cstring>
#include <vector>

namespace nw {

Explanation occlusion(ExplainModel& model, const Tensor& sample, int target, const ExplainOptions& options,
    const ExplainContext& context)
{
    if (!isImageShape(sample.shape()))
        throw ExplainError(ExplainProblem::NeedsImage, { explainMethodName(ExplainMethod::Occlusion), shapeToString(sample.shape()) });
    const int channels = sample.dim(0);
    const int h = sample.dim(1);
    const int w = sample.dim(2);
    const int win = options.window;
    const int stride = options.stride;
    if (win < 1 || win > std::min(h, w))
        throw ExplainError(ExplainProblem::OcclusionWindow, { std::to_string(std::min(h, w)), std::to_string(win) });
    if (stride < 1)
        throw ExplainError(ExplainProblem::OcclusionStride, { std::to_string(stride) });
    const Tensor baseline = makeBaseline(options.baseline, sample, context);

    std::vector<int> rowsAt;
    std::vector<int> colsAt;
    for (int y = 0; y + win <= h; y += stride)
        rowsAt.push_back(y);
    for (int x = 0; x + win <= w; x += stride)
        colsAt.push_back(x);
    const int windows = static_cast<int>(rowsAt.size() * colsAt.size());
    Shape shape{ windows + 1 };
    shape.insert(shape.end(), sample.shape().begin(), sample.shape().end());
    Tensor batch(shape);
    const std::size_t size = sample.size();
    std::memcpy(batch.data(), sample.data(), sizeof(float) * size); // row 0: the sample itself
    int k = 1;
    for (int y : rowsAt)
        for (int x : colsAt) {
            float* dst = batch.data() + static_cast<std::size_t>(k++) * size;
            std::memcpy(dst, sample.data(), sizeof(float) * size);
            for (int c = 0; c < channels; ++c)
                for (int r = y; r < y + win; ++r) {
                    const std::size_t at = (static_cast<std::size_t>(c) * h + r) * w + x;
                    std::memcpy(dst + at, baseline.data() + at, sizeof(float) * static_cast<std::size_t>(win));
                }
        }
    const std::vector<float> scores = model.targetScores(batch, target);

    std::vector<double> sum(static_cast<std::size_t>(h * w), 0.0);
    std::vector<int> count(static_cast<std::size_t>(h * w), 0);
    k = 1;
    for (int y : rowsAt)
        for (int x : colsAt) {
            const double drop = static_cast<double>(scores[0]) - scores[static_cast<std::size_t>(k++)];
            for (int r = y; r < y + win; ++r)
                for (int c = x; c < x + win; ++c) {
                    sum[static_cast<std::size_t>(r * w + c)] += drop;
                    count[static_cast<std::size_t>(r * w + c)] += 1;
                }
        }
    Explanation e;
    e.map = Tensor({ h, w });
    for (std::size_t i = 0; i < sum.size(); ++i)
        e.map[i] = count[i] ? static_cast<float>(sum[i] / count[i]) : 0.0f;
    return e;
}

} // namespace nw
