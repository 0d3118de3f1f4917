// The sanity checks of Adebayo et al. 2018 ("Sanity checks for saliency maps"):
// a saliency method worth showing depends on the weights the model learned. The
// digits CNN (tests/fixtures/projects/digits-cnn.nwproj) is trained, and its
// maps for test samples are compared (Spearman rank correlation of |map| over
// the pixels, averaged over the samples) with the same maps made under a second
// seed: SmoothGrad with other noise (gradient and Grad-CAM have no randomness of
// their own, so theirs is 1), and, for reference, a second model trained with
// another seed. Then the model's layers are re-initialised from the top down
// (cascading randomisation): with every layer random, the maps' correlation with
// the trained ones must fall well below (under half) the trained map's
// correlation with itself under a second seed. The figures go to stdout.
#include "engine/Graph.h"
#include "engine/Layer.h"
#include "engine/Rng.h"
#include "engine/ThreadPool.h"
#include "explain/ExplainModel.h"
#include "explain/Explainer.h"
#include "training/PreparedProject.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace nw::test {

namespace {

constexpr int kSamples = 24;

std::vector<double> ranks(const std::vector<float>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> r(values.size());
    // Ties share their mean rank.
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = 0.5 * static_cast<double>(i + j);
        i = j + 1;
    }
    return r;
}

double spearman(const Tensor& a, const Tensor& b)
{
    std::vector<float> x(a.size());
    std::vector<float> y(b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        x[i] = std::abs(a[i]);
        y[i] = std::abs(b[i]);
    }
    const std::vector<double> rx = ranks(x);
    const std::vector<double> ry = ranks(y);
    const double mx = std::accumulate(rx.begin(), rx.end(), 0.0) / static_cast<double>(rx.size());
    const double my = std::accumulate(ry.begin(), ry.end(), 0.0) / static_cast<double>(ry.size());
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) * (rx[i] - mx);
        syy += (ry[i] - my) * (ry[i] - my);
    }
    // A constant map (a Grad-CAM that is zero everywhere) says nothing: no correlation.
    return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

std::unique_ptr<PreparedProject> trained(std::uint64_t seed)
{
    QString error;
    auto project = PreparedProject::load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/tests/fixtures/projects/digits-cnn.nwproj"),
        { .loadWeights = false }, &error);
    if (!project)
        ADD_FAILURE() << error.toStdString();
    ProjectTraining training(*project, { .epochs = 8, .seed = seed, .threads = 2 });
    training.run();
    return project;
}

struct Maps {
    std::vector<Tensor> gradient;
    std::vector<Tensor> smoothGrad;
    std::vector<Tensor> gradCam;
};

Maps mapsOf(Graph& graph, const std::vector<Tensor>& samples, const std::vector<int>& targets, std::uint64_t seed = 1)
{
    ThreadPool pool(2);
    ExplainModel model(graph, pool);
    Maps maps;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        maps.gradient.push_back(explain(model, samples[i], { .method = ExplainMethod::Gradient, .target = targets[i] }).map);
        maps.smoothGrad.push_back(explain(model, samples[i],
            { .method = ExplainMethod::SmoothGrad, .target = targets[i], .samples = 50, .seed = seed }).map);
        maps.gradCam.push_back(
            explain(model, samples[i], { .method = ExplainMethod::GradCam, .target = targets[i], .node = "relu1" }).map);
    }
    return maps;
}

double meanCorrelation(const std::vector<Tensor>& a, const std::vector<Tensor>& b)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += spearman(a[i], b[i]);
    return sum / static_cast<double>(a.size());
}

TEST(SaliencySanity, MapsDependOnTheLearnedWeights)
{
    auto first = trained(1);
    auto second = trained(2);
    ASSERT_TRUE(first && second);

    // Test samples, each explained for its true class.
    const Dataset& data = first->partData(DataPart::Test);
    const std::vector<std::size_t> indices = first->partIndices(DataPart::Test);
    std::vector<Tensor> samples;
    std::vector<int> targets;
    for (int i = 0; i < kSamples; ++i) {
        Tensor inputs;
        Tensor labels;
        data.fillBatch(std::vector<std::size_t>{ indices[static_cast<std::size_t>(i)] }, inputs, labels);
        samples.push_back(sampleOf(inputs, 0));
        targets.push_back(static_cast<int>(labels[0]));
    }

    const Maps reference = mapsOf(first->graph(), samples, targets, 1);
    // The trained map under a second seed: only SmoothGrad has one.
    const Maps secondSeed = mapsOf(first->graph(), samples, targets, 2);
    const double gradientSelf = meanCorrelation(reference.gradient, secondSeed.gradient);
    const double smoothSelf = meanCorrelation(reference.smoothGrad, secondSeed.smoothGrad);
    const double camSelf = meanCorrelation(reference.gradCam, secondSeed.gradCam);
    std::printf("trained, second seed:           gradient %.3f, smoothgrad %.3f, grad-cam %.3f\n", gradientSelf,
        smoothSelf, camSelf);
    const Maps otherModel = mapsOf(second->graph(), samples, targets, 1);
    std::printf("trained, second training seed:  gradient %.3f, smoothgrad %.3f, grad-cam %.3f\n",
        meanCorrelation(reference.gradient, otherModel.gradient), meanCorrelation(reference.smoothGrad, otherModel.smoothGrad),
        meanCorrelation(reference.gradCam, otherModel.gradCam));

    // Cascading randomisation, from the output layer down.
    Rng rng(99);
    Maps randomised;
    for (const char* node : { "out", "conv2", "conv1" }) {
        first->graph().layer(node)->initialize(rng);
        randomised = mapsOf(first->graph(), samples, targets, 1);
        std::printf("randomised down to %-5s:       gradient %.3f, smoothgrad %.3f, grad-cam %.3f\n", node,
            meanCorrelation(reference.gradient, randomised.gradient), meanCorrelation(reference.smoothGrad, randomised.smoothGrad),
            meanCorrelation(reference.gradCam, randomised.gradCam));
    }
    EXPECT_GT(smoothSelf, 0.8);
    EXPECT_LT(meanCorrelation(reference.gradient, randomised.gradient), 0.5 * gradientSelf);
    EXPECT_LT(meanCorrelation(reference.smoothGrad, randomised.smoothGrad), 0.5 * smoothSelf);
    EXPECT_LT(meanCorrelation(reference.gradCam, randomised.gradCam), 0.5 * camSelf);
}

} // namespace

} // namespace nw::test
