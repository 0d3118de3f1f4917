// TrainingChartsWidget: series follow the history only on the paced timer (one
// replace() per series per tick, however many reports came), the log toggle swaps
// the loss axis, hovering names epoch, series and value, and exports write files.
#include "charts/TrainingChartsWidget.h"
#include "charts/TrainingHistory.h"

#include <gtest/gtest.h>

#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace nw;

namespace {

QXYSeries* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->name() == name)
            return qobject_cast<QXYSeries*>(s);
    return nullptr;
}

// A plausible run: loss falling from ~0.7, accuracy rising, 10 batches per epoch.
void feed(TrainingHistory& history, int epochs, int perEpoch = 10)
{
    for (int e = 0; e < epochs; ++e) {
        QVector<BatchReport> batches;
        for (int b = 0; b < perEpoch; ++b) {
            const double t = e + (b + 1.0) / perEpoch;
            BatchReport r;
            r.epoch = e;
            r.batch = b;
            r.batchesPerEpoch = perEpoch;
            r.loss = float(0.7 * std::exp(-t / 3.0) + 0.02 + 0.03 * ((b * 7) % 5) / 5.0);
            r.accuracy = float(1.0 - 0.5 * std::exp(-t / 3.0));
            r.learningRate = 0.01f;
            batches.append(r);
        }
        history.appendBatches(batches);
        EpochReport report;
        report.epoch = e;
        report.trainLoss = float(0.7 * std::exp(-(e + 1) / 3.0) + 0.03);
        report.trainAccuracy = float(1.0 - 0.5 * std::exp(-(e + 1) / 3.0));
        report.hasValidation = true;
        report.validationLoss = report.trainLoss + 0.05f;
        report.validationAccuracy = report.trainAccuracy - 0.03f;
        report.learningRate = 0.01f;
        history.appendEpoch(report);
    }
}

} // namespace

TEST(TrainingChartsWidget, StartsWithAPlaceholder)
{
    TrainingHistory history;
    TrainingChartsWidget charts(&history);
    EXPECT_TRUE(charts.isShowingPlaceholder());
    feed(history, 1);
    QTest::qWait(3 * TrainingChartsWidget::kRedrawIntervalMs);
    EXPECT_FALSE(charts.isShowingPlaceholder());
    history.clear();
    QTest::qWait(3 * TrainingChartsWidget::kRedrawIntervalMs);
    EXPECT_TRUE(charts.isShowingPlaceholder());
}

TEST(TrainingChartsWidget, SeriesFollowTheHistoryOnlyOnTheTimer)
{
    TrainingHistory history;
    TrainingChartsWidget charts(&history);
    charts.resize(1200, 400);
    charts.show();
    QXYSeries* raw = seriesNamed(charts.lossChart(), QStringLiteral("Train, per batch"));
    QXYSeries* validation = seriesNamed(charts.lossChart(), QStringLiteral("Validation"));
    ASSERT_TRUE(raw && validation);
    QSignalSpy replaced(raw, &QXYSeries::pointsReplaced);

    feed(history, 5); // 10 changed() signals, synchronously
    EXPECT_EQ(raw->count(), 0) << "no redraw per report";
    EXPECT_EQ(charts.redrawCount(), 0);

    QTest::qWait(4 * TrainingChartsWidget::kRedrawIntervalMs);
    EXPECT_EQ(charts.redrawCount(), 1) << "one redraw for the whole burst";
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_EQ(raw->count(), 50);
    EXPECT_EQ(validation->count(), 5);
    EXPECT_EQ(seriesNamed(charts.accuracyChart(), QStringLiteral("Validation"))->count(), 5);
    EXPECT_EQ(seriesNamed(charts.learningRateChart(), QStringLiteral("Learning rate"))->count(), 50);
    // Accuracy is shown in percent.
    EXPECT_NEAR(seriesNamed(charts.accuracyChart(), QStringLiteral("Train, smoothed"))->at(49).y(),
        100.0 * history.points(TrainingHistory::Series::BatchAccuracySmoothed).last().y(), 1e-6);

    // The x axis covers the run; the loss axis its values.
    auto* x = qobject_cast<QValueAxis*>(charts.lossChart()->axes(Qt::Horizontal).first());
    ASSERT_TRUE(x);
    EXPECT_LE(x->min(), 0.0);
    EXPECT_GE(x->max(), 5.0);
    auto* y = qobject_cast<QValueAxis*>(charts.lossChart()->axes(Qt::Vertical).first());
    ASSERT_TRUE(y);
    EXPECT_GE(y->max(), 0.7);

    // Idle: the timer stops and nothing is redrawn again.
    QTest::qWait(4 * TrainingChartsWidget::kRedrawIntervalMs);
    EXPECT_EQ(charts.redrawCount(), 1);

    // A steady stream is redrawn at most once per interval.
    QElapsedTimer clock;
    clock.start();
    int epoch = 5;
    while (clock.elapsed() < 500) {
        feed(history, 1);
        ++epoch;
        QTest::qWait(5);
    }
    QTest::qWait(2 * TrainingChartsWidget::kRedrawIntervalMs);
    const int redraws = charts.redrawCount() - 1;
    EXPECT_GE(redraws, 2);
    EXPECT_LE(redraws, int(clock.elapsed() / TrainingChartsWidget::kRedrawIntervalMs) + 2);
    EXPECT_EQ(raw->count(), history.points(TrainingHistory::Series::BatchLoss).size());
}

TEST(TrainingChartsWidget, LogScaleSwapsTheLossAxisAndDropsNonPositiveValues)
{
    TrainingHistory history;
    TrainingChartsWidget charts(&history);
    feed(history, 3);
    BatchReport zero;
    zero.epoch = 3;
    zero.batchesPerEpoch = 1;
    zero.loss = 0.0f; // a perfect batch: not drawable on a log axis
    history.appendBatch(zero);
    charts.flush();
    QXYSeries* raw = seriesNamed(charts.lossChart(), QStringLiteral("Train, per batch"));
    EXPECT_EQ(raw->count(), 31);

    QSignalSpy toggled(&charts, &TrainingChartsWidget::logScaleChanged);
    charts.setLogScale(true);
    EXPECT_TRUE(charts.isLogScale());
    EXPECT_EQ(toggled.count(), 1);
    auto* log = qobject_cast<QLogValueAxis*>(charts.lossChart()->axes(Qt::Vertical).first());
    ASSERT_TRUE(log);
    EXPECT_EQ(charts.lossChart()->axes(Qt::Vertical).size(), 1);
    EXPECT_TRUE(raw->attachedAxes().contains(log));
    EXPECT_EQ(raw->count(), 30);
    EXPECT_GT(log->min(), 0.0);
    EXPECT_LE(log->min(), 0.25); // below the smallest positive loss (~0.27)
    EXPECT_GE(log->max(), 0.7);
    // The accuracy axis is untouched.
    EXPECT_TRUE(qobject_cast<QValueAxis*>(charts.accuracyChart()->axes(Qt::Vertical).first()));

    charts.setLogScale(false);
    EXPECT_TRUE(qobject_cast<QValueAxis*>(charts.lossChart()->axes(Qt::Vertical).first()));
    EXPECT_EQ(raw->count(), 31);
    charts.setLogScale(true); // and back again, with the axes reused
    EXPECT_TRUE(qobject_cast<QLogValueAxis*>(charts.lossChart()->axes(Qt::Vertical).first()));
    EXPECT_EQ(toggled.count(), 3);
}

TEST(TrainingChartsWidget, HoverNamesEpochSeriesAndValue)
{
    TrainingHistory history;
    TrainingChartsWidget charts(&history);
    feed(history, 4);
    charts.flush();
    QXYSeries* validation = seriesNamed(charts.lossChart(), QStringLiteral("Validation"));
    const QPointF third = validation->at(2);
    const QString text = charts.hoverText(validation, QPointF(3.1, 0.0));
    EXPECT_EQ(text, QStringLiteral("Epoch 3\nValidation: %1").arg(QString::number(third.y(), 'g', 4)));

    QXYSeries* accuracy = seriesNamed(charts.accuracyChart(), QStringLiteral("Train, per batch"));
    const QString acc = charts.hoverText(accuracy, QPointF(0.52, 50.0));
    EXPECT_TRUE(acc.startsWith(QStringLiteral("Epoch 0.50\nTrain, per batch: "))) << acc.toStdString();
    EXPECT_TRUE(acc.endsWith(QLatin1Char('%'))) << acc.toStdString();
}

TEST(TrainingChartsWidget, ExportsPngSvgAndCsv)
{
    TrainingHistory history;
    TrainingChartsWidget charts(&history);
    charts.resize(1100, 380);
    charts.show();
    feed(history, 8);
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("charts.png"));
    const QString svg = dir.filePath(QStringLiteral("charts.svg"));
    const QString csv = dir.filePath(QStringLiteral("charts.csv"));
    ASSERT_TRUE(charts.exportPng(png, &error)) << error.toStdString();
    ASSERT_TRUE(charts.exportSvg(svg, &error)) << error.toStdString();
    ASSERT_TRUE(charts.exportCsv(csv, &error)) << error.toStdString();
    EXPECT_GT(QFileInfo(png).size(), 1000);
    EXPECT_GT(QFileInfo(svg).size(), 1000);
    EXPECT_GT(QFileInfo(csv).size(), 100);
    const QImage image(png);
    EXPECT_FALSE(image.isNull());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Loss"));
    EXPECT_FALSE(charts.exportPng(dir.filePath(QStringLiteral("no/such/dir/c.png")), &error));
}
