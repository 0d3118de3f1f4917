// Lesson bundles (.nwlesson): settings, Markdown steps, projects and weights written
// and read back unchanged; the language's lesson.<lang>.md chosen; goals checked
// against a run's figures; and damaged bundles refused naming the bundle, the entry
// and the problem.
#include "io/LessonBundle.h"

#include "io/LessonMarkdown.h"
#include "io/ProjectFile.h"
#include "io/SafetensorsFile.h"
#include "io/ZipReader.h"
#include "io/ZipWriter.h"
#include "TestFiles.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace nw;

namespace {

QByteArray projectBytes(const QString& weights = {})
{
    Project project;
    project.name = QStringLiteral("Spiral");
    project.dataset.spec = QStringLiteral("toy:spiral?samples=200&noise=0.1&seed=1");
    project.weights = weights;
    return QJsonDocument(ProjectFile::toJson(project)).toJson();
}

QByteArray weightsBytes(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    Tensor t({ 2, 3 });
    for (std::size_t i = 0; i < t.size(); ++i)
        t.data()[i] = static_cast<float>(i) * 0.5f;
    QString error;
    EXPECT_TRUE(SafetensorsFile::write(path, { { "fc1.weight", t } }, {}, &error)) << qPrintable(error);
    return nwtest::readBytes(path);
}

LessonBundle sampleBundle(const QTemporaryDir& dir)
{
    LessonBundle bundle;
    bundle.settings.title = QStringLiteral("Hidden layers bend the boundary");
    bundle.settings.locks.hidePalette = true;
    LessonStep first;
    first.goals.push_back({ QString(), { { GoalMeasure::Parameters, false, 50 } } });
    LessonStep second;
    second.project = QStringLiteral("deep.nwproj");
    second.locks
        = LessonLocks { false, true, { QStringLiteral("units") }, QStringList { QStringLiteral("learning_rate") } };
    second.goals.push_back({ QStringLiteral("Make it overfit"),
        { { GoalMeasure::TrainLoss, false, 0.05 }, { GoalMeasure::ValidationLoss, true, 0.3 } } });
    second.goals.push_back({ QString(), { { GoalMeasure::TestAccuracy, true, 0.95 } } });
    bundle.settings.steps = { first, second };
    bundle.files[QStringLiteral("lesson.md")]
        = "# Spiral\nIntro.\n\n## One layer\n![b](images/b.png)\n\n## Two layers\nMore.\n";
    bundle.files[QStringLiteral("lesson.de.md")] = "## Eine Schicht\nText\n## Zwei Schichten\nMehr\n";
    bundle.files[QStringLiteral("images/b.png")] = QByteArray("\x89PNG fake", 9);
    bundle.files[QStringLiteral("project.nwproj")] = projectBytes();
    bundle.files[QStringLiteral("deep.nwproj")] = projectBytes(QStringLiteral("deep.safetensors"));
    bundle.files[QStringLiteral("deep.safetensors")] = weightsBytes(dir);
    return bundle;
}

// The sample bundle with one entry replaced (or removed, for an empty `bytes`).
QString readErrorWith(const QTemporaryDir& dir, const QString& entry, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("bad.nwlesson"));
    LessonBundle bundle = sampleBundle(dir);
    ZipEntries entries { { QStringLiteral("lesson.json"), QJsonDocument(bundle.settings.toJson()).toJson() } };
    for (const auto& [name, data] : bundle.files)
        entries.push_back({ name, data });
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->name == entry) {
            if (bytes.isEmpty())
                entries.erase(it);
            else
                it->data = bytes;
            break;
        }
    }
    QString error;
    EXPECT_TRUE(ZipWriter::write(path, entries, &error)) << qPrintable(error);
    EXPECT_FALSE(LessonBundleFile::read(path, &error).has_value());
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": entry \""))) << qPrintable(error);
    return error.mid(path.size() + 2);
}

} // namespace

TEST(LessonBundle, RoundTripKeepsSettingsTextImagesProjectsAndWeights)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spiral.nwlesson"));
    const LessonBundle bundle = sampleBundle(dir);
    QString error;
    ASSERT_TRUE(LessonBundleFile::write(path, bundle, &error)) << qPrintable(error);
    const auto back = LessonBundleFile::read(path, &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(back->files, bundle.files);
    EXPECT_EQ(QJsonDocument(back->settings.toJson()).toJson(), QJsonDocument(bundle.settings.toJson()).toJson());
    EXPECT_EQ(back->settings.title, QStringLiteral("Hidden layers bend the boundary"));
    ASSERT_EQ(back->settings.steps.size(), 2u);
    EXPECT_EQ(back->settings.steps[1].goals[0].conditions.size(), 2u);
    EXPECT_EQ(back->settings.steps[1].goals[0].conditions[1].kind(), QStringLiteral("validation_loss_above"));
    EXPECT_DOUBLE_EQ(back->settings.steps[1].goals[0].conditions[1].threshold, 0.3);
    // Step 1 has the lesson's locks, step 2 its own.
    EXPECT_TRUE(back->settings.locksAt(0).hidePalette);
    EXPECT_FALSE(back->settings.locksAt(1).hidePalette);
    EXPECT_TRUE(back->settings.locksAt(1).lockGraph);
    EXPECT_TRUE(back->settings.locksAt(1).trainingSettingEditable(QStringLiteral("learning_rate")));
    EXPECT_FALSE(back->settings.locksAt(1).trainingSettingEditable(QStringLiteral("epochs")));
    EXPECT_TRUE(back->settings.locksAt(1).layerSettingEditable(QStringLiteral("units")));
    EXPECT_FALSE(back->settings.locksAt(1).layerSettingEditable(QStringLiteral("activation")));

    const auto project = back->project(QStringLiteral("deep.nwproj"), path, &error);
    ASSERT_TRUE(project) << qPrintable(error);
    EXPECT_EQ(project->dataset.spec, QStringLiteral("toy:spiral?samples=200&noise=0.1&seed=1"));
    const auto weights = back->weights(QStringLiteral("deep.nwproj"), path, &error);
    ASSERT_TRUE(weights) << qPrintable(error);
    ASSERT_EQ(weights->count("fc1.weight"), 1u);
    EXPECT_FLOAT_EQ(weights->at("fc1.weight").data()[5], 2.5f);
    EXPECT_TRUE(back->weights(QStringLiteral("project.nwproj"), path, &error)->empty());
}

TEST(LessonBundle, MarkdownFollowsTheInterfaceLanguage)
{
    QTemporaryDir dir;
    LessonBundle bundle = sampleBundle(dir);
    EXPECT_EQ(bundle.markdownName(QStringLiteral("de")), QStringLiteral("lesson.de.md"));
    EXPECT_TRUE(bundle.markdown(QStringLiteral("de")).startsWith(QStringLiteral("## Eine Schicht")));
    EXPECT_EQ(bundle.markdownName(QStringLiteral("fr")), QStringLiteral("lesson.md"));
    EXPECT_EQ(bundle.markdownName(QString()), QStringLiteral("lesson.md"));
    bundle.files[QStringLiteral("lesson.zh.md")] = "## 一\n";
    EXPECT_EQ(bundle.markdownName(QStringLiteral("zh_CN")), QStringLiteral("lesson.zh.md"));
    bundle.files[QStringLiteral("lesson.zh_CN.md")] = "## 一\n";
    EXPECT_EQ(bundle.markdownName(QStringLiteral("zh_CN")), QStringLiteral("lesson.zh_CN.md"));
}

TEST(LessonMarkdown, LevelTwoHeadingsOutsideCodeStartSteps)
{
    const auto steps = LessonMarkdown::steps(QStringLiteral(
        "# Lesson\nIntro line.\n\n## First ##\nText.\n```\n## not a step\n```\n### Sub heading\n## Second\r\nEnd.\n"));
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].title, QStringLiteral("First"));
    EXPECT_TRUE(steps[0].markdown.startsWith(QStringLiteral("# Lesson\nIntro line.")));
    EXPECT_TRUE(steps[0].markdown.contains(QStringLiteral("## not a step")));
    EXPECT_TRUE(steps[0].markdown.contains(QStringLiteral("### Sub heading")));
    EXPECT_EQ(steps[1].title, QStringLiteral("Second"));
    EXPECT_EQ(steps[1].markdown, QStringLiteral("## Second\nEnd.\n\n"));
    EXPECT_EQ(LessonMarkdown::steps(QStringLiteral("Only text.")).size(), 1u);
    EXPECT_TRUE(LessonMarkdown::steps(QStringLiteral("  \n")).empty());
}

TEST(LessonGoal, ConditionsAreCheckedAgainstTheRunsFigures)
{
    LessonGoal overfit { QString(),
        { { GoalMeasure::TrainLoss, false, 0.05 }, { GoalMeasure::ValidationLoss, true, 0.3 } } };
    LessonFigures figures;
    EXPECT_FALSE(overfit.reached(figures)); // no run yet
    std::vector<EpochReport> history(2);
    history[1].trainLoss = 0.04f;
    history[1].hasValidation = true;
    history[1].validationLoss = 0.31f;
    figures.setRun(history, std::nullopt);
    EXPECT_TRUE(overfit.reached(figures));
    history[1].validationLoss = 0.29f;
    figures.setRun(history, std::nullopt);
    EXPECT_FALSE(overfit.reached(figures));
    history[1].validationLoss = std::numeric_limits<float>::quiet_NaN();
    figures.setRun(history, std::nullopt);
    EXPECT_FALSE(overfit.reached(figures));

    LessonGoal small { QString(), { { GoalMeasure::Parameters, false, 50 } } };
    EXPECT_FALSE(small.dependsOnRun());
    EXPECT_TRUE(overfit.dependsOnRun());
    figures.parameters = 50;
    EXPECT_TRUE(small.reached(figures));
    figures.parameters = 51;
    EXPECT_FALSE(small.reached(figures));

    LessonGoal accurate { QString(), { { GoalMeasure::TestAccuracy, true, 0.95 } } };
    figures.setRun(history, Evaluation { 0.1f, 0.95f, 100 });
    EXPECT_TRUE(accurate.reached(figures));
    figures.setRun(history, Evaluation { 0.1f, 0.94f, 100 });
    EXPECT_FALSE(accurate.reached(figures));
    figures.setRun(history, std::nullopt);
    EXPECT_FALSE(accurate.reached(figures));
}

TEST(LessonBundle, DamagedBundlesAreRefusedNamingEntryAndProblem)
{
    QTemporaryDir dir;
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("lesson.json"), {}),
        QStringLiteral("entry \"lesson.json\": is missing (is this a lesson?)"));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("lesson.md"), {}), QStringLiteral("entry \"lesson.md\": is missing"));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("lesson.json"), "{\"format_version\": 1, "),
        QStringLiteral("entry \"lesson.json\": JSON error at byte 22: unterminated object"));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("lesson.json"), "{\"format_version\": 9}"),
        QStringLiteral("entry \"lesson.json\": format_version: 9 is from a newer Netwright (this one reads up to 1)"));
    EXPECT_TRUE(
        readErrorWith(dir, QStringLiteral("lesson.json"),
            "{\"format_version\": 1, \"steps\": [{\"goals\": [{\"conditions\": [{\"kind\": \"accuracy_at_most\", "
            "\"threshold\": 1}]}]}]}")
            .startsWith(QStringLiteral("entry \"lesson.json\": steps[0].goals[0].conditions[0].kind: must be one of "
                                       "train_loss_below, ")));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("lesson.json"),
                  "{\"format_version\": 1, \"steps\": [{\"goals\": [{\"conditions\": [{\"kind\": "
                  "\"test_accuracy_at_least\", \"threshold\": 95}]}]}]}"),
        QStringLiteral("entry \"lesson.json\": steps[0].goals[0].conditions[0].threshold: an accuracy is a fraction "
                       "from 0 to 1, got 95"));
    EXPECT_TRUE(readErrorWith(
        dir, QStringLiteral("lesson.json"), "{\"format_version\": 1, \"locks\": {\"training_settings\": [\"speed\"]}}")
                    .startsWith(QStringLiteral(
                        "entry \"lesson.json\": locks.training_settings[0]: unknown setting \"speed\"")));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("deep.nwproj"), {}),
        QStringLiteral("entry \"deep.nwproj\": is missing (lesson.json names it)"));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("project.nwproj"), "{\"format_version\": 2}").toStdString(),
        "entry \"project.nwproj\": graph: is missing");
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("deep.safetensors"), {}),
        QStringLiteral("entry \"deep.nwproj\": its weights \"deep.safetensors\" are not in the bundle"));
    EXPECT_TRUE(readErrorWith(dir, QStringLiteral("deep.safetensors"), "garbage!")
                    .startsWith(QStringLiteral("entry \"deep.safetensors\": ")));
    EXPECT_EQ(readErrorWith(dir, QStringLiteral("lesson.de.md"), "## Nur eine\n"),
        QStringLiteral("entry \"lesson.de.md\": has 1 steps (\"## \" headings) but lesson.json sets 2"));
}

TEST(LessonBundle, WriteRefusesAnIncompleteBundleAndKeepsThePreviousFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.nwlesson"));
    QString error;
    ASSERT_TRUE(LessonBundleFile::write(path, sampleBundle(dir), &error)) << qPrintable(error);
    const QByteArray before = nwtest::readBytes(path);
    LessonBundle broken = sampleBundle(dir);
    broken.files.erase(QStringLiteral("project.nwproj"));
    EXPECT_FALSE(LessonBundleFile::write(path, broken, &error));
    EXPECT_EQ(error, path + QStringLiteral(": entry \"project.nwproj\": is missing (lesson.json names it)"));
    EXPECT_EQ(nwtest::readBytes(path), before);
}
