// Lessons in the window as a class uses them, on the shipped spiral lesson (lesson 2):
// opening the bundle like a project shows the Lesson dock with the first step and its
// images, hides the palette, locks the graph and every training setting but the
// learning rate and the epochs; Next opens the step's network and its locks (the
// inspector keeps only "units"); a run ticks the step's goals exactly when the run's
// figures reach them (the test accuracy measured after the run); the last step lifts
// the graph lock and counts parameters live; Close Lesson lifts every lock. A damaged
// bundle is refused naming the bundle, the entry and the problem, and nothing
// changes. Screenshots of every step (lesson-spiral-step<n>.png), looked at.
#include "charts/DecisionBoundaryPanel.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphEdits.h"
#include "graph/GraphScene.h"
#include "graph/NodeInspector.h"
#include "GuiTestSupport.h"
#include "io/LessonBundle.h"
#include "io/ZipReader.h"
#include "io/ZipWriter.h"
#include "lesson/LessonDock.h"
#include "lesson/LessonTextBrowser.h"
#include "LessonController.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"
#include "panels/TrainingSettingsDock.h"
#include "SaveLessonDialog.h"
#include "training/TrainingSession.h"
#include "TrainingController.h"

#include <gtest/gtest.h>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextImageFormat>

#include <cstring>

using namespace nw;

namespace {

constexpr int kTimeoutMs = 60000;

QString lessonPath()
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/lessons/2-hidden-layers-bend-the-boundary.nwlesson");
}

// The run's result, once the lesson has checked its goals after it (and after its
// test evaluation when a goal needs one).
TrainingResult trainAndCheck(MainWindow& window, int expectedChecks)
{
    QSignalSpy finished(window.training()->session(), &TrainingSession::finished);
    QSignalSpy checked(window.lesson(), &LessonController::goalsChecked);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0 && checked.count() >= expectedChecks; }, kTimeoutMs));
    return finished.isEmpty() ? TrainingResult {} : finished.first().first().value<TrainingResult>();
}

void saveScreenshot(MainWindow& window, int step)
{
    QTest::qWait(200); // the dock's layout and the graph settle
    const QString path = test::screenshotPath(QStringLiteral("lesson-spiral-step%1.png").arg(step));
    EXPECT_TRUE(window.grab().save(path)) << path.toStdString();
}

// Every image the step's text shows was loaded from the bundle.
int loadedImages(LessonTextBrowser* text)
{
    int images = 0;
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QVariant image
                = text->document()->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name()));
            EXPECT_TRUE(image.isValid() && !image.value<QImage>().isNull())
                << format.toImageFormat().name().toStdString();
            ++images;
        }
    }
    return images;
}

} // namespace

TEST(LessonWindow, SpiralLessonLocksStepsGoalsAndClose)
{
    test::FirstStartLayout firstStart;
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1500, 950);
    window.show();
    QDockWidget* palette = window.findChild<QDockWidget*>(QStringLiteral("paletteDock"));
    auto* settings = window.findChild<TrainingSettingsDock*>();
    auto* inspector = window.findChild<NodeInspector*>();
    ASSERT_TRUE(palette && settings && inspector);
    auto* learningRate = settings->findChild<QAbstractSpinBox*>(QStringLiteral("learningRate"));
    auto* batchSize = settings->findChild<QAbstractSpinBox*>(QStringLiteral("batchSize"));
    auto* epochs = settings->findChild<QAbstractSpinBox*>(QStringLiteral("epochs"));
    auto* optimizer = settings->findChild<QComboBox*>(QStringLiteral("optimizer"));
    ASSERT_TRUE(learningRate && batchSize && epochs && optimizer);
    EXPECT_FALSE(window.lessonDock()->isVisible());
    EXPECT_TRUE(palette->isVisible());

    // Opened like a project: step 1, its network, its locks.
    QString error;
    ASSERT_TRUE(window.openFile(lessonPath(), &error)) << error.toStdString();
    LessonController* lesson = window.lesson();
    LessonDock* dock = lesson->dock();
    EXPECT_TRUE(window.lessonDock()->isVisible());
    EXPECT_EQ(dock->findChild<QLabel*>(QStringLiteral("lessonTitle"))->text(),
        QStringLiteral("Hidden layers bend the boundary"));
    EXPECT_EQ(dock->stepCount(), 4);
    EXPECT_EQ(lesson->step(), 0);
    EXPECT_EQ(window.document()->name(), QStringLiteral("Spiral: no hidden layer"));
    EXPECT_TRUE(window.document()->filePath().isEmpty()) << "an untitled copy: Save asks where";
    EXPECT_TRUE(dock->text()->toPlainText().contains(QStringLiteral("A straight line is not enough")));
    EXPECT_EQ(loadedImages(dock->text()), 2) << "the introduction's picture and the step's";
    EXPECT_FALSE(palette->isVisible());
    EXPECT_FALSE(palette->toggleViewAction()->isEnabled());
    EXPECT_TRUE(window.editor()->structureLocked());
    EXPECT_TRUE(learningRate->isEnabled());
    EXPECT_TRUE(epochs->isEnabled());
    EXPECT_FALSE(batchSize->isEnabled());
    EXPECT_FALSE(optimizer->isEnabled());
    // A locked graph refuses a new card from the palette and the Delete action.
    const qsizetype nodes = window.document()->model()->nodeIds().size();
    EXPECT_TRUE(window.editor()->addLayerAtCenter(QStringLiteral("Dense")).isEmpty());
    window.editor()->scene()->selectNodes({ QStringLiteral("out") });
    window.editor()->deleteSelection();
    EXPECT_EQ(window.document()->model()->nodeIds().size(), nodes);
    EXPECT_TRUE(
        dock->findChild<QLabel*>(QStringLiteral("lessonLocks"))->text().contains(QStringLiteral("learning_rate")));
    EXPECT_EQ(dock->goalList()->count(), 0);
    saveScreenshot(window, 1);

    // Step 2: Next opens the one-hidden-layer network; only "units" may change in the inspector.
    dock->findChild<QPushButton*>(QStringLiteral("lessonNext"))->click();
    EXPECT_EQ(lesson->step(), 1);
    EXPECT_EQ(window.document()->name(), QStringLiteral("Spiral: one hidden layer"));
    window.editor()->scene()->selectNodes({ QStringLiteral("fc1") });
    ASSERT_EQ(inspector->nodeId(), QStringLiteral("fc1"));
    ASSERT_NE(inspector->editor(QStringLiteral("units")), nullptr);
    EXPECT_TRUE(inspector->editor(QStringLiteral("units"))->isEnabled());
    EXPECT_FALSE(inspector->trainableBox()->isEnabled());
    ASSERT_EQ(dock->goalList()->count(), 1);
    EXPECT_EQ(dock->goalList()->item(0)->text(), QStringLiteral("Validation accuracy at least 80%"));
    EXPECT_EQ(dock->goalList()->item(0)->checkState(), Qt::Unchecked);
    // Train (few epochs, so the test is quick): the tick follows the run's own figure.
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = 40;
    window.document()->setTrainingConfig(config);
    TrainingResult result = trainAndCheck(window, 1);
    ASSERT_FALSE(result.history.empty());
    const bool reached = result.history.back().validationAccuracy >= 0.8f;
    EXPECT_EQ(lesson->goalReached(0), reached) << result.history.back().validationAccuracy;
    EXPECT_EQ(dock->goalList()->item(0)->checkState(), reached ? Qt::Checked : Qt::Unchecked);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.decisionBoundary()->fieldsShown() > 0; }, 10000))
        << "the lesson's network draws its boundary like any other";
    saveScreenshot(window, 2);

    // Step 3: a test-accuracy goal, measured on the test split after the run.
    dock->findChild<QPushButton*>(QStringLiteral("lessonNext"))->click();
    EXPECT_EQ(lesson->step(), 2);
    EXPECT_EQ(window.document()->name(), QStringLiteral("Spiral: two hidden layers"));
    config = window.document()->trainingConfig();
    config.epochs = 60;
    window.document()->setTrainingConfig(config);
    result = trainAndCheck(window, 2);
    ASSERT_TRUE(lesson->figures().testAccuracy.has_value()) << "the test split was evaluated after the run";
    EXPECT_GT(*lesson->figures().testAccuracy, 0.5);
    EXPECT_EQ(lesson->goalReached(0), *lesson->figures().testAccuracy >= 0.95 - 1e-6)
        << *lesson->figures().testAccuracy;
    EXPECT_EQ(dock->goalList()->item(0)->checkState(), lesson->goalReached(0) ? Qt::Checked : Qt::Unchecked);
    const int fields = window.decisionBoundary()->fieldsShown();
    QTest::qWaitFor([&] { return window.decisionBoundary()->fieldsShown() > fields; }, 3000);
    saveScreenshot(window, 3);

    // Step 4: the graph is free again and the parameter count is checked on every edit.
    dock->findChild<QPushButton*>(QStringLiteral("lessonNext"))->click();
    EXPECT_EQ(lesson->step(), 3);
    EXPECT_FALSE(dock->findChild<QPushButton*>(QStringLiteral("lessonNext"))->isEnabled());
    EXPECT_FALSE(window.editor()->structureLocked());
    EXPECT_TRUE(palette->isVisible());
    EXPECT_TRUE(batchSize->isEnabled());
    window.document()->compileNow();
    EXPECT_EQ(lesson->figures().parameters.value_or(-1), 2 * 24 + 24 + 24 * 24 + 24 + 24 * 2 + 2);
    GraphEdits::setParameter(
        window.document()->undoStack(), window.document()->model(), QStringLiteral("fc1"), QStringLiteral("units"), 4);
    GraphEdits::setParameter(
        window.document()->undoStack(), window.document()->model(), QStringLiteral("fc2"), QStringLiteral("units"), 4);
    window.document()->compileNow();
    EXPECT_EQ(lesson->figures().parameters.value_or(-1), 2 * 4 + 4 + 4 * 4 + 4 + 4 * 2 + 2);
    EXPECT_EQ(
        dock->goalList()->item(0)->text(), QStringLiteral("Test accuracy at least 90% and at most 200 parameters"));
    EXPECT_FALSE(lesson->goalReached(0)) << "no run yet in this step";
    saveScreenshot(window, 4);

    // Back to step 1 relocks (its network is not opened again: the student's work stays); Close Lesson lifts every lock
    // and keeps the network.
    dock->stepRequested(0);
    EXPECT_TRUE(window.editor()->structureLocked());
    dock->findChild<QPushButton*>(QStringLiteral("lessonClose"))->click();
    EXPECT_FALSE(lesson->isOpen());
    EXPECT_FALSE(window.lessonDock()->isVisible());
    EXPECT_FALSE(window.editor()->structureLocked());
    EXPECT_TRUE(palette->isVisible());
    EXPECT_TRUE(palette->toggleViewAction()->isEnabled());
    EXPECT_TRUE(batchSize->isEnabled());
    EXPECT_TRUE(optimizer->isEnabled());
    EXPECT_EQ(window.document()->name(), QStringLiteral("Spiral: two hidden layers"))
        << "a step without a project of its own keeps the network the student has";
}

// The lesson and its locks belong to the networks it opens: opening another network
// (an example here, File > Open or New alike) closes it and lifts every lock.
TEST(LessonWindow, OpeningAnotherNetworkClosesTheLesson)
{
    test::FirstStartLayout firstStart;
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    QString error;
    ASSERT_TRUE(window.openFile(lessonPath(), &error)) << error.toStdString();
    ASSERT_TRUE(window.lesson()->isOpen());
    ASSERT_TRUE(window.lesson()->goToStep(1, &error)) << error.toStdString(); // a step that opens its own network
    EXPECT_TRUE(window.lesson()->isOpen()) << "the lesson's own networks keep it open";
    EXPECT_TRUE(window.editor()->structureLocked());

    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("xor"))));
    EXPECT_FALSE(window.lesson()->isOpen());
    EXPECT_FALSE(window.editor()->structureLocked());
    auto* batchSize = window.findChild<TrainingSettingsDock*>()->findChild<QAbstractSpinBox*>(QStringLiteral("batchSize"));
    ASSERT_TRUE(batchSize);
    EXPECT_TRUE(batchSize->isEnabled());
}

TEST(LessonWindow, DamagedLessonIsRefusedNamingBundleEntryAndProblem)
{
    QTemporaryDir dir, autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("xor"))));
    // The shipped lesson with one goal's accuracy written as a percentage.
    QString error;
    std::optional<ZipEntries> entries = ZipReader::read(lessonPath(), &error);
    ASSERT_TRUE(entries) << error.toStdString();
    for (ZipEntry& entry : *entries) {
        if (entry.name == QStringLiteral("lesson.json"))
            entry.data.replace("\"threshold\": 0.95", "\"threshold\": 95");
    }
    const QString path = dir.filePath(QStringLiteral("broken.nwlesson"));
    ASSERT_TRUE(ZipWriter::write(path, *entries, &error)) << error.toStdString();
    EXPECT_FALSE(window.openFile(path, &error));
    EXPECT_EQ(error.toStdString(),
        (path
            + QStringLiteral(": entry \"lesson.json\": steps[2].goals[0].conditions[0].threshold: an accuracy is a "
                             "fraction from 0 to 1, got 95"))
            .toStdString());
    EXPECT_FALSE(window.lesson()->isOpen());
    EXPECT_EQ(window.document()->name(), QStringLiteral("XOR")) << "the window is as it was";
    EXPECT_FALSE(window.editor()->structureLocked());
}

TEST(LessonWindow, SaveAsLessonThenReopenIt)
{
    QTemporaryDir dir, autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1300, 900);
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = 3;
    window.document()->setTrainingConfig(config);
    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() > 0; }, kTimeoutMs));
    const std::map<std::string, Tensor> trained = window.document()->weights();
    ASSERT_FALSE(trained.empty());

    // The teacher's Markdown file, with an image beside it.
    QDir(dir.path()).mkpath(QStringLiteral("pictures"));
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::red);
    ASSERT_TRUE(picture.save(dir.filePath(QStringLiteral("pictures/red.png"))));
    QFile md(dir.filePath(QStringLiteral("spiral.md")));
    ASSERT_TRUE(md.open(QIODevice::WriteOnly));
    md.write("## Look\n![red](pictures/red.png)\n\n## Train\nReach 60%.\n");
    md.close();

    SaveLessonDialog dialog(window.document(), &window);
    QString error;
    ASSERT_TRUE(dialog.loadMarkdown(dir.filePath(QStringLiteral("spiral.md")), &error)) << error.toStdString();
    dialog.setTitle(QStringLiteral("My spiral"));
    dialog.setHidePalette(true);
    dialog.setGraphLock(true, { QStringLiteral("units") });
    dialog.setTrainingSettings(QStringList { QStringLiteral("learning_rate") });
    dialog.addGoal(1, QStringLiteral("validation_accuracy_at_least"), 0.6);
    dialog.addGoal(1, QStringLiteral("parameters_at_most"), 1000);
    dialog.show();
    QTest::qWait(100);
    EXPECT_TRUE(dialog.grab().save(test::screenshotPath(QStringLiteral("save-as-lesson-dialog.png"))));
    const QString path = dir.filePath(QStringLiteral("my-spiral.nwlesson"));
    ASSERT_TRUE(dialog.writeTo(path, &error)) << error.toStdString();
    dialog.close();

    // What it wrote reads back as written...
    const std::optional<LessonBundle> bundle = LessonBundleFile::read(path, &error);
    ASSERT_TRUE(bundle) << error.toStdString();
    EXPECT_EQ(bundle->settings.title, QStringLiteral("My spiral"));
    EXPECT_EQ(bundle->files.count(QStringLiteral("pictures/red.png")), 1u);
    ASSERT_EQ(bundle->settings.steps.size(), 2u);
    EXPECT_TRUE(bundle->settings.steps[0].goals.empty());
    EXPECT_EQ(bundle->settings.steps[1].goals.size(), 2u);
    // ...and opens as a lesson: locks, goals, the trained weights, the picture.
    ASSERT_TRUE(window.openFile(path, &error)) << error.toStdString();
    EXPECT_TRUE(window.editor()->structureLocked());
    EXPECT_TRUE(window.lesson()->locks().hidePalette);
    EXPECT_EQ(window.lesson()->locks().layerSettings, QStringList { QStringLiteral("units") });
    EXPECT_EQ(loadedImages(window.lesson()->dock()->text()), 1);
    ASSERT_EQ(window.document()->weights().size(), trained.size());
    for (const auto& [name, tensor] : trained) {
        const Tensor& back = window.document()->weights().at(name);
        ASSERT_EQ(back.size(), tensor.size());
        EXPECT_EQ(std::memcmp(back.data(), tensor.data(), tensor.size() * sizeof(float)), 0) << name;
    }
    ASSERT_TRUE(window.lesson()->goToStep(1));
    ASSERT_EQ(window.lesson()->dock()->goalList()->count(), 2);
    window.document()->compileNow();
    EXPECT_TRUE(window.lesson()->goalReached(1)) << "722 parameters, at most 1000";
    EXPECT_FALSE(window.lesson()->goalReached(0)) << "no run in this step yet";

    // A picture the text names but the folder lacks: refused by name, nothing written.
    SaveLessonDialog missing(window.document(), &window);
    missing.setMarkdown(QStringLiteral("## One\n![gone](pictures/gone.png)\n"));
    const QString other = dir.filePath(QStringLiteral("other.nwlesson"));
    EXPECT_FALSE(missing.writeTo(other, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("image \"pictures/gone.png\": cannot read"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(other));
}

TEST(LessonWindow, EveryShippedLessonOpensWithNetworksThatCompile)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    const QDir folder(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/lessons"));
    const QStringList lessons = folder.entryList({ QStringLiteral("*.nwlesson") }, QDir::Files, QDir::Name);
    ASSERT_EQ(lessons.size(), 5) << lessons.join(QLatin1Char(' ')).toStdString();
    for (const QString& name : lessons) {
        QString error;
        ASSERT_TRUE(window.openFile(folder.filePath(name), &error)) << error.toStdString();
        for (int step = 0; step < window.lesson()->dock()->stepCount(); ++step) {
            ASSERT_TRUE(window.lesson()->goToStep(step, &error)) << name.toStdString() << ": " << error.toStdString();
            window.document()->compileNow();
            EXPECT_TRUE(window.document()->compileResult().ok())
                << name.toStdString() << " step " << step + 1 << ": "
                << window.document()->compileResult().summary().toStdString();
        }
        window.lesson()->close();
    }
    // File ▸ Open Lesson lists them by title.
    QAction* first = window.action(QStringLiteral("actionLesson_1-one-neuron-draws-a-line"));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->text(), QStringLiteral("One neuron draws a line"));
    first->trigger();
    EXPECT_TRUE(window.lesson()->isOpen());
    EXPECT_EQ(window.document()->name(), QStringLiteral("One neuron"));
}

TEST(LessonWindow, OverfittingLessonsGoalIsReachedByTraining)
{
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    QString error;
    ASSERT_TRUE(window.openFile(
        QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/lessons/3-overfitting-dropout-and-l2.nwlesson"), &error))
        << error.toStdString();
    const TrainingResult result = trainAndCheck(window, 1);
    ASSERT_FALSE(result.history.empty());
    EXPECT_TRUE(window.lesson()->goalReached(0)) << "training loss " << result.history.back().trainLoss
                                                 << ", validation loss " << result.history.back().validationLoss;
}
