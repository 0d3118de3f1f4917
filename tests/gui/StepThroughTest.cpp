// The Step Through dock driven as a user does: the spiral example trained a little,
// a point of the decision boundary clicked, the dock brought forward, and the arrow
// key pressed through the forward pass, the loss, the backward pass and the update.
// What the panel and the cards show is compared with the engine's own forward and
// backward of that sample on an independently prepared copy of the network; the
// model stays as it was until Apply Step, which Undo Apply takes back. Screenshots
// of the stages land in the build tree (docs/screenshots with
// NETWRIGHT_UPDATE_SCREENSHOTS=1).
#include "ExplainTestWindow.h"
#include "GuiTestSupport.h"

#include "ExplainController.h"
#include "MainWindow.h"
#include "StepThroughController.h"
#include "TrainingController.h"

#include "analysis/SampleInspector.h"
#include "charts/DecisionBoundaryPanel.h"
#include "charts/DecisionBoundaryWidget.h"
#include "data/Dataset.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphView.h"
#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/ThreadPool.h"
#include "engine/losses/Loss.h"
#include "io/GraphWeights.h"
#include "model/NetworkDocument.h"
#include "stepthrough/StepFormulaText.h"
#include "stepthrough/StepStages.h"
#include "stepthrough/StepThroughOverlay.h"
#include "stepthrough/StepThroughPanel.h"
#include "stepthrough/StepValuesItem.h"
#include "stepthrough/StepValuesView.h"
#include "training/PreparedProject.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>

using namespace nw;
using nw::stepformula::number;

namespace {

struct StepWindow : test::ExplainTestWindow {
    StepThroughController* stepper() const { return window.stepThroughController(); }
    StepThroughPanel* panel() const { return window.stepThrough(); }

    void showStepThrough()
    {
        window.stepThroughDock()->show();
        window.stepThroughDock()->raise();
        EXPECT_TRUE(QTest::qWaitFor([&] { return stepper()->isShown(); }, test::kExplainTimeoutMs));
    }
    bool waitForTrace(int after)
    {
        return QTest::qWaitFor([&] { return stepper()->tracesShown() > after && !stepper()->isBusy(); },
            test::kExplainTimeoutMs);
    }
    // A click on a training point of the decision boundary, as a user picks a sample.
    bool clickBoundaryPoint(int index)
    {
        DecisionBoundaryPanel* boundary = window.decisionBoundary();
        if (!QTest::qWaitFor([&] { return boundary->isPlanar() && !boundary->isLoading(); }, test::kExplainTimeoutMs))
            return false;
        DecisionBoundaryWidget* widget = boundary->boundary();
        const QPointF point = boundary->trainPoints().at(index);
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->mapToWidget(point).toPoint());
        return QTest::qWaitFor([&] { return controller()->hasSample(); }, test::kExplainTimeoutMs);
    }
    void press(Qt::Key key, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(&window, key);
    }
    // Moves to the stage with this title.
    bool goTo(const QString& title)
    {
        press(Qt::Key_Left, static_cast<int>(panel()->stages().size()));
        for (int i = 0; i < panel()->stages().size(); ++i) {
            if (panel()->titleText() == title)
                return true;
            press(Qt::Key_Right);
        }
        return false;
    }
    void screenshot(const QString& name)
    {
        QApplication::processEvents();
        const QString path = test::screenshotPath(name);
        EXPECT_TRUE(window.grab().save(path)) << path.toStdString();
    }
};

// The engine's own forward and backward of the sample, on a network prepared
// afresh from the document with the document's weights.
struct Independent {
    std::unique_ptr<PreparedProject> project;
    Tensor input, target, outputGrad;
    float loss = 0;
    ThreadPool pool { 1 };

    explicit Independent(MainWindow& window, const Dataset& data, std::size_t index)
    {
        QString error;
        PreparedProject::Options prepare;
        prepare.loadWeights = false;
        project = PreparedProject::fromProject(
            window.document()->project(), window.training()->dataProjectPath(), prepare, &error);
        EXPECT_TRUE(project) << error.toStdString();
        if (window.document()->weights().empty())
            project->graph().initialize(project->project().training.seed);
        else
            EXPECT_TRUE(applyWeights(project->graph(), window.document()->weights(), &error)) << error.toStdString();
        data.fillBatch(std::span<const std::size_t>(&index, 1), input, target);
        Graph& graph = project->graph();
        graph.setInputGradientsRequired(true);
        ExecutionContext ctx;
        ctx.pool = &pool;
        const auto lossFunction = makeLoss(project->project().training.loss.toStdString());
        loss = lossFunction->compute(graph.forward(input, ctx), target, outputGrad);
        graph.backward(outputGrad, ctx);
    }
    Graph& graph() { return project->graph(); }
};

std::map<std::string, std::vector<float>> copyOf(const std::map<std::string, Tensor>& weights)
{
    std::map<std::string, std::vector<float>> copy;
    for (const auto& [name, t] : weights)
        copy[name] = std::vector<float>(t.data(), t.data() + t.size());
    return copy;
}

const StepValuesItem* cardLabel(StepThroughOverlay* overlay)
{
    for (QGraphicsItem* item : overlay->items())
        if (auto* label = dynamic_cast<StepValuesItem*>(item))
            return label; // the card's label comes before the edges'
    return nullptr;
}

} // namespace

TEST(StepThrough, WalksOneSpiralPointThroughTheEnginesOwnForwardBackwardAndUpdate)
{
    StepWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("spiral"), 20));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showStepThrough();
    EXPECT_FALSE(w.panel()->messageText().isEmpty()) << "no sample yet: the panel says how to pick one";
    const int before = w.stepper()->tracesShown();
    ASSERT_TRUE(w.clickBoundaryPoint(11));
    ASSERT_TRUE(w.waitForTrace(before));
    EXPECT_TRUE(w.stepper()->isShown()) << "the Step Through dock in front stays in front";
    const auto trace = w.panel()->trace();
    ASSERT_TRUE(trace);
    const auto weightsBefore = copyOf(w.window.document()->weights());
    ASSERT_FALSE(weightsBefore.empty());

    Independent engine(w.window, *w.controller()->sampleDataset(), w.controller()->sampleIndex());
    for (std::size_t i = 0; i < engine.input.size(); ++i)
        ASSERT_EQ(trace->input[i], engine.input[i]);
    EXPECT_EQ(trace->dataLoss, engine.loss);
    for (const NodeTrace& node : trace->nodes) {
        const Tensor& output = engine.graph().nodeOutput(node.id);
        for (std::size_t i = 0; i < output.size(); ++i)
            ASSERT_EQ(node.output[i], output[i]) << node.id;
        const Tensor& grad = node.id == trace->outputId ? engine.outputGrad
            : node.id == "input"                         ? engine.graph().inputGradient(0)
                                                         : engine.graph().nodeGradient(node.id);
        for (std::size_t i = 0; i < grad.size(); ++i)
            ASSERT_EQ(node.outputGrad[i], grad[i]) << node.id;
    }

    // Full size, so the values on the cards can be read; the view follows the node on show.
    w.window.editor()->view()->setZoom(1.0);
    // Forward: input, fc1, act1, fc2, act2, out; then the loss; backward; updates.
    EXPECT_EQ(w.panel()->stageIndex(), 0);
    EXPECT_EQ(w.panel()->titleText(), QStringLiteral("Forward: input (Input)"));
    w.press(Qt::Key_Right);
    EXPECT_EQ(w.panel()->titleText(), QStringLiteral("Forward: fc1 (Dense)"));
    // fc1 has 24 units: the formula of the largest one, with the sample's numbers.
    const NodeTrace* fc1 = trace->node("fc1");
    const Tensor& x = trace->node("input")->output;
    int unit = 0;
    for (int j = 1; j < 24; ++j)
        if (std::abs(fc1->output[static_cast<std::size_t>(j)]) > std::abs(fc1->output[static_cast<std::size_t>(unit)]))
            unit = j;
    const Tensor& w1 = fc1->parameters.at(0).value;
    const Tensor& b1 = fc1->parameters.at(1).value;
    const QString expected = QStringLiteral("y%1 = ").arg(unit + 1)
        + stepformula::product(w1[static_cast<std::size_t>(unit * 2)], x[0]) + QStringLiteral(" + ")
        + stepformula::product(w1[static_cast<std::size_t>(unit * 2 + 1)], x[1]) + QStringLiteral(" + ")
        + stepformula::factor(b1[static_cast<std::size_t>(unit)]) + QStringLiteral(" = ")
        + number(engine.graph().nodeOutput("fc1")[static_cast<std::size_t>(unit)]);
    EXPECT_TRUE(w.panel()->formulaText().contains(expected))
        << expected.toStdString() << "\n" << w.panel()->formulaText().toStdString();
    // The card shows the whole layer, the edge into it the sample.
    const StepValuesItem* card = cardLabel(w.stepper()->overlay());
    ASSERT_NE(card, nullptr);
    ASSERT_EQ(card->values().size(), 24u);
    for (std::size_t i = 0; i < 24; ++i)
        EXPECT_EQ(card->values()[i], engine.graph().nodeOutput("fc1")[i]);
    EXPECT_EQ(w.stepper()->overlay()->items().size(), 3); // frame, card, one edge
    EXPECT_EQ(w.panel()->valuesView()->values().size(), 24u);
    w.screenshot(QStringLiteral("step-through-spiral-forward.png"));

    w.press(Qt::Key_Right); // act1 (Tanh)
    EXPECT_TRUE(w.panel()->formulaText().contains(QStringLiteral("tanh(%1) = %2")
            .arg(number(fc1->output[static_cast<std::size_t>(unit)]),
                number(engine.graph().nodeOutput("act1")[static_cast<std::size_t>(unit)]))));

    ASSERT_TRUE(w.goTo(QStringLiteral("Loss")));
    EXPECT_TRUE(w.panel()->formulaText().contains(QStringLiteral("= ") + number(engine.loss)));
    w.screenshot(QStringLiteral("step-through-spiral-loss.png"));

    w.press(Qt::Key_Right);
    EXPECT_EQ(w.panel()->titleText(), QStringLiteral("Backward: out (Dense)"));
    // Two outputs: every gradient written out, p - [j = y].
    for (std::size_t j = 0; j < 2; ++j)
        EXPECT_TRUE(w.panel()->formulaText().contains(QStringLiteral("= ") + number(engine.outputGrad[j])));
    ASSERT_TRUE(w.goTo(QStringLiteral("Backward: act1 (Tanh)")));
    const Tensor& g1 = engine.graph().nodeGradient("fc1");
    EXPECT_TRUE(w.panel()->formulaText().contains(QStringLiteral("= ") + number(g1[static_cast<std::size_t>(unit)])));
    w.screenshot(QStringLiteral("step-through-spiral-backward.png"));
    ASSERT_TRUE(w.goTo(QStringLiteral("Backward: fc1 (Dense)")));
    const Tensor& weightGrad = engine.graph().layer("fc1")->parameters().at(0)->grad;
    EXPECT_TRUE(w.panel()->formulaText().contains(
        QStringLiteral("= ") + number(weightGrad[static_cast<std::size_t>(unit * 2)])));

    ASSERT_TRUE(w.goTo(QStringLiteral("Update: out (Dense)")));
    const NodeTrace* out = trace->node("out");
    const ParameterTrace& outWeight = out->parameters.at(0);
    const std::size_t row = std::abs(out->output[1]) > std::abs(out->output[0]) ? 1 : 0; // the highlighted unit
    EXPECT_TRUE(w.panel()->formulaText().contains(QStringLiteral("Adam")));
    for (std::size_t i = row * 24; i < row * 24 + 4; ++i)
        EXPECT_TRUE(w.panel()->formulaText().contains(number(outWeight.value[i]) + QStringLiteral(" → ")
            + number(outWeight.after[i]))) << i << "\n" << w.panel()->formulaText().toStdString();
    w.screenshot(QStringLiteral("step-through-spiral-update.png"));

    // Walking through changed nothing.
    EXPECT_EQ(copyOf(w.window.document()->weights()), weightsBefore);

    // Apply Step: the document's weights become the trace's updated ones; Undo Apply
    // puts back those of before.
    auto* apply = w.panel()->findChild<QPushButton*>(QStringLiteral("stepApply"));
    auto* undo = w.panel()->findChild<QPushButton*>(QStringLiteral("stepUndoApply"));
    ASSERT_TRUE(apply && undo);
    // A newer trace may be on its way (Explain passes the run's last weights on, paced):
    // Apply waits for the trace of the weights the network holds.
    ASSERT_TRUE(QTest::qWaitFor([&] { return apply->isEnabled(); }, test::kExplainTimeoutMs));
    EXPECT_FALSE(undo->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_EQ(copyOf(w.window.document()->weights()), copyOf(trace->updatedWeights()));
    EXPECT_NE(copyOf(w.window.document()->weights()), weightsBefore);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_FALSE(apply->isEnabled()) << "the trace on show stepped from the weights of before: applying it twice "
                                        "would not be one step";
    // The next step starts from the new weights (they reach the Explain controller,
    // paced): the same sample's loss went down.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return w.panel()->trace()->dataLoss < trace->dataLoss && !w.stepper()->isBusy(); }, 20000))
        << w.panel()->trace()->dataLoss << " after, " << trace->dataLoss << " before";
    // ... and Adam continues: its second step, from the moments the first one left.
    EXPECT_EQ(w.panel()->trace()->optimizerStep, 2);
    EXPECT_TRUE(apply->isEnabled()) << "the new trace steps from the weights the network holds";
    EXPECT_TRUE(w.panel()->formulaText().contains(QStringLiteral("step t = 2")) || w.panel()->stage()->kind
        != StepStage::Kind::Update);
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(copyOf(w.window.document()->weights()), weightsBefore);
    EXPECT_FALSE(undo->isEnabled());
    // Back to the first step: the trace of before, number for number.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return w.panel()->trace()->dataLoss == trace->dataLoss && !w.stepper()->isBusy(); }, 20000));
    EXPECT_EQ(w.panel()->trace()->optimizerStep, 1);
    EXPECT_EQ(copyOf(w.panel()->trace()->updatedWeights()), copyOf(trace->updatedWeights()));
}

TEST(StepThrough, PlayWalksToTheEndAndTheOverlayLeavesWithTheDock)
{
    StepWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("spiral"), 1));
    w.showStepThrough();
    const int before = w.stepper()->tracesShown();
    ASSERT_TRUE(w.clickDatasetSample(3)); // untrained: the seed's initial weights
    ASSERT_TRUE(w.waitForTrace(before));
    EXPECT_TRUE(w.panel()->trace()->dataLoss > 0);
    auto* play = w.panel()->findChild<QPushButton*>(QStringLiteral("stepPlay"));
    ASSERT_NE(play, nullptr);
    w.panel()->setPlayInterval(50); // a user watches each stage for StepThroughPanel::kPlayIntervalMs
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_TRUE(w.panel()->isPlaying());
    const int last = static_cast<int>(w.panel()->stages().size()) - 1;
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.panel()->stageIndex() == last; }, 60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.panel()->isPlaying(); }, 5000));
    EXPECT_TRUE(w.panel()->titleText().startsWith(QStringLiteral("Update: ")));
    EXPECT_FALSE(w.stepper()->overlay()->items().isEmpty());

    // Training mode asks again; the evaluation-mode trace had no dropout to differ by,
    // so the numbers stay, and the stage on show stays.
    const int traces = w.stepper()->tracesShown();
    auto* mode = w.panel()->findChild<QComboBox*>(QStringLiteral("stepMode"));
    ASSERT_NE(mode, nullptr);
    mode->setCurrentIndex(1);
    ASSERT_TRUE(w.waitForTrace(traces));
    EXPECT_TRUE(w.panel()->trace()->training);
    EXPECT_EQ(w.panel()->stageIndex(), last);

    // Leaving the dock ends the mode: the graph is for editing again.
    QAction* toolbarMode = w.window.action(QStringLiteral("actionStepThrough"));
    ASSERT_NE(toolbarMode, nullptr);
    EXPECT_TRUE(toolbarMode->isChecked());
    w.showExplain();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.stepper()->overlay()->items().isEmpty(); }, 5000));
    EXPECT_FALSE(w.window.action(QStringLiteral("actionStepNext"))->isEnabled());
    EXPECT_FALSE(toolbarMode->isChecked());
    // The editor's toolbar button brings it back, as it was; pressed again, it closes.
    toolbarMode->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.stepper()->overlay()->items().isEmpty(); }, 5000));
    EXPECT_TRUE(w.window.action(QStringLiteral("actionStepNext"))->isEnabled());
    EXPECT_EQ(w.panel()->stageIndex(), last);
    toolbarMode->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.stepper()->overlay()->items().isEmpty(); }, 5000));
    EXPECT_FALSE(w.window.stepThroughDock()->isVisible());

    // Another project while the walk is on show: the scene is rebuilt under the overlay,
    // the old sample is gone, and the panel says how to pick one.
    toolbarMode->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.stepper()->overlay()->items().isEmpty(); }, 5000));
    ASSERT_TRUE(w.open(QStringLiteral("xor"), 1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.panel()->messageText().isEmpty(); }, 5000));
    EXPECT_TRUE(w.stepper()->overlay()->items().isEmpty());
    EXPECT_EQ(w.panel()->trace(), nullptr);
}

TEST(StepThrough, ASampleThatCannotBeSteppedThroughSaysWhyAndNothingBreaks)
{
    // Spiral with a BatchNorm after fc1: one flat sample has no batch statistics, so
    // training mode cannot normalise it; evaluation mode (running statistics) can.
    QTemporaryDir dir;
    QFile example(test::examplePath(QStringLiteral("spiral")));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(example.readAll()).object();
    QJsonObject graph = project.value(QStringLiteral("graph")).toObject();
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    nodes.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("bn") }, { QStringLiteral("type"), QStringLiteral("BatchNorm") },
        { QStringLiteral("params"), QJsonObject() }, { QStringLiteral("position"), QJsonArray { 330, 120 } } });
    QJsonArray edges;
    for (const QJsonValue& e : graph.value(QStringLiteral("edges")).toArray()) {
        QJsonObject edge = e.toObject();
        if (edge.value(QStringLiteral("from")).toString() == QStringLiteral("fc1")) {
            edges.append(QJsonObject { { QStringLiteral("from"), QStringLiteral("fc1") }, { QStringLiteral("to"), QStringLiteral("bn") },
                { QStringLiteral("port"), 0 } });
            edge.insert(QStringLiteral("from"), QStringLiteral("bn"));
        }
        edges.append(edge);
    }
    graph.insert(QStringLiteral("nodes"), nodes);
    graph.insert(QStringLiteral("edges"), edges);
    project.insert(QStringLiteral("graph"), graph);
    const QString path = dir.filePath(QStringLiteral("spiral-bn.nwproj"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(project).toJson());
    out.close();

    StepWindow w;
    ASSERT_TRUE(w.window.openFile(path));
    w.showStepThrough();
    const int before = w.stepper()->tracesShown();
    ASSERT_TRUE(w.clickDatasetSample(5));
    ASSERT_TRUE(w.waitForTrace(before));
    EXPECT_NE(w.panel()->trace()->node("bn"), nullptr);

    auto* mode = w.panel()->findChild<QComboBox*>(QStringLiteral("stepMode"));
    ASSERT_NE(mode, nullptr);
    mode->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.panel()->messageText().isEmpty() && !w.stepper()->isBusy(); }, 20000));
    const QString message = w.panel()->messageText();
    EXPECT_TRUE(message.contains(QStringLiteral("cannot be stepped through"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("BatchNorm"))) << message.toStdString();
    w.screenshot(QStringLiteral("step-through-error.png"));
    EXPECT_TRUE(w.stepper()->overlay()->items().isEmpty());
    auto* apply = w.panel()->findChild<QPushButton*>(QStringLiteral("stepApply"));
    EXPECT_FALSE(apply->isEnabled());

    // Back to evaluation mode: the walk is there again.
    const int traces = w.stepper()->tracesShown();
    mode->setCurrentIndex(0);
    ASSERT_TRUE(w.waitForTrace(traces));
    EXPECT_TRUE(w.panel()->messageText().isEmpty());
}
