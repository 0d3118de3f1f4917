// crossValidateProject on the iris example: every pooled sample is held out once,
// the summary is the mean and population std of the folds, and the same seed gives
// the same folds and the same numbers (each fold starts from the seed's weights).
#include "training/CrossValidation.h"

#include "engine/EngineError.h"
#include "engine/Tensor.h"
#include "training/PreparedProject.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace nw;

namespace {
std::unique_ptr<PreparedProject> iris()
{
    QString error;
    auto p = PreparedProject::load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/iris.nwproj"), {}, &error);
    EXPECT_TRUE(p) << qPrintable(error);
    return p;
}

TrainingOverrides quick()
{
    TrainingOverrides o;
    o.epochs = 5;
    o.threads = 1;
    return o;
}
} // namespace

TEST(CrossValidation, HoldsOutEveryPooledSampleOnceAndSummarisesTheFolds)
{
    auto p = iris();
    ASSERT_TRUE(p);
    int calls = 0;
    const CrossValidationReport r = crossValidateProject(*p, 4, quick(), [&](const CrossValidationFold&) { ++calls; });
    EXPECT_EQ(calls, 4);
    ASSERT_EQ(r.perFold.size(), 4u);
    EXPECT_EQ(r.samples, p->partSize(DataPart::Train) + p->partSize(DataPart::Validation));
    std::size_t tested = 0;
    for (const auto& f : r.perFold) {
        tested += f.testSamples;
        EXPECT_EQ(f.trainSamples + f.testSamples, r.samples);
        EXPECT_EQ(f.epochs, 5);
    }
    EXPECT_EQ(tested, r.samples);
    ASSERT_EQ(r.summary.size(), 4u); // loss, accuracy, macro_f1, macro_auc
    EXPECT_EQ(r.summary[1].name, "accuracy");
    double mean = 0.0, var = 0.0;
    for (const auto& f : r.perFold)
        mean += f.metrics[1].second / 4;
    for (const auto& f : r.perFold)
        var += (f.metrics[1].second - mean) * (f.metrics[1].second - mean) / 4;
    EXPECT_NEAR(r.summary[1].mean, mean, 1e-12);
    EXPECT_NEAR(r.summary[1].std, std::sqrt(var), 1e-12);
}

TEST(CrossValidation, SameSeedSameNumbers)
{
    auto a = iris(), b = iris();
    ASSERT_TRUE(a && b);
    const auto ra = crossValidateProject(*a, 3, quick());
    const auto rb = crossValidateProject(*b, 3, quick());
    for (std::size_t f = 0; f < ra.perFold.size(); ++f)
        for (std::size_t k = 0; k < ra.perFold[f].metrics.size(); ++k)
            EXPECT_EQ(ra.perFold[f].metrics[k].second, rb.perFold[f].metrics[k].second)
                << "fold " << f << " metric " << k;
}

TEST(CrossValidation, RefusesFewerThanTwoFolds)
{
    auto p = iris();
    ASSERT_TRUE(p);
    EXPECT_THROW(crossValidateProject(*p, 1, quick()), EngineError);
    EXPECT_THROW(crossValidateProject(*p, 100000, quick()), EngineError);
}

TEST(CrossValidation, EachFoldStandardisesWithItsOwnTrainingSamplesOnly)
{
    auto p = iris(); // tabular: standardised
    ASSERT_TRUE(p);
    const Dataset* raw = p->unscaledData();
    ASSERT_NE(raw, nullptr);
    std::vector<std::size_t> pool = p->split().train;
    pool.insert(pool.end(), p->split().validation.begin(), p->split().validation.end());
    const CrossValidationReport r = crossValidateProject(*p, 4, quick());
    bool differsFromTheSplitsScaler = false;
    for (const auto& f : r.perFold) {
        ASSERT_EQ(f.testIndices.size(), f.testSamples);
        ASSERT_EQ(f.scalerMean.size(), 4u);
        // The mean over the pool without the held-out fold, feature by feature.
        std::vector<std::size_t> trainIndices;
        for (const std::size_t i : pool)
            if (std::find(f.testIndices.begin(), f.testIndices.end(), i) == f.testIndices.end())
                trainIndices.push_back(i);
        ASSERT_EQ(trainIndices.size(), f.trainSamples);
        Tensor inputs, targets;
        raw->fillBatch(trainIndices, inputs, targets); // [n, 4], as loaded
        for (std::size_t k = 0; k < 4; ++k) {
            double sum = 0.0;
            for (std::size_t i = 0; i < trainIndices.size(); ++i)
                sum += inputs[i * 4 + k];
            EXPECT_NEAR(f.scalerMean[k], sum / static_cast<double>(trainIndices.size()), 1e-5);
            differsFromTheSplitsScaler |= std::abs(f.scalerMean[k] - p->scaler().mean()[k]) > 1e-4;
        }
    }
    EXPECT_TRUE(differsFromTheSplitsScaler);
}

TEST(CrossValidation, FoldsTrainOnAugmentedImagesAndRepeat)
{
    // The digits example (8x8 images) with and without mirroring and rotation: the
    // folds' numbers differ, and the augmented run repeats exactly.
    const auto run = [](bool augment) {
        QString error;
        auto p = PreparedProject::load(
            QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/digits.nwproj"), {}, &error);
        EXPECT_TRUE(p) << qPrintable(error);
        if (augment) {
            p->project().dataset.augmentation.hflip = 0.5;
            p->project().dataset.augmentation.rotate = 20;
        }
        TrainingOverrides o;
        o.epochs = 2;
        o.threads = 2;
        return crossValidateProject(*p, 2, o, {});
    };
    const CrossValidationReport plain = run(false), augmented = run(true), again = run(true);
    ASSERT_EQ(plain.perFold.size(), 2u);
    EXPECT_NE(plain.perFold[0].metrics[0].second, augmented.perFold[0].metrics[0].second);
    EXPECT_EQ(augmented.perFold[0].metrics, again.perFold[0].metrics);
    EXPECT_EQ(augmented.perFold[1].metrics, again.perFold[1].metrics);
}
