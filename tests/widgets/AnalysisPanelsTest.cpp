// The confusion-matrix panel leads from a number to exactly its samples: the
// iris example, trained and evaluated on its test split, clicked cell by cell.
#include "analysis/AnalysisExport.h"
#include "analysis/ConfusionHeatmap.h"
#include "analysis/ConfusionMatrixPanel.h"
#include "analysis/ProbabilityBars.h"
#include "analysis/SampleGallery.h"
#include "analysis/SampleInspector.h"
#include "AnalysisTestSupport.h"
#include "WidgetTestSupport.h"

#include <gtest/gtest.h>
#include <QEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace nw;

namespace {

std::shared_ptr<const EvaluationResult> irisResult()
{
    static const auto result = test::trainedEvaluation(QStringLiteral("iris"));
    return result;
}

void click(QWidget* widget, QPoint pos)
{
    test::sendMouse(widget, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    test::sendMouse(widget, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

} // namespace

TEST(EvaluationResult, PerSampleArraysAgreeWithTheReport)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    ASSERT_EQ(r->classCount, 3);
    ASSERT_EQ(r->sampleCount(), r->report.samples);
    ASSERT_EQ(r->sampleCount(), 30u); // 150 flowers, 20% test
    ASSERT_EQ(r->probabilities.size(), 90u);
    double meanLoss = 0.0;
    for (std::size_t i = 0; i < r->sampleCount(); ++i) {
        // The true class comes from the dataset itself, not the evaluation.
        EXPECT_EQ(r->trueClasses[i], r->dataset->label(r->datasetIndices[i]));
        const float sum = r->probability(i, 0) + r->probability(i, 1) + r->probability(i, 2);
        EXPECT_NEAR(sum, 1.0f, 1e-5f);
        EXPECT_NEAR(r->losses[i], -std::log(r->probability(i, r->trueClasses[i])), 1e-5f);
        meanLoss += r->losses[i];
    }
    // Cross-entropy without label smoothing: the mean of the per-sample losses.
    EXPECT_NEAR(meanLoss / 30.0, r->report.loss, 1e-4);
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p)
            EXPECT_EQ(r->samplesIn(t, p).size(), r->report.confusion->count(t, p));
    EXPECT_GT(r->report.accuracy, 0.85);
}

TEST(ConfusionMatrixPanel, ClickingACellShowsExactlyItsSamples)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    ConfusionMatrixPanel panel;
    panel.resize(900, 500);
    panel.setResult(r);
    panel.show();
    QSignalSpy cells(&panel, &ConfusionMatrixPanel::cellActivated);
    for (int t = 0; t < 3; ++t) {
        for (int p = 0; p < 3; ++p) {
            cells.clear();
            click(panel.heatmap(), panel.heatmap()->cellRect(t, p).center());
            ASSERT_EQ(cells.count(), 1);
            EXPECT_EQ(cells.at(0).at(0).toInt(), t);
            EXPECT_EQ(cells.at(0).at(1).toInt(), p);
            std::vector<std::size_t> expected;
            for (std::size_t i = 0; i < r->sampleCount(); ++i) {
                const std::size_t index = r->datasetIndices[i];
                if (r->dataset->label(index) == t && r->predictedClasses[i] == p)
                    expected.push_back(index);
            }
            std::vector<std::size_t> shown = panel.gallery()->datasetIndices();
            std::sort(shown.begin(), shown.end());
            EXPECT_EQ(shown, expected) << "cell " << t << "," << p;
            EXPECT_EQ(panel.gallery()->shownCount(), static_cast<int>(expected.size()));
            EXPECT_EQ(panel.heatmap()->count(t, p), expected.size());
        }
    }
}

TEST(ConfusionMatrixPanel, ClickingASampleEmitsItsDatasetIndex)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    ConfusionMatrixPanel panel;
    panel.resize(900, 500);
    panel.setResult(r);
    panel.show();
    panel.activateCell(0, 0);
    QListWidget* list = panel.gallery()->list();
    ASSERT_GT(list->count(), 1);
    QSignalSpy samples(&panel, &ConfusionMatrixPanel::sampleActivated);
    click(list->viewport(), list->visualItemRect(list->item(1)).center());
    ASSERT_EQ(samples.count(), 1);
    EXPECT_EQ(static_cast<std::size_t>(samples.at(0).at(0).toInt()), panel.gallery()->datasetIndices()[1]);
    // Most confident first.
    const auto at
        = [&](int row) { return static_cast<std::size_t>(r->positionOf(panel.gallery()->datasetIndices()[row])); };
    EXPECT_GE(r->probability(at(0), 0), r->probability(at(1), 0));
}

TEST(ConfusionMatrixPanel, NormalisedRowsSumToOne)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    ConfusionMatrixPanel panel;
    panel.setResult(r);
    panel.setNormalised(true);
    ASSERT_TRUE(panel.heatmap()->isNormalised());
    for (int t = 0; t < 3; ++t)
        EXPECT_NEAR(
            panel.heatmap()->value(t, 0) + panel.heatmap()->value(t, 1) + panel.heatmap()->value(t, 2), 1.0, 1e-12);
    panel.setNormalised(false);
    EXPECT_EQ(panel.heatmap()->value(1, 1), static_cast<double>(r->report.confusion->count(1, 1)));
}

TEST(ConfusionMatrixPanel, ExportsPngSvgAndCsv)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    ConfusionMatrixPanel panel;
    panel.resize(700, 450);
    panel.setResult(r);
    panel.show();
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(exportPng(panel.heatmap(), dir.filePath(QStringLiteral("m.png")), &error)) << error.toStdString();
    ASSERT_TRUE(exportSvg(panel.heatmap(), dir.filePath(QStringLiteral("m.svg")), QStringLiteral("m"), &error));
    ASSERT_TRUE(exportText(dir.filePath(QStringLiteral("m.csv")), panel.csv(), &error));
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("m.png"))).isNull());
    QFile svg(dir.filePath(QStringLiteral("m.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    const QStringList lines = panel.csv().trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 10); // header + 3 x 3
    EXPECT_EQ(lines[0], QStringLiteral("true_class,predicted_class,count,share_of_true_class"));
    EXPECT_TRUE(lines[1].startsWith(
        QStringLiteral("\"%1\",\"%1\",%2,").arg(r->className(0)).arg(r->report.confusion->count(0, 0))));
}

TEST(ConfusionMatrixPanel, NoResultShowsAPlaceholder)
{
    ConfusionMatrixPanel panel;
    EXPECT_EQ(panel.heatmap()->classCount(), 0);
    panel.activateCell(0, 0); // nothing to show, nothing emitted, no crash
    EXPECT_EQ(panel.gallery()->shownCount(), 0);
}

TEST(SampleInspector, ShowsTheSampleItIsGiven)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    SampleInspector inspector;
    inspector.setResult(r);
    const std::size_t index = r->datasetIndices[3];
    ASSERT_TRUE(inspector.showSample(index));
    EXPECT_EQ(inspector.currentSample(), index);
    // Tabular: a feature table with the 4 measurements, no image.
    EXPECT_EQ(inspector.features()->rowCount(), 4);
    EXPECT_TRUE(inspector.image()->isHidden());
    EXPECT_TRUE(inspector.details()->text().contains(r->className(r->trueClasses[3])));
    ASSERT_EQ(inspector.bars()->probabilities().size(), 3u);
    for (int c = 0; c < 3; ++c)
        EXPECT_EQ(inspector.bars()->probabilities()[static_cast<std::size_t>(c)], r->probability(3, c));
    const QStringList lines = inspector.csv().trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 5); // header, 3 classes, loss
    EXPECT_EQ(lines[4], QStringLiteral("loss,%1").arg(static_cast<double>(r->losses[3]), 0, 'g', 7));
    // A training sample was not evaluated: refused, and the view cleared.
    std::size_t notEvaluated = 0;
    while (r->positionOf(notEvaluated) >= 0)
        ++notEvaluated;
    EXPECT_FALSE(inspector.showSample(notEvaluated));
    EXPECT_FALSE(inspector.currentSample());
}

TEST(SampleInspector, FollowsTheGallery)
{
    const auto r = irisResult();
    ASSERT_TRUE(r);
    ConfusionMatrixPanel panel;
    SampleInspector inspector;
    inspector.setResult(r);
    QObject::connect(&panel, &ConfusionMatrixPanel::sampleActivated, &inspector,
        [&inspector](int index) { inspector.showSample(static_cast<std::size_t>(index)); });
    panel.resize(900, 500);
    panel.setResult(r);
    panel.show();
    panel.activateCell(2, 2);
    QListWidget* list = panel.gallery()->list();
    ASSERT_GT(list->count(), 0);
    click(list->viewport(), list->visualItemRect(list->item(0)).center());
    EXPECT_EQ(inspector.currentSample(), panel.gallery()->datasetIndices()[0]);
}
