#include "ImageAugmenter.h"

#include "engine/Rng.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace nw {

void ImageAugmenter::warp(const AugmentationDraw& draw, float* image, int channels, int height, int width)
{
    const std::size_t plane = static_cast<std::size_t>(height) * width;
    m_scratch.assign(image, image + plane * channels);
    if (draw.isFlipOnly()) {
        const int code = draw.hflip && draw.vflip ? -1 : (draw.hflip ? 1 : 0);
        for (int c = 0; c < channels; ++c) {
            const cv::Mat src(height, width, CV_32FC1, m_scratch.data() + c * plane);
            cv::Mat dst(height, width, CV_32FC1, image + c * plane);
            cv::flip(src, dst, code);
        }
        return;
    }
    const auto a = draw.affine(height, width);
    const cv::Mat matrix(2, 3, CV_64FC1, const_cast<double*>(a.data()));
    for (int c = 0; c < channels; ++c) {
        const cv::Mat src(height, width, CV_32FC1, m_scratch.data() + c * plane);
        cv::Mat dst(height, width, CV_32FC1, image + c * plane);
        // dst wraps the batch's own storage and has the right size and type, so
        // OpenCV writes into it and allocates nothing.
        cv::warpAffine(src, dst, matrix, dst.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    }
}

void ImageAugmenter::apply(const AugmentationDraw& draw, float* image, int channels, int height, int width,
    const std::optional<PixelRange>& range)
{
    const std::size_t n = static_cast<std::size_t>(channels) * height * width;
    if (draw.isGeometric())
        warp(draw, image, channels, height, width);

    const bool photometric = draw.brightness != 0.0f || draw.contrast != 1.0f || draw.noiseStd > 0.0f;
    if (draw.brightness != 0.0f)
        for (std::size_t i = 0; i < n; ++i)
            image[i] += draw.brightness;
    if (draw.contrast != 1.0f) {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            sum += image[i];
        const float mean = static_cast<float>(sum / static_cast<double>(n));
        for (std::size_t i = 0; i < n; ++i)
            image[i] = mean + (image[i] - mean) * draw.contrast;
    }
    if (draw.noiseStd > 0.0f) {
        Rng rng(draw.noiseKey);
        for (std::size_t i = 0; i < n; ++i)
            image[i] += rng.normal(0.0f, draw.noiseStd);
    }
    if (photometric && range)
        for (std::size_t i = 0; i < n; ++i)
            image[i] = std::clamp(image[i], range->min, range->max);

    if (draw.cutoutWidth > 0) {
        const std::size_t plane = static_cast<std::size_t>(height) * width;
        for (int c = 0; c < channels; ++c)
            for (int y = draw.cutoutY; y < draw.cutoutY + draw.cutoutHeight; ++y)
                std::fill_n(
                    image + c * plane + static_cast<std::size_t>(y) * width + draw.cutoutX, draw.cutoutWidth, 0.0f);
    }
}

} // namespace nw
