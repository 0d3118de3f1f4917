#include "Baseline.h"

#include "Explainer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>

namespace nw {

bool isImageShape(const Shape& shape)
{
    return shape.size() == 3 && shape[1] >= 2 && shape[2] >= 2;
}

double blurBaselineSigma(int height, int width)
{
    // A blur wide enough to wash out strokes and edges (a quarter of the larger
    // side, as a kernel radius of about 3 sigma) while keeping the coarse layout.
    return std::max(height, width) / 8.0;
}

Tensor makeBaseline(ExplainBaseline baseline, const Tensor& sample, const ExplainContext& context)
{
    switch (baseline) {
    case ExplainBaseline::Zeros:
        return Tensor(sample.shape());
    case ExplainBaseline::Mean:
        if (context.trainingMean.shape() != sample.shape())
            throw ExplainError(ExplainProblem::MeanBaselineUnavailable);
        return context.trainingMean;
    case ExplainBaseline::Blur: {
        if (!isImageShape(sample.shape()))
            throw ExplainError(ExplainProblem::NeedsImage, { explainBaselineName(ExplainBaseline::Blur), shapeToString(sample.shape()) });
        const int channels = sample.dim(0);
        const int h = sample.dim(1);
        const int w = sample.dim(2);
        const double sigma = blurBaselineSigma(h, w);
        Tensor out(sample.shape());
        for (int c = 0; c < channels; ++c) {
            const std::size_t offset = static_cast<std::size_t>(c) * static_cast<std::size_t>(h * w);
            cv::Mat plane(h, w, CV_32F, const_cast<float*>(sample.data() + offset));
            cv::Mat blurred(h, w, CV_32F, out.data() + offset);
            cv::GaussianBlur(plane, blurred, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT);
        }
        return out;
    }
    }
    return Tensor(sample.shape());
}

} // namespace nw
