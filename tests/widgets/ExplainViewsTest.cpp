// The Explain dock's views on their own: colour scales, the map overlay, the
// feature bars, the method form's rules, the draw pad and the ink frame that
// makes a drawing look like the training images.
#include "explain/DrawPad.h"
#include "explain/ExplainDock.h"
#include "explain/ExplainMethodForm.h"
#include "explain/ExplainTexts.h"
#include "explain/Explainer.h"
#include "explain/ExplanationView.h"
#include "explain/FeatureContributionBars.h"
#include "explain/FeatureMapGrid.h"
#include "explain/InkFrame.h"
#include "explain/MapColouring.h"
#include "explain/MapOverlayView.h"
#include "explain/ProjectionScatter.h"
#include "WidgetTestSupport.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <numeric>
#include <set>

using namespace nw;

namespace {

// Centre of mass of an h x w image, in pixels.
QPointF centreOfMass(const std::vector<float>& v, int h, int w)
{
    double mass = 0, x = 0, y = 0;
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) {
            const double m = v[static_cast<std::size_t>(r * w + c)];
            mass += m;
            x += m * (c + 0.5);
            y += m * (r + 0.5);
        }
    return mass > 0 ? QPointF(x / mass, y / mass) : QPointF();
}

} // namespace

TEST(MapColouring, SignedMapsAreRedForPositiveBlueForNegativeAndClearAtZero)
{
    MapPlane plane { 1, 3, { -2.0f, 0.0f, 2.0f } };
    const QImage image = colourPlane(plane, true, 2.0f, 1.0f);
    const QColor negative = image.pixelColor(0, 0), zero = image.pixelColor(1, 0), positive = image.pixelColor(2, 0);
    EXPECT_GT(negative.blue(), negative.red());
    EXPECT_GT(positive.red(), positive.blue());
    EXPECT_EQ(zero.alpha(), 0);
    EXPECT_EQ(positive.alpha(), 255);
    // Half the opacity, half the alpha.
    EXPECT_NEAR(colourPlane(plane, true, 2.0f, 0.5f).pixelColor(2, 0).alpha(), 128, 1);
}

TEST(MapColouring, TheScaleIgnoresASingleOutlier)
{
    std::vector<float> values(1000, 1.0f);
    values[17] = 1000.0f;
    EXPECT_FLOAT_EQ(mapScale(values), 1.0f);
    EXPECT_FLOAT_EQ(mapScale({ 0.0f, 0.0f }), 1.0f); // never zero
}

TEST(MapColouring, ChannelsAreSummedIntoOnePlane)
{
    Tensor map({ 2, 1, 2 }, { 1.0f, 2.0f, 10.0f, 20.0f });
    const MapPlane plane = mapPlane(map);
    ASSERT_EQ(plane.height, 1);
    ASSERT_EQ(plane.width, 2);
    EXPECT_FLOAT_EQ(plane.values[0], 11.0f);
    EXPECT_FLOAT_EQ(plane.values[1], 22.0f);
    EXPECT_TRUE(mapPlane(Tensor({ 4 })).isEmpty()); // a table has no plane
}

TEST(ExplanationView, ImagesGetAnOverlayTablesGetNamedBars)
{
    ExplanationView view;
    view.resize(260, 320);
    QImage sample(4, 4, QImage::Format_Grayscale8);
    sample.fill(200);
    view.setSample(sample, {});
    Explanation e;
    e.map = Tensor({ 1, 4, 4 }, std::vector<float>(16, 0.5f));
    e.map[5] = -1.0f;
    view.setExplanation(e, QStringLiteral("Gradient"), QStringLiteral("Class 3"));
    EXPECT_EQ(view.overlay()->plane().width, 4);
    EXPECT_TRUE(view.csv().startsWith(QStringLiteral("row,column,value\n0,0,0.5\n")));
    EXPECT_TRUE(view.csv().contains(QStringLiteral("\n1,1,-1\n")));

    view.setSample({}, { QStringLiteral("sepal length"), QStringLiteral("petal width") });
    Explanation tabular;
    tabular.map = Tensor({ 2 }, { 0.25f, -0.75f });
    view.setExplanation(tabular, QStringLiteral("Gradient"), {});
    EXPECT_EQ(view.bars()->names(), (QStringList { QStringLiteral("sepal length"), QStringLiteral("petal width") }));
    EXPECT_EQ(view.bars()->rowOrder(), (std::vector<int> { 1, 0 })); // largest first
    EXPECT_EQ(view.csv(), QStringLiteral("feature,value\n\"sepal length\",0.25\n\"petal width\",-0.75\n"));
    // A message keeps the last map dimmed while a new one is computed.
    view.setMessage(QStringLiteral("Gradient"), QStringLiteral("Computing…"), true);
    EXPECT_TRUE(view.hasExplanation());
    view.setMessage(QStringLiteral("Gradient"), QStringLiteral("Grad-CAM needs a layer"));
    EXPECT_FALSE(view.hasExplanation());
    EXPECT_TRUE(view.csv().isEmpty());
}

TEST(FeatureContributionBars, ManyFeaturesKeepTheLargestAndSumTheRest)
{
    FeatureContributionBars bars;
    std::vector<float> values(40);
    std::iota(values.begin(), values.end(), 1.0f);
    bars.setContributions({}, values);
    ASSERT_EQ(static_cast<int>(bars.rowOrder().size()), FeatureContributionBars::kMaxRows);
    EXPECT_EQ(bars.rowOrder().front(), 39);
    EXPECT_EQ(bars.rowOrder().back(), -1);
}

TEST(ExplainMethodForm, AtMostFourMethodsAndOnlyTheirParametersShow)
{
    ExplainMethodForm form;
    form.setModel(
        true, 28, { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("conv1"), QStringLiteral("conv2") });
    form.show();
    EXPECT_EQ(form.methods(), (std::vector<ExplainMethod> { ExplainMethod::Gradient }));
    EXPECT_FALSE(form.stepsBox()->isVisible());
    QSignalSpy refused(&form, &ExplainMethodForm::tooManyMethods);
    QListWidget* list = form.methodList();
    for (int row = 1; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Checked);
    EXPECT_EQ(form.methods().size(), 4u);
    EXPECT_EQ(refused.count(), list->count() - 4);
    EXPECT_TRUE(form.stepsBox()->isVisible()); // Integrated Gradients is among the four
    EXPECT_TRUE(form.noiseBox()->isVisible()); // SmoothGrad
    EXPECT_FALSE(form.windowBox()->isVisible()); // occlusion is not
    // Grad-CAM's layer defaults to the last convolution; the target to the predicted class.
    EXPECT_EQ(form.nodeBox()->currentText(), QStringLiteral("conv2"));
    EXPECT_EQ(form.targetChoice(), ExplainMethodForm::kPredictedClass);
    EXPECT_EQ(form.options(ExplainMethod::GradCam).node, "conv2");
    // A table: no image methods; the ticked ones that no longer apply go.
    form.setMethods({ ExplainMethod::Occlusion, ExplainMethod::Lime });
    form.setModel(false, 1, { QStringLiteral("a") }, {});
    EXPECT_FALSE(form.isOffered(ExplainMethod::Occlusion));
    EXPECT_FALSE(form.isOffered(ExplainMethod::GradCam));
    EXPECT_EQ(form.methods(), (std::vector<ExplainMethod> { ExplainMethod::Lime }));
}

TEST(DrawPad, AStrokeGivesSoftInkAtTheInputsSizeAndClearEmptiesIt)
{
    DrawPad pad;
    pad.setInputSize(28, 28);
    pad.resize(280, 280);
    QSignalSpy changed(&pad, &DrawPad::changed);
    QSignalSpy finished(&pad, &DrawPad::strokeFinished);
    EXPECT_TRUE(pad.isEmpty());
    pad.setBrushSize(2.0);
    pad.drawStroke({ QPointF(14, 4), QPointF(14, 24) });
    EXPECT_GE(changed.count(), 2);
    EXPECT_EQ(finished.count(), 1);
    const std::vector<float> v = pad.values();
    ASSERT_EQ(v.size(), 28u * 28u);
    EXPECT_GT(v[14 * 28 + 14], 0.9f); // on the stroke
    EXPECT_EQ(v[14 * 28 + 2], 0.0f); // far from it
    EXPECT_TRUE(std::any_of(v.begin(), v.end(), [](float x) { return x > 0.05f && x < 0.95f; })); // soft edges
    // The eraser takes ink away.
    pad.setEraser(true);
    pad.drawStroke({ QPointF(14, 14) });
    EXPECT_LT(pad.values()[14 * 28 + 14], 0.1f);
    pad.clear();
    EXPECT_TRUE(pad.isEmpty());
    // The mouse draws too.
    pad.setEraser(false);
    pad.show();
    QTest::mousePress(&pad, Qt::LeftButton, {}, QPoint(50, 140));
    QTest::mouseMove(&pad, QPoint(230, 140));
    QTest::mouseRelease(&pad, Qt::LeftButton, {}, QPoint(230, 140));
    EXPECT_FALSE(pad.isEmpty());
}

TEST(InkFrame, ADrawingIsScaledAndCentredLikeTheTrainingImages)
{
    // Training images: a 10x10 square of ink centred in 20x20.
    std::vector<std::uint8_t> bytes;
    for (int n = 0; n < 5; ++n)
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 20; ++c)
                bytes.push_back(r >= 5 && r < 15 && c >= 5 && c < 15 ? 255 : 0);
    const Dataset data = Dataset::fromBytes("squares", { 1, 20, 20 }, bytes, 1.0f / 255.0f, { 0, 0, 0, 0, 0 }, { "a" });
    const std::vector<std::size_t> all { 0, 1, 2, 3, 4 };
    const InkFrame frame = measureInkFrame(data, all);
    EXPECT_NEAR(frame.extent, 0.5, 1e-9);
    EXPECT_NEAR(frame.centreX, 0.5, 1e-9);
    EXPECT_NEAR(frame.centreY, 0.5, 1e-9);

    // A small blob drawn in a corner comes out the training size, in the middle.
    std::vector<float> drawing(400, 0.0f);
    for (int r = 1; r < 5; ++r)
        for (int c = 1; c < 5; ++c)
            drawing[static_cast<std::size_t>(r * 20 + c)] = 1.0f;
    const std::vector<float> out = normaliseInk(drawing, 20, 20, frame);
    const QPointF centre = centreOfMass(out, 20, 20);
    EXPECT_NEAR(centre.x(), 10.0, 0.6);
    EXPECT_NEAR(centre.y(), 10.0, 0.6);
    int inked = 0;
    for (float v : out)
        inked += v >= 0.5f; // half-covered edge pixels count half the time
    EXPECT_NEAR(inked, 100, 30); // about 10 x 10
    // No ink: unchanged.
    EXPECT_EQ(normaliseInk(std::vector<float>(400, 0.0f), 20, 20, frame), std::vector<float>(400, 0.0f));
}

TEST(FeatureMapGrid, OneTilePerChannelOnOneScale)
{
    FeatureMapGrid grid;
    grid.setTileSize(32);
    std::vector<float> values(3 * 4 * 4, 0.0f);
    values[16] = 2.0f; // channel 1 only
    grid.setActivations(Tensor({ 3, 4, 4 }, values));
    EXPECT_EQ(grid.tileCount(), 3);
    EXPECT_FALSE(grid.isSigned());
    EXPECT_TRUE(grid.csv().startsWith(QStringLiteral("channel,mean,max\n0,0,0\n1,0.125,2\n")));
    grid.setActivations(Tensor({ 5 }, { -1, 0, 1, 2, 3 }));
    EXPECT_EQ(grid.channelCount(), 5);
    EXPECT_TRUE(grid.isSigned());
}

TEST(ProjectionScatter, HoverFindsThePointAndAClickOpensIt)
{
    ProjectionScatter scatter;
    scatter.resize(500, 400);
    scatter.show();
    ProjectionScatter::Points points;
    points.x = { 0.0f, 1.0f, 2.0f };
    points.y = { 0.0f, 2.0f, 1.0f };
    points.trueClasses = { 0, 1, 1 };
    points.predictedClasses = { 0, 1, 0 };
    points.classNames = { QStringLiteral("a"), QStringLiteral("b") };
    scatter.setPoints(points);
    EXPECT_EQ(scatter.wrongCount(), 1);
    int thumbnails = 0;
    scatter.setThumbnailProvider([&](int) {
        ++thumbnails;
        return QImage(8, 8, QImage::Format_Grayscale8);
    });
    QSignalSpy activated(&scatter, &ProjectionScatter::pointActivated);
    const QPoint at = scatter.toWidget(2).toPoint();
    QTest::mouseMove(&scatter, at);
    EXPECT_EQ(scatter.hovered(), 2);
    EXPECT_EQ(thumbnails, 1);
    QTest::mouseClick(&scatter, Qt::LeftButton, {}, at);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toInt(), 2);
    EXPECT_TRUE(scatter.csv().contains(QStringLiteral("\n2,2,1,1,0\n")));
}

TEST(ExplainDock, FitsBesideTheInspectorInANarrowDock)
{
    // The dock shares the right side with the inspector and the Sample dock: its
    // pages scroll rather than push the window wider.
    ExplainDock dock;
    EXPECT_LE(dock.minimumSizeHint().width(), 360);
    EXPECT_LE(dock.minimumSizeHint().height(), 360);
}

// core/explain's problems reach the window as data and are worded there: every
// code has its own sentence, with its arguments, and methods by their window names.
TEST(ExplainTexts, EveryExplainProblemIsWordedWithItsArguments)
{
    std::set<QString> sentences;
    for (int code = 0; code <= static_cast<int>(ExplainProblem::NegativeNoise); ++code) {
        const auto problem = static_cast<ExplainProblem>(code);
        const QString text = ExplainTexts::problem(problem, { "grad-cam", "7", "8" });
        EXPECT_FALSE(text.isEmpty()) << code;
        EXPECT_NE(text, QStringLiteral("The explanation failed.")) << code;
        sentences.insert(ExplainTexts::problem(problem, { "x", "1", "2" }));
    }
    // Only the two projection problems share a sentence.
    EXPECT_EQ(sentences.size(), static_cast<std::size_t>(ExplainProblem::NegativeNoise));
    EXPECT_TRUE(ExplainTexts::problem(ExplainProblem::UnknownNode, { "conv9" }).contains(QLatin1String("conv9")));
    EXPECT_TRUE(ExplainTexts::problem(ExplainProblem::TooFewSamples, { "lime", "1" }).contains(QLatin1String("LIME")));
    EXPECT_TRUE(ExplainTexts::problem(ExplainProblem::NeedsImage, { "occlusion", "4" }).contains(QLatin1String("Occlusion")));
    EXPECT_TRUE(ExplainTexts::problem(ExplainProblem::TargetOutOfRange, { "5", "3" }).contains(QLatin1String("0 to 2")));
    // The error core/explain throws carries the same data.
    const ExplainError error(ExplainProblem::OcclusionWindow, { "28", "40" });
    EXPECT_EQ(error.problem(), ExplainProblem::OcclusionWindow);
    EXPECT_TRUE(ExplainTexts::problem(error.problem(), error.args()).contains(QLatin1String("40")));
    EXPECT_NE(std::string(error.what()).find("between 1 and 28"), std::string::npos);
}
