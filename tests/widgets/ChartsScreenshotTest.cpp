// Trains the spiral example as shipped (its own settings, 300 epochs) and renders
// the training charts and the decision boundary of the trained model to PNGs.
// They land in the build tree; with NETWRIGHT_UPDATE_SCREENSHOTS=1 they replace
// docs/screenshots/charts-spiral.png and decision-boundary-spiral.png. Fonts
// differ between machines, so the images are checked for content, not compared.
#include "charts/DecisionBoundaryWidget.h"
#include "charts/TrainingChartsWidget.h"
#include "charts/TrainingHistory.h"
#include "engine/TrainingEndText.h"
#include "support/ScreenshotChecks.h"
#include "training/DecisionField.h"
#include "training/PreparedProject.h"
#include "training/ProjectTraining.h"

#include "engine/BatchSource.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QImage>

#include <numeric>

using namespace nw;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

void partPoints(const PreparedProject& project, DataPart part, QVector<QPointF>& points, QVector<int>& labels)
{
    const DatasetSplit& split = project.split();
    const std::vector<std::size_t>& indices = part == DataPart::Train ? split.train
        : part == DataPart::Validation                               ? split.validation
                                                                     : split.test;
    Tensor inputs, targets;
    project.data().fillBatch(indices, inputs, targets);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        points.append(QPointF(inputs[2 * i], inputs[2 * i + 1]));
        labels.append(project.data().label(indices[i]));
    }
}

} // namespace

TEST(ChartsScreenshots, SpiralTrainingAndDecisionBoundary)
{
    QString error;
    auto project = PreparedProject::load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/spiral.nwproj"),
        {.loadWeights = false}, &error);
    ASSERT_TRUE(project) << error.toStdString();
    ASSERT_TRUE(project->isValid());
    ASSERT_EQ(project->data().sampleShape(), Shape{2});

    // Reports reach the history as the session delivers them: batches in bunches.
    TrainingHistory history;
    QVector<BatchReport> pending;
    TrainerCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& r) { pending.append(r); };
    callbacks.onEpoch = [&](const EpochReport& r) {
        history.appendBatches(pending);
        pending.clear();
        history.appendEpoch(r);
    };
    ProjectTraining training(*project, {.threads = 1});
    const TrainingResult result = training.run(callbacks);
    ASSERT_EQ(result.status, TrainingStatus::Completed) << describeTrainingEnd(result);
    ASSERT_EQ(history.epochsReceived(), training.config().epochs);
    EXPECT_LE(history.points(TrainingHistory::Series::BatchLoss).size(), history.maxPointsPerSeries());

    TrainingChartsWidget charts(&history);
    charts.resize(1280, 400);
    charts.show();
    charts.flush();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QString chartsPath = screenshotDir() + QStringLiteral("/charts-spiral.png");
    ASSERT_TRUE(charts.exportPng(chartsPath, &error)) << error.toStdString();
    const QImage chartsImage(chartsPath);
    EXPECT_GE(chartsImage.width(), 1000);
    EXPECT_GT(test::distinctColours(chartsImage), 40) << "the charts drew no curves";
    // The log-scale variant stays in the build tree: for looking at, not for the docs.
    charts.setLogScale(true);
    // The old axis' items go with deleteLater(), which processEvents() outside an
    // event loop does not run; an application's event loop does.
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QApplication::processEvents();
    ASSERT_TRUE(charts.exportPng(QStringLiteral(NETWRIGHT_SCREENSHOT_DIR "/charts-spiral-log.png"), &error));

    // The plane around every sample, square, with a margin.
    QVector<QPointF> train, test;
    QVector<int> trainLabels, testLabels;
    partPoints(*project, DataPart::Train, train, trainLabels);
    partPoints(*project, DataPart::Test, test, testLabels);
    double extent = 0.0;
    for (const QVector<QPointF>* list : {&train, &test})
        for (const QPointF& p : *list)
            extent = std::max({extent, std::abs(p.x()), std::abs(p.y())});
    extent *= 1.08;
    const QRectF domain(-extent, -extent, 2 * extent, 2 * extent);
    ThreadPool pool(2);
    const DecisionField field = computeDecisionField(project->graph(), pool, domain, 160, 160);

    DecisionBoundaryWidget boundary;
    boundary.resize(520, 560);
    boundary.setPoints(train, trainLabels, test, testLabels);
    QStringList names;
    for (const std::string& name : project->data().classNames())
        names.append(QString::fromStdString(name));
    boundary.setClassNames(names);
    ASSERT_TRUE(boundary.setField(field));
    boundary.show();
    QApplication::processEvents();
    const QPixmap pixmap = boundary.grab();
    const QString boundaryPath = screenshotDir() + QStringLiteral("/decision-boundary-spiral.png");
    ASSERT_TRUE(pixmap.save(boundaryPath, "PNG"));

    // A trained spiral model gets most of its own training points right.
    int correct = 0;
    for (int i = 0; i < train.size(); ++i) {
        const int c = std::clamp(int((train[i].x() - domain.left()) / domain.width() * field.columns), 0, field.columns - 1);
        const int r = std::clamp(int((train[i].y() - domain.top()) / domain.height() * field.rows), 0, field.rows - 1);
        correct += (field.probabilities[r * field.columns + c] >= 0.5f) == (trainLabels[i] == 1);
    }
    EXPECT_GT(correct, int(0.9 * train.size()));
}
