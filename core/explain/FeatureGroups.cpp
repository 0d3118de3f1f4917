#include "FeatureGroups.h"

#include "Baseline.h"
#include "Explainer.h"

#include <opencv2/core.hpp>
#ifdef NETWRIGHT_HAVE_SLIC
#include <opencv2/ximgproc/slic.hpp>
#endif

#include <algorithm>
#include <cmath>
#include <map>

namespace nw {

namespace {

// Superpixel labels [H, W] numbered 0..K-1 in raster order of first appearance.
std::vector<int> renumber(const std::vector<int>& labels, int& count)
{
    std::map<int, int> ids;
    std::vector<int> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        auto [it, added] = ids.emplace(labels[i], static_cast<int>(ids.size()));
        out[i] = it->second;
    }
    count = static_cast<int>(ids.size());
    return out;
}

int regionSide(int h, int w, int superpixels)
{
    const double side = std::sqrt(static_cast<double>(h) * w / std::max(1, superpixels));
    return std::max(2, static_cast<int>(std::lround(side)));
}

[[maybe_unused]] std::vector<int> gridLabels(int h, int w, int side)
{
    const int cols = (w + side - 1) / side;
    std::vector<int> labels(static_cast<std::size_t>(h * w));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            labels[static_cast<std::size_t>(y * w + x)] = (y / side) * cols + x / side;
    return labels;
}

#ifdef NETWRIGHT_HAVE_SLIC
std::vector<int> slicLabels(const Tensor& sample, int side)
{
    const int channels = sample.dim(0);
    const int h = sample.dim(1);
    const int w = sample.dim(2);
    // SLIC wants interleaved pixels; the sample is scaled to 0..255 so its colour
    // distance means the same whatever the input's normalisation.
    const auto [lo, hi] = std::minmax_element(sample.data(), sample.data() + sample.size());
    const float range = *hi > *lo ? *hi - *lo : 1.0f;
    const int useChannels = std::min(channels, 3);
    cv::Mat image(h, w, CV_32FC(useChannels));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < useChannels; ++c)
                image.ptr<float>(y)[x * useChannels + c]
                    = 255.0f * (sample[(static_cast<std::size_t>(c) * h + y) * w + x] - *lo) / range;
    auto slic = cv::ximgproc::createSuperpixelSLIC(image, cv::ximgproc::SLICO, side);
    slic->iterate(10);
    slic->enforceLabelConnectivity(25);
    cv::Mat labels;
    slic->getLabels(labels);
    std::vector<int> out(static_cast<std::size_t>(h * w));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            out[static_cast<std::size_t>(y * w + x)] = labels.at<int>(y, x);
    return out;
}
#endif

} // namespace

bool superpixelsUseSlic()
{
#ifdef NETWRIGHT_HAVE_SLIC
    return true;
#else
    return false;
#endif
}

FeatureGroups makeFeatureGroups(const Tensor& sample, const ExplainOptions& options, const ExplainContext& context)
{
    FeatureGroups g;
    if (isImageShape(sample.shape())) {
        const int channels = sample.dim(0);
        const int h = sample.dim(1);
        const int w = sample.dim(2);
        if (options.superpixels < 1)
            throw ExplainError(ExplainProblem::TooFewSuperpixels, { std::to_string(options.superpixels) });
        const int side = regionSide(h, w, options.superpixels);
#ifdef NETWRIGHT_HAVE_SLIC
        const std::vector<int> raw = slicLabels(sample, side);
#else
        const std::vector<int> raw = gridLabels(h, w, side);
#endif
        const std::vector<int> pixels = renumber(raw, g.count);
        g.image = true;
        g.segments = Tensor({ h, w });
        for (std::size_t i = 0; i < pixels.size(); ++i)
            g.segments[i] = static_cast<float>(pixels[i]);
        g.groupOf.resize(sample.size());
        for (int c = 0; c < channels; ++c)
            std::copy(pixels.begin(), pixels.end(), g.groupOf.begin() + static_cast<std::ptrdiff_t>(c) * h * w);
        for (int k = 0; k < g.count; ++k)
            g.names.push_back("superpixel " + std::to_string(k));
        return g;
    }
    g.count = static_cast<int>(sample.size());
    g.groupOf.resize(sample.size());
    for (std::size_t i = 0; i < sample.size(); ++i)
        g.groupOf[i] = static_cast<int>(i);
    for (int k = 0; k < g.count; ++k)
        g.names.push_back(static_cast<std::size_t>(k) < context.featureNames.size()
                ? context.featureNames[static_cast<std::size_t>(k)]
                : "feature " + std::to_string(k));
    return g;
}

void composeSample(const FeatureGroups& groups, const Tensor& sample, const float* off, const std::vector<char>& on,
    float* dst)
{
    for (std::size_t i = 0; i < sample.size(); ++i)
        dst[i] = on[static_cast<std::size_t>(groups.groupOf[i])] ? sample[i] : off[i];
}

Tensor spreadOverInput(const FeatureGroups& groups, const std::vector<float>& perFeature, const Shape& shape)
{
    Tensor out(shape);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = perFeature[static_cast<std::size_t>(groups.groupOf[i])];
    return out;
}

} // namespace nw
