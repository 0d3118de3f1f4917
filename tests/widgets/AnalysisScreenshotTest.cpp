// Renders the analysis panels from a known evaluation (the digits example trained
// with its own settings, its test split) to PNGs in the build tree; with
// NETWRIGHT_UPDATE_SCREENSHOTS=1 they replace docs/screenshots/analysis-*.png.
// Fonts differ between machines, so the images are checked for content only.
#include "analysis/CalibrationPanel.h"
#include "analysis/ClassMetricsTable.h"
#include "analysis/ConfusionHeatmap.h"
#include "analysis/ConfusionMatrixPanel.h"
#include "analysis/PrecisionRecallPanel.h"
#include "analysis/RocPanel.h"
#include "analysis/SampleGallery.h"
#include "analysis/SampleInspector.h"
#include "AnalysisTestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QImage>

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

std::shared_ptr<const EvaluationResult> digitsResult()
{
    static const auto result = test::trainedEvaluation(QStringLiteral("digits"));
    return result;
}

void save(QWidget& widget, const QString& name)
{
    widget.show();
    QApplication::processEvents();
    const QImage image = widget.grab().toImage();
    ASSERT_FALSE(image.isNull());
    ASSERT_TRUE(image.save(screenshotDir() + QLatin1Char('/') + name));
}

} // namespace

TEST(AnalysisScreenshots, ConfusionMatrixWithTheSamplesOfAMistake)
{
    const auto r = digitsResult();
    ASSERT_TRUE(r);
    ASSERT_EQ(r->classCount, 10);
    ConfusionMatrixPanel panel;
    panel.resize(1180, 560);
    panel.setResult(r);
    // The most frequent mistake, so the gallery shows something worth seeing.
    int bestT = 0, bestP = 1;
    std::size_t best = 0;
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            if (t != p && r->report.confusion->count(t, p) > best) {
                best = r->report.confusion->count(t, p);
                bestT = t;
                bestP = p;
            }
    // With no mistake at all, show a diagonal cell instead.
    if (best == 0)
        bestT = bestP = 0;
    panel.activateCell(bestT, bestP);
    ASSERT_GT(panel.gallery()->shownCount(), 0);
    save(panel, QStringLiteral("analysis-confusion-digits.png"));

    panel.setNormalised(true);
    save(*panel.heatmap(), QStringLiteral("analysis-confusion-digits-normalised.png"));
}

TEST(AnalysisScreenshots, SampleInspectorOnAConfidentMistake)
{
    const auto r = digitsResult();
    ASSERT_TRUE(r);
    // The mistake the model was surest of, or any sample when it made none.
    std::size_t chosen = 0;
    float surest = -1.0f;
    for (std::size_t i = 0; i < r->sampleCount(); ++i) {
        const float p = r->probability(i, r->predictedClasses[i]);
        if (r->trueClasses[i] != r->predictedClasses[i] && p > surest) {
            surest = p;
            chosen = i;
        }
    }
    SampleInspector inspector;
    inspector.resize(720, 340);
    inspector.setResult(r);
    ASSERT_TRUE(inspector.showSample(r->datasetIndices[chosen]));
    save(inspector, QStringLiteral("analysis-sample-inspector-digits.png"));
}

TEST(AnalysisScreenshots, RocCurvesOfTheDigits)
{
    const auto r = digitsResult();
    ASSERT_TRUE(r);
    RocPanel panel;
    panel.resize(900, 520);
    panel.setResult(r);
    save(panel, QStringLiteral("analysis-roc-digits.png"));
}

TEST(AnalysisScreenshots, RocWithThresholdOfTheCircle)
{
    const auto r = test::trainedEvaluation(QStringLiteral("circle"));
    ASSERT_TRUE(r);
    RocPanel panel;
    panel.resize(1000, 480);
    panel.setResult(r);
    panel.setThreshold(0.8);
    save(panel, QStringLiteral("analysis-roc-circle.png"));
}

TEST(AnalysisScreenshots, ClassMetricsOfTheDigits)
{
    const auto r = digitsResult();
    ASSERT_TRUE(r);
    ClassMetricsTable table;
    table.resize(640, 480);
    table.setResult(r);
    save(table, QStringLiteral("analysis-class-metrics-digits.png"));
}

TEST(AnalysisScreenshots, CalibrationOfTheDigits)
{
    const auto r = digitsResult();
    ASSERT_TRUE(r);
    CalibrationPanel panel;
    panel.resize(820, 640);
    panel.setResult(r);
    save(panel, QStringLiteral("analysis-calibration-digits.png"));
}

TEST(AnalysisScreenshots, PrecisionRecallOfTheDigits)
{
    const auto r = digitsResult();
    ASSERT_TRUE(r);
    PrecisionRecallPanel panel;
    panel.resize(860, 480);
    panel.setResult(r);
    save(panel, QStringLiteral("analysis-precision-recall-digits.png"));
}
