// crossValidateProject on the iris example: every pooled sample is held out once,
// the summary is the mean and population std of the folds, and the same seed gives
// the same folds and the same numbers (each fold starts from the seed's weights).
#include "training/CrossValidation.h"

#include "engine/EngineError.h"
#include "training/PreparedProject.h"

#include <gtest/gtest.h>

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
