// Every bundled example project loads, compiles and (for the small ones) trains
// to a sensible accuracy through the same code the CLI and the GUI use.
#include "engine/TrainingEndText.h"
#include "training/PreparedProject.h"
#include "training/ProjectEvaluation.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace nw;

namespace {

QString example(const QString& name)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/") + name + QStringLiteral(".nwproj");
}

} // namespace

TEST(Examples, EveryExampleCompiles)
{
    const QStringList names = QDir(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples"))
                                  .entryList({QStringLiteral("*.nwproj")}, QDir::Files, QDir::Name);
    ASSERT_GE(names.size(), 7);
    for (const QString& file : names) {
        QString error;
        auto p = PreparedProject::load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/") + file,
                                       {.loadData = false, .loadWeights = false}, &error);
        ASSERT_TRUE(p) << file.toStdString() << ": " << error.toStdString();
        EXPECT_TRUE(p->isValid()) << file.toStdString() << ": " << p->compiled().summary().toStdString();
    }
}

TEST(Examples, SmallExamplesTrainAsShipped)
{
    const std::pair<const char*, double> expectations[] = {
        {"xor", 0.97}, {"spiral", 0.97}, {"circle", 0.95}, {"iris", 0.9}, {"digits", 0.93}};
    for (const auto& [name, minimum] : expectations) {
        QString error;
        auto p = PreparedProject::load(example(QString::fromLatin1(name)), {}, &error);
        ASSERT_TRUE(p) << error.toStdString();
        ProjectTraining training(*p, {});
        const TrainingResult r = training.run();
        ASSERT_EQ(r.status, TrainingStatus::Completed) << name << ": " << describeTrainingEnd(r);
        const EvaluationReport test = evaluateProject(*p, DataPart::Test);
        EXPECT_GE(test.accuracy, minimum) << name;
    }
}

TEST(Examples, SavedProjectReloadsWithTheSameAccuracy)
{
    QTemporaryDir dir;
    QString error;
    auto p = PreparedProject::load(example(QStringLiteral("circle")), {}, &error);
    ASSERT_TRUE(p) << error.toStdString();
    ProjectTraining training(*p, {.epochs = 5});
    training.run();
    const double before = evaluateProject(*p, DataPart::Test).accuracy;
    const QString out = dir.filePath(QStringLiteral("circle.nwproj"));
    ASSERT_TRUE(training.save(out, &error)) << error.toStdString();
    auto reloaded = PreparedProject::load(out, {}, &error);
    ASSERT_TRUE(reloaded) << error.toStdString();
    ASSERT_TRUE(reloaded->hasWeights());
    EXPECT_DOUBLE_EQ(evaluateProject(*reloaded, DataPart::Test).accuracy, before);
}

// The transfer lesson: the shipped pre-trained weights fit their project, and in the
// lesson network every layer but the new head loads from them.
TEST(Examples, FashionTransferWeightsFitTheLessonNetworkButItsHead)
{
    QString error;
    auto pre = PreparedProject::load(example(QStringLiteral("fashion-transfer-pretrain")),
                                     {.loadData = false, .loadWeights = true}, &error);
    ASSERT_TRUE(pre) << error.toStdString();
    ASSERT_TRUE(pre->hasWeights());
    auto lesson = PreparedProject::load(example(QStringLiteral("fashion-transfer")),
                                        {.loadData = false, .loadWeights = false}, &error);
    ASSERT_TRUE(lesson) << error.toStdString();
    const WeightMatch match = lesson->setStartingWeights(pre->savedState().tensors);
    EXPECT_EQ(match.idsWith(WeightVerdict::Loaded),
              (std::vector<std::string>{"conv1", "bn1", "conv2", "bn2", "fc1"}));
    EXPECT_EQ(match.idsWith(WeightVerdict::Skipped), std::vector<std::string>{"head"});
}
