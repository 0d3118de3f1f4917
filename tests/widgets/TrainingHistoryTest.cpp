// TrainingHistory: x positions in epochs, bounded per-batch series whose newest
// points stay exact, the smoothed loss, epoch summaries, clear() and CSV export.
#include "charts/TrainingHistory.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace nw;
using Series = TrainingHistory::Series;

namespace {

BatchReport batch(int epoch, int index, int perEpoch, float loss, float accuracy = 0.5f)
{
    BatchReport r;
    r.epoch = epoch;
    r.batch = index;
    r.batchesPerEpoch = perEpoch;
    r.loss = loss;
    r.accuracy = accuracy;
    r.learningRate = 0.01f;
    return r;
}

} // namespace

TEST(TrainingHistory, BatchesSitAtFractionalEpochs)
{
    TrainingHistory history;
    history.appendBatches({batch(0, 0, 4, 1.0f), batch(0, 3, 4, 0.5f), batch(2, 1, 4, 0.25f)});
    const auto& loss = history.points(Series::BatchLoss);
    ASSERT_EQ(loss.size(), 3);
    EXPECT_DOUBLE_EQ(loss[0].x(), 0.25);
    EXPECT_DOUBLE_EQ(loss[1].x(), 1.0);
    EXPECT_DOUBLE_EQ(loss[2].x(), 2.5);
    EXPECT_DOUBLE_EQ(history.lastEpochPosition(), 2.5);
    EXPECT_EQ(history.points(Series::BatchLearningRate).size(), 3);
}

TEST(TrainingHistory, ThinningKeepsTheBoundAndTheLatestPointsExact)
{
    TrainingHistory history;
    const int perEpoch = 100;
    const int total = 50'000;
    for (int i = 0; i < total; ++i)
        history.appendBatch(batch(i / perEpoch, i % perEpoch, perEpoch, 1.0f / (1.0f + i), 0.5f));
    EXPECT_EQ(history.batchesReceived(), total);
    for (Series s : {Series::BatchLoss, Series::BatchLossSmoothed, Series::BatchAccuracy,
             Series::BatchAccuracySmoothed, Series::BatchLearningRate}) {
        const auto& points = history.points(s);
        EXPECT_LE(points.size(), history.maxPointsPerSeries()) << TrainingHistory::seriesKey(s).toStdString();
        EXPECT_GE(points.size(), history.maxPointsPerSeries() / 2);
        for (qsizetype i = 1; i < points.size(); ++i)
            ASSERT_LT(points[i - 1].x(), points[i].x()) << "x stays increasing";
    }
    const auto& loss = history.points(Series::BatchLoss);
    // At least the newest quarter of the budget is exactly the last reports.
    for (int k = 0; k < history.maxPointsPerSeries() / 4; ++k) {
        const int i = total - 1 - k;
        const QPointF p = loss[loss.size() - 1 - k];
        ASSERT_DOUBLE_EQ(p.x(), i / perEpoch + double(i % perEpoch + 1) / perEpoch);
        ASSERT_FLOAT_EQ(float(p.y()), 1.0f / (1.0f + i));
    }
    // The oldest points are averages with an even resolution: the first still sits
    // near the start of the run, and no gap between old points is far wider than another.
    EXPECT_LT(loss.front().x(), 5.0);
    EXPECT_LT(loss.front().y(), 1.0);
    EXPECT_GT(loss.front().y(), 0.0);
    double widest = 0.0, narrowest = 1e9;
    for (qsizetype i = 1; i < loss.size() / 4; ++i) {
        widest = std::max(widest, loss[i].x() - loss[i - 1].x());
        narrowest = std::min(narrowest, loss[i].x() - loss[i - 1].x());
    }
    EXPECT_LE(widest, 2.01 * narrowest);
}

TEST(TrainingHistory, ThinningAveragesPairsOfTheOldestHalf)
{
    TrainingHistory history;
    history.setMaxPointsPerSeries(16);
    for (int i = 0; i < 16; ++i)
        history.appendBatch(batch(0, i, 16, float(i)));
    ASSERT_EQ(history.points(Series::BatchLoss).size(), 16);
    history.appendBatch(batch(1, 0, 16, 100.0f)); // full: the oldest 8 become 4
    const auto& loss = history.points(Series::BatchLoss);
    ASSERT_EQ(loss.size(), 13);
    EXPECT_DOUBLE_EQ(loss[0].y(), 0.5);
    EXPECT_DOUBLE_EQ(loss[3].y(), 6.5);
    EXPECT_DOUBLE_EQ(loss[4].y(), 8.0);
    EXPECT_DOUBLE_EQ(loss[11].y(), 15.0);
    EXPECT_DOUBLE_EQ(loss[12].y(), 100.0);
}

TEST(TrainingHistory, SmoothingIsADebiasedMovingAverage)
{
    TrainingHistory history;
    history.setSmoothing(0.5);
    history.appendBatches({batch(0, 0, 3, 4.0f), batch(0, 1, 3, 2.0f), batch(0, 2, 3, 1.0f)});
    const auto& s = history.points(Series::BatchLossSmoothed);
    ASSERT_EQ(s.size(), 3);
    // ema: 2, 2, 1.5; corrections 1 - 0.5^t: 0.5, 0.75, 0.875.
    EXPECT_NEAR(s[0].y(), 4.0, 1e-9); // the first value is the first report, not a fraction of it
    EXPECT_NEAR(s[1].y(), 2.0 / 0.75, 1e-9);
    EXPECT_NEAR(s[2].y(), 1.5 / 0.875, 1e-9);

    TrainingHistory none;
    none.setSmoothing(0.0);
    none.appendBatches({batch(0, 0, 2, 4.0f), batch(0, 1, 2, 2.0f)});
    EXPECT_DOUBLE_EQ(none.points(Series::BatchLossSmoothed)[1].y(), 2.0);
}

TEST(TrainingHistory, EpochsAndMissingAccuracy)
{
    TrainingHistory history;
    QSignalSpy changed(&history, &TrainingHistory::changed);
    EpochReport e;
    e.epoch = 0;
    e.trainLoss = 0.7f;
    e.trainAccuracy = 0.6f;
    e.hasValidation = true;
    e.validationLoss = 0.8f;
    e.validationAccuracy = 0.55f;
    e.learningRate = 0.01f;
    history.appendEpoch(e);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(history.points(Series::EpochValidationLoss).size(), 1);
    EXPECT_DOUBLE_EQ(history.points(Series::EpochValidationLoss)[0].x(), 1.0);
    EXPECT_FLOAT_EQ(float(history.points(Series::EpochValidationAccuracy)[0].y()), 0.55f);
    EXPECT_TRUE(history.hasAccuracy());

    TrainingHistory regression;
    regression.appendBatch(batch(0, 0, 1, 3.0f, -1.0f));
    EpochReport r;
    r.trainLoss = 3.0f;
    regression.appendEpoch(r);
    EXPECT_FALSE(regression.hasAccuracy());
    EXPECT_TRUE(regression.points(Series::BatchAccuracy).isEmpty());
    EXPECT_TRUE(regression.points(Series::EpochValidationLoss).isEmpty());

    history.clear();
    EXPECT_TRUE(history.isEmpty());
    EXPECT_EQ(history.epochsReceived(), 0);
    EXPECT_EQ(changed.count(), 2);
}

TEST(TrainingHistory, ExportsEveryPointAsCsv)
{
    TrainingHistory history;
    history.appendBatches({batch(0, 0, 2, 0.75f, 0.5f), batch(0, 1, 2, 0.5f, 0.75f)});
    EpochReport e;
    e.trainLoss = 0.625f;
    e.trainAccuracy = 0.625f;
    e.learningRate = 0.01f;
    history.appendEpoch(e);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QString error;
    ASSERT_TRUE(history.exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines[0], QStringLiteral("series,epoch,value"));
    EXPECT_TRUE(lines.contains(QStringLiteral("batch_loss,0.5,0.75")));
    EXPECT_TRUE(lines.contains(QStringLiteral("batch_loss,1,0.5")));
    EXPECT_TRUE(lines.contains(QStringLiteral("batch_accuracy,1,0.75")));
    EXPECT_TRUE(lines.contains(QStringLiteral("epoch_train_loss,1,0.625")));
    EXPECT_TRUE(lines.contains(QStringLiteral("epoch_train_accuracy,1,0.625")));
    EXPECT_TRUE(lines.contains(QStringLiteral("epoch_learning_rate,1,0.0099999998")));
    // 2 loss + 2 smoothed + 2 accuracy + 2 smoothed + 2 rates + 3 epoch values (no validation).
    EXPECT_EQ(lines.size(), 1 + 13);

    EXPECT_FALSE(history.exportCsv(dir.filePath(QStringLiteral("missing/dir/h.csv")), &error));
    EXPECT_FALSE(error.isEmpty());
}
