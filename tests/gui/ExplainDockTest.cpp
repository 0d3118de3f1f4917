// The Explain dock as a user works with it: a sample clicked in the confusion
// gallery, the dataset preview, the Sample dock or the projection opens with its
// maps, which are what core/explain computes for the document's weights; methods
// side by side, another target, other parameters; LIME and SHAP bars for a table;
// maps that follow training at a paced rate; a hovered card's activations.
#include "explain/ExplainDock.h"

#include "ActivationHover.h"
#include "analysis/ConfusionMatrixPanel.h"
#include "analysis/EvaluationDock.h"
#include "analysis/SampleGallery.h"
#include "analysis/SampleInspector.h"
#include "AnalysisController.h"
#include "AnalysisDocks.h"
#include "charts/DecisionBoundaryPanel.h"
#include "charts/DecisionBoundaryWidget.h"
#include "explain/ActivationPopup.h"
#include "explain/AttributionPage.h"
#include "explain/ExplainMethodForm.h"
#include "explain/ExplanationView.h"
#include "explain/FeatureContributionBars.h"
#include "explain/FeatureMapGrid.h"
#include "explain/MapOverlayView.h"
#include "explain/ProjectionPage.h"
#include "ExplainController.h"
#include "ExplainTestWindow.h"

#include <QFile>
#include <QTemporaryDir>
#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "model/commands/SetParameterCommand.h"
#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"
#include "training/TrainingSession.h"
#include "TrainingController.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>
#include <numeric>

using namespace nw;
using test::ExplainTestWindow;

namespace {

float largestDifference(const Tensor& a, const Tensor& b)
{
    if (a.shape() != b.shape())
        return INFINITY;
    float d = 0.0f;
    for (std::size_t i = 0; i < a.size(); ++i)
        d = std::max(d, std::abs(a[i] - b[i]));
    return d;
}

float largestMagnitude(const Tensor& a)
{
    float m = 0.0f;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::max(m, std::abs(a[i]));
    return m;
}

// Evaluates the test split and clicks the first sample of a confusion cell.
std::size_t clickGallerySample(ExplainTestWindow& w)
{
    AnalysisController* analysis = w.window.analysis()->controller();
    w.window.analysis()->evaluationDock()->show();
    w.window.analysis()->evaluationDock()->raise();
    const int before = analysis->evaluationsDelivered();
    analysis->refresh();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return analysis->evaluationsDelivered() > before && !analysis->isBusy(); }, test::kExplainTimeoutMs));
    ConfusionMatrixPanel* confusion = w.window.analysis()->evaluation()->confusion();
    confusion->activateCell(3, 3);
    QListWidget* list = confusion->gallery()->list();
    EXPECT_GT(list->count(), 0);
    if (list->count() == 0)
        return 0;
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    return confusion->gallery()->datasetIndices()[0];
}

} // namespace

TEST(ExplainDock, AGallerySampleOpensInExplainWithTheMapCoreComputes)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 3));
    ASSERT_TRUE(w.trainToTheEnd());
    const int before = w.controller()->attributionsDelivered();
    const std::size_t sample = clickGallerySample(w);
    // The click brings the Explain dock forward with that sample.
    ASSERT_TRUE(w.controller()->isShown());
    EXPECT_TRUE(w.attribution()->subject().title.contains(QStringLiteral("Sample %1 ").arg(sample)))
        << w.attribution()->subject().title.toStdString();
    EXPECT_EQ(w.attribution()->subject().trueClass, 3);
    ASSERT_TRUE(w.waitForAttribution(before));

    ExplanationView* view = w.view(ExplainMethod::Gradient);
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->hasExplanation()) << view->caption().toStdString();
    ExplainOptions options;
    options.method = ExplainMethod::Gradient;
    const Explanation expected = test::explainIndependently(w.window, w.controller()->sample(), options);
    EXPECT_EQ(view->explanation().target, expected.target);
    EXPECT_EQ(view->explanation().predicted, expected.predicted);
    EXPECT_LT(largestDifference(view->explanation().map, expected.map),
        1e-5f * std::max(1.0f, largestMagnitude(expected.map)));
    EXPECT_GT(largestMagnitude(view->explanation().map), 0.0f);
    // Drawn: the overlay has the sample's 8x8 plane and a signed scale.
    EXPECT_EQ(view->overlay()->plane().width, 8);
    EXPECT_TRUE(view->overlay()->isSigned());
    EXPECT_TRUE(view->caption().contains(QStringLiteral("Class")));
}

TEST(ExplainDock, FourMethodsSideBySideAnotherTargetAndOtherParameters)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 3));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(7));
    ASSERT_TRUE(w.waitForAttribution(delivered));

    const std::vector<ExplainMethod> four { ExplainMethod::Gradient, ExplainMethod::IntegratedGradients,
        ExplainMethod::Occlusion, ExplainMethod::KernelShap };
    delivered = w.controller()->attributionsDelivered();
    w.tickMethods(four);
    ASSERT_TRUE(w.waitForAttribution(delivered));
    ASSERT_EQ(w.attribution()->views().size(), 4u);
    for (ExplainMethod method : four) {
        ExplanationView* view = w.view(method);
        ASSERT_NE(view, nullptr);
        EXPECT_TRUE(view->hasExplanation()) << explainMethodName(method) << ": " << view->caption().toStdString();
    }
    EXPECT_TRUE(w.view(ExplainMethod::IntegratedGradients)->caption().contains(QStringLiteral("Completeness gap")));
    EXPECT_EQ(w.view(ExplainMethod::Occlusion)->explanation().map.shape(), (Shape { 8, 8 }));

    // A fifth is refused, with a word why.
    ExplainMethodForm* form = w.attribution()->form();
    QListWidgetItem* fifth = form->methodList()->item(1); // gradient x input
    fifth->setCheckState(Qt::Checked);
    EXPECT_EQ(fifth->checkState(), Qt::Unchecked);
    EXPECT_EQ(form->methods().size(), 4u);
    EXPECT_TRUE(w.attribution()->status()->text().contains(QStringLiteral("4")));

    // Another class than the predicted one: the maps explain that class's score.
    const int predicted = w.view(ExplainMethod::Gradient)->explanation().predicted;
    const int other = (predicted + 1) % 10;
    delivered = w.controller()->attributionsDelivered();
    form->targetBox()->setCurrentIndex(form->targetBox()->findData(other));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    for (ExplainMethod method : four)
        EXPECT_EQ(w.view(method)->explanation().target, other) << explainMethodName(method);
    ExplainOptions options = form->options(ExplainMethod::IntegratedGradients);
    options.target = other;
    const Explanation expected = test::explainIndependently(w.window, w.controller()->sample(), options);
    EXPECT_NEAR(w.view(ExplainMethod::IntegratedGradients)->explanation().score, expected.score, 1e-4f);
    EXPECT_LT(largestDifference(w.view(ExplainMethod::IntegratedGradients)->explanation().map, expected.map), 1e-4f);

    // The true class, then fewer steps: recomputed with them.
    delivered = w.controller()->attributionsDelivered();
    form->targetBox()->setCurrentIndex(form->targetBox()->findData(ExplainMethodForm::kTrueClass));
    form->stepsBox()->setValue(8);
    ASSERT_TRUE(w.waitForAttribution(delivered));
    EXPECT_EQ(w.view(ExplainMethod::Gradient)->explanation().target, w.attribution()->subject().trueClass);
    options = form->options(ExplainMethod::IntegratedGradients);
    EXPECT_EQ(options.steps, 8);
    options.target = w.attribution()->subject().trueClass;
    const Explanation eightSteps = test::explainIndependently(w.window, w.controller()->sample(), options);
    EXPECT_LT(largestDifference(w.view(ExplainMethod::IntegratedGradients)->explanation().map, eightSteps.map), 1e-4f);
    // The CSV export carries every method's values.
    const QString csv = w.attribution()->csv();
    EXPECT_TRUE(csv.startsWith(QStringLiteral("method,row,column,value\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\nkernel-shap,")));
}

TEST(ExplainDock, TabularModelsShowLimeAndShapAsNamedBars)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("iris"), 60));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    // Grad-CAM and occlusion need an image: not offered.
    ExplainMethodForm* form = w.attribution()->form();
    int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(120));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    EXPECT_FALSE(form->isOffered(ExplainMethod::GradCam));
    EXPECT_FALSE(form->isOffered(ExplainMethod::Occlusion));

    delivered = w.controller()->attributionsDelivered();
    w.tickMethods({ ExplainMethod::Lime, ExplainMethod::KernelShap });
    ASSERT_TRUE(w.waitForAttribution(delivered));
    for (ExplainMethod method : { ExplainMethod::Lime, ExplainMethod::KernelShap }) {
        ExplanationView* view = w.view(method);
        ASSERT_TRUE(view->hasExplanation()) << view->caption().toStdString();
        FeatureContributionBars* bars = view->bars();
        EXPECT_TRUE(bars->isVisible());
        ASSERT_EQ(bars->values().size(), 4u);
        EXPECT_TRUE(bars->names().join(QLatin1Char(',')).contains(QStringLiteral("petal")))
            << bars->names().join(QLatin1Char(',')).toStdString();
        // Largest contribution on top.
        const std::vector<int>& order = bars->rowOrder();
        for (std::size_t r = 1; r < order.size(); ++r)
            EXPECT_GE(std::abs(bars->values()[static_cast<std::size_t>(order[r - 1])]),
                std::abs(bars->values()[static_cast<std::size_t>(order[r])]));
    }
    const Explanation& shap = w.view(ExplainMethod::KernelShap)->explanation();
    ASSERT_TRUE(shap.baselineScore.has_value());
    EXPECT_TRUE(shap.exact);
    const float sum = std::accumulate(shap.featureValues.begin(), shap.featureValues.end(), 0.0f);
    EXPECT_NEAR(sum, shap.score - *shap.baselineScore, 1e-3f * std::max(1.0f, std::abs(shap.score)));
    EXPECT_TRUE(w.view(ExplainMethod::KernelShap)->csv().startsWith(QStringLiteral("feature,value\n")));
}

TEST(ExplainDock, MapsFollowTrainingAtMostTwiceASecond)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 1000000)); // thousands of epochs a second: stopped by hand
    w.showExplain();
    int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(4));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    const Tensor untrained = w.view(ExplainMethod::Gradient)->explanation().map;
    EXPECT_TRUE(w.attribution()->status()->text().contains(QStringLiteral("Untrained")));

    QSignalSpy epochs(w.window.training()->session(), &TrainingSession::epochFinished);
    QSignalSpy ended(w.window.training(), &TrainingController::runEnded);
    delivered = w.controller()->attributionsDelivered();
    w.window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.window.training()->session()->isRunning(); }, test::kExplainTimeoutMs));
    w.showExplain(); // Start brings the Training dock forward; the user looks at Explain again
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(3000);
    const int during = w.controller()->attributionsDelivered() - delivered;
    const qint64 elapsed = clock.elapsed();
    const Tensor training = w.view(ExplainMethod::Gradient)->explanation().map;
    const QString status = w.attribution()->status()->text();
    EXPECT_TRUE(w.window.training()->session()->isRunning())
        << "after " << epochs.count() << " epochs: "
        << (ended.isEmpty() ? QString() : ended.first().first().toString()).toStdString();
    w.window.action(QStringLiteral("actionTrainStop"))->trigger();
    ASSERT_GT(epochs.count(), 10) << "digits trained too slowly for this test to mean anything";
    EXPECT_GE(during, 2); // the maps move while the network learns...
    EXPECT_LE(during, elapsed / ExplainController::kWeightsIntervalMs + 2); // ...but not once per epoch
    EXPECT_TRUE(status.contains(QStringLiteral("after epoch"))) << status.toStdString();
    EXPECT_GT(largestDifference(training, untrained), 1e-4f);
}

TEST(ExplainDock, HoveringACardShowsItsOutputForTheSample)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 2));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    const int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(2));
    ASSERT_TRUE(w.waitForAttribution(delivered));

    GraphView* view = w.window.editor()->view();
    GraphScene* scene = w.window.editor()->scene();
    NodeItem* card = scene->nodeItem(QStringLiteral("fc1"));
    ASSERT_NE(card, nullptr);
    view->centerOn(card);
    const QPoint at = view->mapFromScene(card->sceneBoundingRect().center());
    QTest::mouseMove(view->viewport(), at);
    ActivationHover* hover = w.window.activationHover();
    if (hover->hoveredNode() != QStringLiteral("fc1"))
        Q_EMIT scene->nodeHovered(QStringLiteral("fc1")); // offscreen: no hover events from a synthetic move
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return hover->popup()->isVisible() && hover->answers() > 0; }, test::kExplainTimeoutMs));
    EXPECT_TRUE(hover->popup()->title().startsWith(QStringLiteral("fc1")));
    EXPECT_EQ(hover->popup()->grid()->channelCount(), 64);
    Q_EMIT scene->nodeHovered(QString());
    EXPECT_FALSE(hover->popup()->isVisible());
}

TEST(ExplainDock, TheProjectionLeadsBackToItsSamples)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 4));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    const int projected = w.controller()->projectionsDelivered();
    w.dock()->showPage(ExplainDock::ProjectionTab);
    ASSERT_TRUE(w.waitFor([&] { return w.controller()->projectionsDelivered(); }, projected));
    ProjectionScatter* scatter = w.dock()->projection()->scatter();
    ASSERT_GT(scatter->count(), 100);
    EXPECT_EQ(w.dock()->projection()->node(), QStringLiteral("act1"));
    EXPECT_GT(scatter->points().varianceX, scatter->points().varianceY);
    EXPECT_LT(scatter->wrongCount(), scatter->count() / 2);

    const int delivered = w.controller()->attributionsDelivered();
    const QPoint at = scatter->toWidget(10).toPoint();
    QTest::mouseMove(scatter, at);
    QTest::mouseClick(scatter, Qt::LeftButton, {}, at);
    ASSERT_TRUE(w.waitForAttribution(delivered));
    EXPECT_EQ(w.dock()->page(), ExplainDock::AttributionTab);
    EXPECT_TRUE(w.attribution()->subject().title.contains(QStringLiteral("test split")))
        << w.attribution()->subject().title.toStdString();
    EXPECT_EQ(w.attribution()->subject().trueClass,
        scatter->points().trueClasses[static_cast<std::size_t>(scatter->pointAt(at))]);
}

TEST(ExplainDock, TheSampleDocksExplainButtonOpensItsSample)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 2));
    ASSERT_TRUE(w.trainToTheEnd());
    const std::size_t sample = clickGallerySample(w);
    SampleInspector* inspector = w.window.analysis()->inspector();
    ASSERT_EQ(inspector->currentSample(), sample);
    // Somewhere else first, then back through the Sample dock's button.
    ASSERT_TRUE(w.clickDatasetSample(0));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !w.attribution()->subject().title.contains(QStringLiteral("Sample %1 ").arg(sample)); },
        test::kExplainTimeoutMs));
    w.window.analysis()->sampleDock()->raise();
    const int delivered = w.controller()->attributionsDelivered();
    QTest::mouseClick(inspector->explainButton(), Qt::LeftButton);
    ASSERT_TRUE(w.waitForAttribution(delivered));
    EXPECT_TRUE(w.attribution()->subject().title.contains(QStringLiteral("Sample %1 ").arg(sample)));
    EXPECT_TRUE(w.controller()->isShown());
}

TEST(ExplainDock, APointOfTheDecisionBoundaryOpensInExplain)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("spiral"), 20));
    DecisionBoundaryPanel* boundary = w.window.decisionBoundary();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return boundary->isPlanar() && !boundary->isLoading(); }, test::kExplainTimeoutMs));
    ASSERT_TRUE(w.trainToTheEnd());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.window.decisionBoundaryDock()->isVisible(); }, test::kExplainTimeoutMs));
    const int delivered = w.controller()->attributionsDelivered();
    DecisionBoundaryWidget* view = boundary->boundary();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->mapToWidget(boundary->testPoints().at(3)).toPoint());
    ASSERT_TRUE(w.waitForAttribution(delivered));
    EXPECT_TRUE(w.controller()->isShown());
    EXPECT_TRUE(w.attribution()->subject().title.contains(QStringLiteral("test split")))
        << w.attribution()->subject().title.toStdString();
    // Two features, x and y: the gradient as two named bars.
    ExplanationView* gradient = w.view(ExplainMethod::Gradient);
    ASSERT_TRUE(gradient->hasExplanation()) << gradient->caption().toStdString();
    EXPECT_EQ(gradient->bars()->names(), (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    EXPECT_EQ(gradient->explanation().map.shape(), (Shape { 2 }));
}

TEST(ExplainDock, WeightsThatNoLongerFitTheEditedNetworkSaySoAndUndoBringsTheMapsBack)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 2));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(5));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    ASSERT_TRUE(w.view(ExplainMethod::Gradient)->hasExplanation());

    // Widen the hidden layer: the trained weights have the old shape.
    delivered = w.controller()->attributionsDelivered();
    NetworkGraphModel* model = w.window.document()->model();
    w.window.document()->undoStack()->push(
        new SetParameterCommand(model, QStringLiteral("fc1"), QStringLiteral("units"), 33));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    ExplanationView* view = w.view(ExplainMethod::Gradient);
    EXPECT_FALSE(view->hasExplanation());
    EXPECT_TRUE(view->caption().contains(QStringLiteral("train it again"))) << view->caption().toStdString();

    delivered = w.controller()->attributionsDelivered();
    w.window.document()->undoStack()->undo();
    ASSERT_TRUE(w.waitForAttribution(delivered));
    EXPECT_TRUE(w.view(ExplainMethod::Gradient)->hasExplanation())
        << w.view(ExplainMethod::Gradient)->caption().toStdString();
}

TEST(ExplainDock, OpeningAnotherProjectClearsItAndTheNextSampleIsOfTheNewNetwork)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 2));
    w.showExplain();
    int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(1));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    ASSERT_TRUE(w.controller()->hasSample());

    ASSERT_TRUE(w.open(QStringLiteral("iris"), 2));
    EXPECT_FALSE(w.controller()->hasSample());
    EXPECT_FALSE(w.attribution()->subject().isValid());
    for (ExplanationView* view : w.attribution()->views())
        EXPECT_FALSE(view->hasExplanation());
    delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(0));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    ASSERT_TRUE(w.view(ExplainMethod::Gradient)->hasExplanation());
    EXPECT_EQ(w.view(ExplainMethod::Gradient)->explanation().map.shape(), (Shape { 4 }));
    EXPECT_EQ(w.attribution()->subject().classNames.size(), 3);
}

// A tagging task (one class per position, labels [N, T]) has no one true class per
// sample: its samples open in Explain without one, and the maps still come.
TEST(ExplainDock, ATaggingSampleOpensWithoutATrueClass)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reverse.nwproj"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({
  "format_version": 2, "name": "Reverse", "weights": "",
  "graph": { "nodes": [
      { "id": "input", "type": "Input", "params": { "shape": [6] }, "position": [0, 0] },
      { "id": "embed", "type": "Embedding", "params": { "vocab_size": 10, "dim": 8 }, "position": [220, 0] },
      { "id": "gru", "type": "GRU", "params": { "units": 16, "return_sequences": true, "bidirectional": true }, "position": [440, 0] },
      { "id": "out", "type": "Dense", "params": { "units": 10 }, "position": [660, 0] } ],
    "edges": [ { "from": "input", "to": "embed", "port": 0 }, { "from": "embed", "to": "gru", "port": 0 },
               { "from": "gru", "to": "out", "port": 0 } ] },
  "training": { "loss": "cross_entropy", "optimizer": { "name": "adam" }, "learning_rate": 0.01,
                "batch_size": 32, "epochs": 1, "seed": 1 },
  "dataset": { "spec": "sequence:reverse?length=6&samples=300", "validation_fraction": 0.2, "test_fraction": 0.2,
               "split_seed": 1, "stratified": false } })");
    file.close();
    ExplainTestWindow w;
    ASSERT_TRUE(w.window.openExample(path));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    const int before = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(2));
    EXPECT_EQ(w.attribution()->subject().trueClass, -1);
    ASSERT_TRUE(w.waitForAttribution(before));
    ExplanationView* view = w.view(ExplainMethod::Gradient);
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->hasExplanation()) << view->caption().toStdString();
}
