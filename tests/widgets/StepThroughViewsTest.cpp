// The step-through views on traces made by the engine: the stages' order, the
// convolution written as a sum over one output's window (stride and padding found
// by reproducing the engine's value), the MSE loss and an SGD update with the
// engine's numbers, and the panel walking a CNN with feature-map thumbnails (a
// screenshot lands in the build tree, docs/screenshots with
// NETWRIGHT_UPDATE_SCREENSHOTS=1).
#include "engine/Graph.h"
#include "engine/StepThroughTrace.h"
#include "engine/ThreadPool.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Flatten.h"
#include "engine/losses/Loss.h"
#include "stepthrough/StepFormulaText.h"
#include "stepthrough/StepFormulas.h"
#include "stepthrough/StepStages.h"
#include "stepthrough/StepThroughPanel.h"
#include "stepthrough/StepValuesView.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QTextDocument>

#include <cmath>

using namespace nw;
using nw::stepformula::number;

namespace {

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Input 1x6x6 -> Conv2D(3 channels, 3x3, stride 2, padding 1) -> ReLU -> Flatten -> Dense(4).
Graph strideTwoCnn()
{
    Graph g;
    g.addInput("x", { 1, 6, 6 });
    g.addNode("conv", std::make_unique<Conv2D>(3, 3, 2, 1), { "x" });
    g.addNode("relu", std::make_unique<Activation>(ActivationKind::ReLU), { "conv" });
    g.addNode("flat", std::make_unique<Flatten>(), { "relu" });
    g.addNode("out", std::make_unique<Dense>(4), { "flat" });
    EXPECT_TRUE(g.compile().ok());
    g.initialize(5);
    return g;
}

Tensor image()
{
    Tensor t({ 1, 1, 6, 6 });
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = std::cos(0.45f * static_cast<float>(i)) + 0.1f;
    return t;
}

StepThroughTrace cnnTrace(const std::string& optimizer = "adam")
{
    Graph g = strideTwoCnn();
    ThreadPool pool(1);
    const auto loss = makeLoss("cross_entropy");
    StepThroughSettings settings;
    settings.optimizer.name = optimizer;
    settings.learningRate = 0.05f;
    return traceStep(g, *loss, image(), Tensor({ 1 }, { 3.0f }), settings, pool);
}

} // namespace

TEST(StepThroughViews, StagesGoForwardThenLossThenBackwardThenUpdate)
{
    const StepThroughTrace trace = cnnTrace();
    const QVector<StepStage> stages = stepStages(trace);
    // Five forward, the loss, five backward from the output to the input (whose
    // gradient is what a saliency map shows), and the updates of the two layers with weights.
    QStringList walked;
    for (const StepStage& s : stages)
        walked << StepFormulas::title(trace, s);
    EXPECT_EQ(walked,
        QStringList({ QStringLiteral("Forward: x (Input)"), QStringLiteral("Forward: conv (Conv2D)"),
            QStringLiteral("Forward: relu (ReLU)"), QStringLiteral("Forward: flat (Flatten)"),
            QStringLiteral("Forward: out (Dense)"), QStringLiteral("Loss"), QStringLiteral("Backward: out (Dense)"),
            QStringLiteral("Backward: flat (Flatten)"), QStringLiteral("Backward: relu (ReLU)"),
            QStringLiteral("Backward: conv (Conv2D)"), QStringLiteral("Backward: x (Input)"),
            QStringLiteral("Update: conv (Conv2D)"), QStringLiteral("Update: out (Dense)") }));
}

TEST(StepThroughViews, ConvolutionIsWrittenAsTheSumOverOneOutputsWindow)
{
    const StepThroughTrace trace = cnnTrace();
    const NodeTrace* conv = trace.node("conv");
    const Tensor& x = trace.node("x")->output;
    const Tensor& w = conv->parameters.at(0).value;
    const Tensor& b = conv->parameters.at(1).value;
    ASSERT_EQ(conv->output.shape(), Shape({ 1, 3, 3, 3 })); // (6 + 2 - 3) / 2 + 1 = 3
    // Channel 2, row 2, column 1: input rows 1..3 and columns -1..1 (stride 2, padding 1).
    const int unit = 1 * 9 + 1 * 3 + 0;
    const QString text = plain(StepFormulas::html(trace, { StepStage::Kind::Forward, QStringLiteral("conv") }, unit, {}));
    EXPECT_TRUE(text.contains(QStringLiteral("Output channel 2, row 2, column 1"))) << text.toStdString();
    QStringList terms;
    for (int u = 0; u < 3; ++u)
        for (int v = 0; v < 3; ++v) {
            const int r = 1 * 2 + u - 1, c = 0 * 2 + v - 1;
            if (r < 0 || r >= 6 || c < 0 || c >= 6)
                continue;
            terms << stepformula::product(w[static_cast<std::size_t>(9 + u * 3 + v)], x[static_cast<std::size_t>(r * 6 + c)]);
        }
    ASSERT_EQ(terms.size(), 6); // the window's first column is padding
    const QString expected = QStringLiteral("y = ") + terms.join(QStringLiteral(" + ")) + QStringLiteral(" + ")
        + stepformula::factor(b[1]) + QStringLiteral(" = ") + number(conv->output[static_cast<std::size_t>(unit)]);
    EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();

    // Backward: each channel's bias gradient is the sum of ∂L/∂y over the channel.
    const QString back = plain(StepFormulas::html(trace, { StepStage::Kind::Backward, QStringLiteral("conv") }, -1, {}));
    const ParameterTrace& bias = conv->parameters.at(1);
    for (std::size_t c = 0; c < 3; ++c)
        EXPECT_TRUE(back.contains(QStringLiteral("→ ") + number(bias.grad[c]))) << back.toStdString();
}

TEST(StepThroughViews, MseLossAndSgdUpdateCarryTheEnginesNumbers)
{
    Graph g;
    g.addInput("x", { 2 });
    g.addNode("fc", std::make_unique<Dense>(2), { "x" });
    ASSERT_TRUE(g.compile().ok());
    g.initialize(2);
    ThreadPool pool(1);
    const auto loss = makeLoss("mse");
    StepThroughSettings settings;
    settings.optimizer.name = "sgd";
    settings.learningRate = 0.1f;
    const StepThroughTrace trace = traceStep(g, *loss, Tensor({ 1, 2 }, { 1.0f, -2.0f }), Tensor({ 1, 2 }, { 0.5f, 0.25f }),
        settings, pool);
    const QString lossText = plain(StepFormulas::html(trace, { StepStage::Kind::Loss, {} }, -1, {}));
    EXPECT_TRUE(lossText.contains(QStringLiteral("(%1 − %2)²").arg(number(trace.prediction()[0]), number(0.5f))));
    EXPECT_TRUE(lossText.contains(QStringLiteral("= ") + number(trace.dataLoss)));
    const QString update = plain(StepFormulas::html(trace, { StepStage::Kind::Update, QStringLiteral("fc") }, 0, {}));
    EXPECT_TRUE(update.contains(QStringLiteral("w ← w − lr·g"))) << update.toStdString();
    const ParameterTrace& w = trace.node("fc")->parameters.at(0);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_FLOAT_EQ(w.after[i], w.value[i] - 0.1f * w.grad[i]);
        EXPECT_TRUE(update.contains(number(w.value[i]) + QStringLiteral(" → ") + number(w.after[i])));
    }
    const Tensor step = StepFormulas::values(trace, { StepStage::Kind::Update, QStringLiteral("fc") });
    EXPECT_FLOAT_EQ(step[0], w.after[0] - w.value[0]);
    // The strip highlights the first weight of the highlighted unit's row: fc.weight is 2x2.
    EXPECT_EQ(StepFormulas::valueIndex(trace, { StepStage::Kind::Update, QStringLiteral("fc") }, 1), 2);
    EXPECT_EQ(StepFormulas::valueIndex(trace, { StepStage::Kind::Forward, QStringLiteral("fc") }, 1), 1);
}

// With label smoothing the loss is not −log p_y: the formula writes the smoothed
// cross-entropy and the gradient p − q with the smoothed target, in the engine's numbers.
TEST(StepThroughViews, LabelSmoothedCrossEntropyWritesTheSmoothedTarget)
{
    Graph g;
    g.addInput("x", { 2 });
    g.addNode("out", std::make_unique<Dense>(4), { "x" });
    ASSERT_TRUE(g.compile().ok());
    g.initialize(3);
    ThreadPool pool(1);
    const auto loss = makeLoss("cross_entropy", 0.2f);
    StepThroughSettings settings;
    settings.optimizer.name = "sgd";
    settings.learningRate = 0.1f;
    const StepThroughTrace trace = traceStep(g, *loss, Tensor({ 1, 2 }, { 0.5f, -1.5f }), Tensor({ 1 }, { 2.0f }), settings, pool);
    ASSERT_FLOAT_EQ(trace.labelSmoothing, 0.2f);

    const Tensor& z = trace.prediction();
    double total = 0;
    for (std::size_t i = 0; i < 4; ++i)
        total += std::exp(static_cast<double>(z[i]));
    std::vector<double> p(4);
    double meanNll = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        p[i] = std::exp(static_cast<double>(z[i])) / total;
        meanNll -= std::log(p[i]) / 4.0;
    }
    EXPECT_NEAR(0.8 * -std::log(p[2]) + 0.2 * meanNll, trace.dataLoss, 1e-5) << "the formula's terms add up to the engine's loss";
    const QString lossText = plain(StepFormulas::html(trace, { StepStage::Kind::Loss, {} }, -1, {}));
    EXPECT_TRUE(lossText.contains(QStringLiteral("(1 − ε)·(−log py) + ε·mean(−log p) = ") + number(0.8f) + QStringLiteral(" · ")
        + number(static_cast<float>(-std::log(p[2]))) + QStringLiteral(" + ") + number(0.2f) + QStringLiteral(" · ")
        + number(static_cast<float>(meanNll)) + QStringLiteral(" = ") + number(trace.dataLoss)))
        << lossText.toStdString();

    const QString backward = plain(StepFormulas::html(trace, { StepStage::Kind::Backward, QStringLiteral("out") }, -1, {}));
    const Tensor& grad = trace.node("out")->outputGrad;
    for (std::size_t j = 0; j < 4; ++j) {
        const double target = (j == 2 ? 0.8 : 0.0) + 0.05;
        EXPECT_NEAR(p[j] - target, grad[j], 1e-6);
        EXPECT_TRUE(backward.contains(number(static_cast<float>(p[j])) + QStringLiteral(" − ")
            + number(static_cast<float>(target)) + QStringLiteral(" = ") + number(grad[j])))
            << j << "\n" << backward.toStdString();
    }
}

TEST(StepThroughViews, PanelWalksACnnWithFeatureMapThumbnails)
{
    auto trace = std::make_shared<const StepThroughTrace>(cnnTrace());
    StepThroughPanel panel;
    panel.resize(620, 560);
    panel.setTrace(trace, QStringLiteral("A 6x6 image"), { QStringLiteral("a"), QStringLiteral("b"),
                                                               QStringLiteral("c"), QStringLiteral("d") });
    panel.show();
    EXPECT_EQ(panel.titleText(), QStringLiteral("Forward: x (Input)"));
    panel.next();
    EXPECT_EQ(panel.titleText(), QStringLiteral("Forward: conv (Conv2D)"));
    EXPECT_EQ(panel.valuesView()->values().shape(), Shape({ 3, 3, 3 })); // channels as thumbnails
    EXPECT_TRUE(panel.formulaText().contains(QStringLiteral("Convolution")));
    const QImage picture = panel.grab().toImage();
    EXPECT_TRUE(picture.save(screenshotPath(QStringLiteral("step-through-cnn-panel.png"))));
    // Past the end and before the start, the walk stays at its ends.
    for (int i = 0; i < 40; ++i)
        panel.next();
    EXPECT_EQ(panel.stageIndex(), static_cast<int>(panel.stages().size()) - 1);
    for (int i = 0; i < 40; ++i)
        panel.previous();
    EXPECT_EQ(panel.stageIndex(), 0);
    // A new trace of the same network keeps the stage on show.
    panel.setStageIndex(5);
    panel.setTrace(std::make_shared<const StepThroughTrace>(cnnTrace("sgd")), QString(), {});
    EXPECT_EQ(panel.titleText(), QStringLiteral("Loss"));
    panel.setMessage(QStringLiteral("no sample"));
    EXPECT_EQ(panel.stage(), nullptr);
    EXPECT_EQ(panel.messageText(), QStringLiteral("no sample"));
}
