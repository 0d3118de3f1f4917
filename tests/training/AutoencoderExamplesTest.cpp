// The autoencoder examples (fashion-autoencoder, fashion-denoising-autoencoder) load,
// compile, hold reconstruction data of the input's shape, and train a little on a
// slice of their own data: the reconstruction error falls from the seed's.
#include "engine/TrainingEndText.h"
#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace nw;

namespace {

bool haveFashionMnist()
{
    return QDir(QStringLiteral("/usr/share/datasets/fashion-mnist")).exists()
        || !qEnvironmentVariableIsEmpty("NETWRIGHT_FASHION_MNIST");
}

QString example(const char* name)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/%1.nwproj").arg(QString::fromLatin1(name));
}

} // namespace

TEST(AutoencoderExamples, AskForReconstructionOfTheirOwnShape)
{
    for (const char* name : { "fashion-autoencoder", "fashion-denoising-autoencoder" }) {
        QString error;
        auto p = PreparedProject::load(example(name), { .loadData = false, .loadWeights = false }, &error);
        ASSERT_TRUE(p) << name << ": " << error.toStdString();
        ASSERT_TRUE(p->isValid()) << name << ": " << p->compiled().summary().toStdString();
        EXPECT_EQ(p->graph().outputShape(), (Shape { 1, 28, 28 })) << name;
        EXPECT_TRUE(p->project().dataset.spec.contains(QLatin1String("task=reconstruction"))) << name;
    }
    QString error;
    auto denoising = PreparedProject::load(example("fashion-denoising-autoencoder"), { .loadData = false }, &error);
    ASSERT_TRUE(denoising);
    EXPECT_TRUE(denoising->project().dataset.spec.contains(QLatin1String("noise_std=0.3")));
}

TEST(AutoencoderExamples, TrainALittleAndReconstructBetter)
{
    if (!haveFashionMnist())
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    for (const char* name : { "fashion-autoencoder", "fashion-denoising-autoencoder" }) {
        QString error;
        auto loaded = PreparedProject::load(example(name), { .loadData = false }, &error);
        ASSERT_TRUE(loaded) << error.toStdString();
        // The example's own data, 40 images of each class.
        const QString spec = loaded->project().dataset.spec + QStringLiteral("&per_class=40");
        auto p = PreparedProject::load(example(name), { .dataSpec = spec }, &error);
        ASSERT_TRUE(p) << name << ": " << error.toStdString();
        ASSERT_TRUE(p->hasData()) << name;
        EXPECT_TRUE(p->data().isReconstruction());
        const double before = evaluateProject(*p, DataPart::Validation).meanSquaredError;
        ProjectTraining training(*p, { .epochs = 3 });
        const TrainingResult r = training.run();
        ASSERT_EQ(r.status, TrainingStatus::Completed) << name << ": " << describeTrainingEnd(r);
        const EvaluationReport after = evaluateProject(*p, DataPart::Validation);
        ASSERT_TRUE(after.reconstruction);
        EXPECT_LT(after.meanSquaredError, 0.8 * before) << name << ": " << before << " -> " << after.meanSquaredError;
    }
}
