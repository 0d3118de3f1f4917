// Pictures of the Explain dock on the examples a user meets first: every method on
// the Fashion CNN and on digits, LIME and SHAP on iris, feature maps, the
// projection, a drawn input and a hovered card. They land in the build tree (or
// docs/screenshots with NETWRIGHT_UPDATE_SCREENSHOTS=1) and are checked for
// content; someone looks at them. The draw pad's answer time is measured here.
#include "ActivationHover.h"
#include "AnalysisDocks.h"
#include "explain/ActivationPopup.h"
#include "explain/AttributionPage.h"
#include "explain/DrawPad.h"
#include "explain/DrawPage.h"
#include "explain/ExplainDock.h"
#include "explain/ExplanationView.h"
#include "explain/FeatureMapGrid.h"
#include "explain/FeatureMapsPage.h"
#include "explain/ProjectionPage.h"
#include "explain/ProjectionScatter.h"
#include "ExplainController.h"
#include "ExplainTestWindow.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "model/NetworkDocument.h"
#include "support/ScreenshotChecks.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <iostream>

using namespace nw;
using test::ExplainTestWindow;

namespace {

bool haveFashionMnist()
{
    return QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"));
}

// The dock floated at a size where four maps sit side by side, as a user would
// pull it out to look closely.
void floatDock(ExplainTestWindow& w)
{
    QDockWidget* dock = w.window.analysis()->explainDock();
    dock->show();
    dock->setFloating(true);
    dock->resize(1180, 720);
    dock->raise();
    QApplication::processEvents();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.controller()->isShown(); }, test::kExplainTimeoutMs));
}

QImage save(ExplainTestWindow& w, const QString& name)
{
    QTest::qWait(50); // layouts settle
    const QImage image = w.dock()->grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(name))) << name.toStdString();
    return image;
}

void grabMethods(ExplainTestWindow& w, const std::vector<ExplainMethod>& methods, const QString& name)
{
    w.dock()->showPage(ExplainDock::AttributionTab);
    const int delivered = w.controller()->attributionsDelivered();
    w.tickMethods(methods);
    ASSERT_TRUE(w.waitForAttribution(delivered));
    // Ticking one method after another can deliver a first answer for only some of
    // them (a loaded machine is slow enough for that); the rest follow.
    [[maybe_unused]] const bool allThere = QTest::qWaitFor([&] {
        return std::all_of(methods.begin(), methods.end(), [&](ExplainMethod m) {
            return w.view(m) && w.view(m)->hasExplanation();
        }) && !w.controller()->isBusy();
    }, test::kExplainTimeoutMs);
    for (ExplainMethod method : methods) {
        ExplanationView* view = w.view(method);
        ASSERT_NE(view, nullptr);
        EXPECT_TRUE(view->hasExplanation()) << explainMethodName(method) << ": " << view->caption().toStdString();
    }
    const QImage image = save(w, name);
    for (ExplainMethod method : methods)
        EXPECT_GT(test::distinctColours(image, test::areaIn(w.dock(), w.view(method))), 20)
            << explainMethodName(method) << " drew nothing";
}

void grabProjection(ExplainTestWindow& w, const QString& name)
{
    const int projected = w.controller()->projectionsDelivered();
    w.dock()->showPage(ExplainDock::ProjectionTab);
    ASSERT_TRUE(w.waitFor([&] { return w.controller()->projectionsDelivered(); }, projected));
    ProjectionScatter* scatter = w.dock()->projection()->scatter();
    ASSERT_GT(scatter->count(), 10);
    // Resting on a point shows its picture.
    QTest::mouseMove(scatter, scatter->toWidget(scatter->count() / 2).toPoint());
    EXPECT_GE(scatter->hovered(), 0);
    const QImage image = save(w, name);
    EXPECT_GT(test::distinctColours(image, test::areaIn(w.dock(), scatter)), 20);
}

// Strokes drawn one after another; the answer time of each, as the page measured it.
std::vector<double> drawStrokes(ExplainTestWindow& w, const std::vector<QVector<QPointF>>& strokes)
{
    DrawPage* page = w.dock()->draw();
    std::vector<double> latencies;
    for (const QVector<QPointF>& stroke : strokes) {
        // A signal spy's own event loop wakes as soon as the answer is posted, as the
        // window's does (qWaitFor would add its 10 ms polling to the figure).
        QSignalSpy ready(w.controller(), &ExplainController::drawingReady);
        page->pad()->drawStroke(stroke);
        while (ready.isEmpty() && ready.wait(test::kExplainTimeoutMs)) { }
        EXPECT_FALSE(ready.isEmpty());
        latencies.push_back(page->lastLatencyMs());
        EXPECT_TRUE(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, test::kExplainTimeoutMs));
    }
    return latencies;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1.0 : values[values.size() / 2];
}

// A pair of trousers, stroke by stroke, in 28x28 input pixels.
std::vector<QVector<QPointF>> trouserStrokes(double scale)
{
    std::vector<QVector<QPointF>> strokes;
    for (double x : { 9.0, 11.0, 17.0, 19.0 })
        strokes.push_back({ QPointF(x, 4) * scale, QPointF(x + (x < 14 ? -1 : 1), 14) * scale,
            QPointF(x + (x < 14 ? -2 : 2), 25) * scale });
    strokes.push_back({ QPointF(8, 4) * scale, QPointF(20, 4) * scale });
    strokes.push_back({ QPointF(13, 5) * scale, QPointF(15, 5) * scale, QPointF(14, 10) * scale });
    return strokes;
}

void grabHover(ExplainTestWindow& w, const QString& node, const QString& name)
{
    ActivationHover* hover = w.window.activationHover();
    const int answers = hover->answers();
    Q_EMIT w.window.editor()->scene()->nodeHovered(node);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return hover->answers() > answers && hover->popup()->isVisible(); }, test::kExplainTimeoutMs));
    const QImage image = hover->popup()->grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(name)));
    EXPECT_GT(test::distinctColours(image), 20);
    Q_EMIT w.window.editor()->scene()->nodeHovered(QString());
}

} // namespace

TEST(ExplainScreenshots, FashionCnnEveryMethodFeatureMapsProjectionDrawingAndHover)
{
    if (!haveFashionMnist())
        GTEST_SKIP() << "Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)";
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("fashion-cnn"), 1));
    // A short run (stopped by the user) is enough for maps with a shape.
    ASSERT_TRUE(w.trainFor(20000));
    floatDock(w);
    const int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(1)); // a T-shirt
    ASSERT_TRUE(w.waitForAttribution(delivered));
    grabMethods(w,
        { ExplainMethod::Gradient, ExplainMethod::GradientXInput, ExplainMethod::SmoothGrad,
            ExplainMethod::IntegratedGradients },
        QStringLiteral("explain-fashion-cnn-gradients.png"));
    grabMethods(w, { ExplainMethod::GradCam, ExplainMethod::Occlusion, ExplainMethod::Lime, ExplainMethod::KernelShap },
        QStringLiteral("explain-fashion-cnn-perturbations.png"));

    FeatureMapsPage* maps = w.dock()->featureMaps();
    int shown = w.controller()->featureMapsDelivered();
    w.dock()->showPage(ExplainDock::FeatureMapsTab);
    maps->setNode(QStringLiteral("relu1"));
    ASSERT_TRUE(w.waitFor([&] { return w.controller()->featureMapsDelivered(); }, shown));
    EXPECT_EQ(maps->grid()->channelCount(), 16);
    EXPECT_GT(test::distinctColours(save(w, QStringLiteral("explain-fashion-cnn-feature-maps.png")),
                  test::areaIn(w.dock(), maps->grid())),
        20);

    grabProjection(w, QStringLiteral("explain-fashion-cnn-projection.png"));

    w.dock()->showPage(ExplainDock::DrawTab);
    ASSERT_TRUE(w.dock()->draw()->isAvailable());
    w.dock()->draw()->pad()->setBrushSize(3.5); // trouser legs are wide
    const std::vector<double> latencies = drawStrokes(w, trouserStrokes(1.0));
    save(w, QStringLiteral("explain-fashion-cnn-draw.png"));
    std::cout << "[ draw pad ] Fashion CNN, answer after a stroke (ms):";
    for (double ms : latencies)
        std::cout << ' ' << ms;
    std::cout << "; median " << median(latencies) << " ms\n";
    EXPECT_GT(w.dock()->draw()->answers(), 0);
    EXPECT_LT(median(latencies), 50.0); // the budget per stroke
    // Integrated Gradients (50 steps) on every stroke, for comparison.
    QComboBox* method = w.dock()->draw()->methodBox();
    method->setCurrentIndex(method->findData(static_cast<int>(ExplainMethod::IntegratedGradients)));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, test::kExplainTimeoutMs));
    const std::vector<double> ig = drawStrokes(w,
        { { QPointF(6, 20), QPointF(9, 21) }, { QPointF(19, 20), QPointF(22, 21) },
            { QPointF(12, 3), QPointF(16, 3) } });
    std::cout << "[ draw pad ] with Integrated Gradients (ms):";
    for (double ms : ig)
        std::cout << ' ' << ms;
    std::cout << "; median " << median(ig) << " ms\n";

    grabHover(w, QStringLiteral("conv2"), QStringLiteral("explain-fashion-cnn-hover.png"));
}

TEST(ExplainScreenshots, DigitsEveryMethodProjectionAndDrawing)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 30));
    ASSERT_TRUE(w.trainToTheEnd());
    floatDock(w);
    const int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(3));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    grabMethods(w,
        { ExplainMethod::Gradient, ExplainMethod::GradientXInput, ExplainMethod::SmoothGrad,
            ExplainMethod::IntegratedGradients },
        QStringLiteral("explain-digits-gradients.png"));
    grabMethods(w, { ExplainMethod::Occlusion, ExplainMethod::Lime, ExplainMethod::KernelShap },
        QStringLiteral("explain-digits-perturbations.png"));
    grabProjection(w, QStringLiteral("explain-digits-projection.png"));
    w.dock()->showPage(ExplainDock::DrawTab);
    ASSERT_TRUE(w.dock()->draw()->isAvailable());
    // A seven, in 8x8 input pixels.
    drawStrokes(w, { { QPointF(1.5, 1.5), QPointF(6.5, 1.5), QPointF(3.5, 7) } });
    save(w, QStringLiteral("explain-digits-draw.png"));
    grabHover(w, QStringLiteral("fc1"), QStringLiteral("explain-digits-hover.png"));
}

TEST(ExplainScreenshots, IrisLimeAndShapBars)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("iris"), 60));
    ASSERT_TRUE(w.trainToTheEnd());
    floatDock(w);
    const int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(75));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    grabMethods(w,
        { ExplainMethod::Lime, ExplainMethod::KernelShap, ExplainMethod::Gradient, ExplainMethod::IntegratedGradients },
        QStringLiteral("explain-iris.png"));
    grabProjection(w, QStringLiteral("explain-iris-projection.png"));
    EXPECT_FALSE(w.dock()->draw()->isAvailable());
}

TEST(ExplainScreenshots, TheDockInTheWindowBesideTheInspector)
{
    ExplainTestWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 20));
    ASSERT_TRUE(w.trainToTheEnd());
    w.showExplain();
    const int delivered = w.controller()->attributionsDelivered();
    ASSERT_TRUE(w.clickDatasetSample(8));
    ASSERT_TRUE(w.waitForAttribution(delivered));
    w.tickMethods({ ExplainMethod::Gradient, ExplainMethod::IntegratedGradients });
    ASSERT_TRUE(w.waitForAttribution(delivered + 1));
    QTest::qWait(50);
    const QImage image = w.window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("window-explain-digits.png"))));
    EXPECT_GT(test::distinctColours(image, test::areaIn(&w.window, w.view(ExplainMethod::Gradient))), 20);
}
